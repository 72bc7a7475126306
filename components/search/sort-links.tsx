'use client';

import { hasPlacePoint, resolveSort, type SearchQuery, type SortOrder } from '@/lib/search/params';
import { RECENT_SORT_NOTE, SORT_LABELS } from './labels';
import { searchHref, type SearchView } from './search-href';
import { SearchLink } from './search-link';

/**
 * Sort orders that mean something for this query, as links; the current one has `aria-current`. In the
 * « recent » order (also the default without text or place), a line says what it sorts on and what comes last.
 */
export function SortLinks({ view, query }: { view: SearchView; query: SearchQuery }) {
  const current = resolveSort(query);
  const options: SortOrder[] = [];
  if (query.maladie) options.push('pertinence');
  if (hasPlacePoint(query)) options.push('distance');
  options.push('recent');
  const note = current === 'recent' ? <p className="text-base text-ink-muted">{RECENT_SORT_NOTE}</p> : null;
  if (options.length < 2) return note;
  return (
    <>
      <nav aria-label="Trier les résultats" className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="text-base font-semibold">Trier par&nbsp;:</span>
        <ul className="flex flex-wrap gap-2">
          {options.map((o) => (
            <li key={o}>
              <SearchLink
                href={searchHref(view, query, { tri: o })}
                rel="nofollow"
                aria-current={o === current ? 'true' : undefined}
                className={`inline-block rounded-md border px-3 py-0.5 text-base ${
                  o === current ? 'border-ink bg-ink font-semibold text-paper' : 'border-line text-accent-700 hover:bg-accent-50'
                }`}
              >
                {SORT_LABELS[o]}
                {o === current ? <span className="sr-only"> (tri actuel)</span> : null}
              </SearchLink>
            </li>
          ))}
        </ul>
      </nav>
      {note}
    </>
  );
}
