'use client';

import { hasPlacePoint, MAX_RADIUS_KM, type SearchQuery } from '@/lib/search/params';
import { routes } from '@/lib/routes';
import type { ActiveFilter } from './active-filters';
import { searchHref, type SearchView } from './search-href';
import { SearchLink } from './search-link';

/** No result: say so calmly, and offer the links that widen the search. */
export function EmptyResults({ view, query, filters }: { view: SearchView; query: SearchQuery; filters: ActiveFilter[] }) {
  const widerRadius = hasPlacePoint(query) && query.rayon < MAX_RADIUS_KM ? Math.min(MAX_RADIUS_KM, Math.max(100, query.rayon * 3)) : undefined;
  return (
    <div className="rounded-lg border border-line/60 bg-paper-warm p-5">
      <p className="text-lg font-semibold">Aucune étude ne correspond à cette recherche pour le moment.</p>
      <p className="mt-2">Vous pouvez élargir votre recherche&nbsp;:</p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {filters.map((f) => (
          <li key={f.key}>
            <SearchLink href={f.removeHref} rel="nofollow" className="link">
              Retirer le filtre «&nbsp;{f.label}&nbsp;»
            </SearchLink>
          </li>
        ))}
        {widerRadius ? (
          <li>
            <SearchLink href={searchHref(view, query, { rayon: widerRadius })} rel="nofollow" className="link">
              Chercher jusqu’à {widerRadius} km
            </SearchLink>
          </li>
        ) : null}
        {query.recrutement !== 'tous' ? (
          <li>
            <SearchLink href={searchHref(view, query, { recrutement: 'tous' })} rel="nofollow" className="link">
              Voir aussi les études qui ne recrutent pas en ce moment
            </SearchLink>
          </li>
        ) : null}
        {query.maladie ? (
          <li>
            Essayez un autre mot, plus général (par exemple «&nbsp;cancer&nbsp;» plutôt qu’un nom précis), ou consultez le{' '}
            <a href={routes.glossary()} className="link">
              glossaire
            </a>
            .
          </li>
        ) : null}
      </ul>
    </div>
  );
}
