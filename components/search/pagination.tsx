'use client';

import { MAX_PAGE, type SearchQuery } from '@/lib/search/params';
import { searchHref, type SearchView } from './search-href';
import { SearchLink } from './search-link';

/** Pages to show: the first, the last, and two around the current one; `undefined` is a gap (« … »). */
function pageList(current: number, last: number): (number | undefined)[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((p) => p >= 1 && p <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | undefined)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(undefined);
    out.push(p);
  });
  return out;
}

const itemClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3';

export function Pagination({
  view,
  query,
  total,
  perPage,
}: {
  view: SearchView;
  query: SearchQuery;
  total: number;
  perPage: number;
}) {
  const last = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / perPage)));
  if (last <= 1) return null;
  const current = Math.min(query.page, last);
  const href = (page: number) => searchHref(view, query, { page });
  return (
    <nav aria-label="Pages de résultats" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <SearchLink href={href(current - 1)} className={`${itemClass} border-line text-accent-700 hover:bg-accent-50`}>
              Précédente
            </SearchLink>
          </li>
        ) : null}
        {pageList(current, last).map((p, i) =>
          p === undefined ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <SearchLink
                href={href(p)}
                aria-current={p === current ? 'page' : undefined}
                aria-label={`Page ${p}`}
                className={`${itemClass} ${
                  p === current ? 'border-ink bg-ink font-bold text-paper' : 'border-line text-accent-700 hover:bg-accent-50'
                }`}
              >
                {p}
              </SearchLink>
            </li>
          ),
        )}
        {current < last ? (
          <li>
            <SearchLink href={href(current + 1)} className={`${itemClass} border-line text-accent-700 hover:bg-accent-50`}>
              Suivante
            </SearchLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
