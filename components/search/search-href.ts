import { serializeSearchQuery, type SearchQuery } from '@/lib/search/params';
import { routes } from '@/lib/routes';

/** Where the results are shown: the site, or the compact view for iframes. */
export type SearchView = 'site' | 'embed';

/** The canonical query string of a query (defaults omitted, fixed order): the state and the cache key. */
export function toParams(query: SearchQuery): string {
  return serializeSearchQuery(query).toString();
}

/** URL of the results for `query` changed by `patch`. Any change of filter goes back to page 1. */
export function searchHref(view: SearchView, query: SearchQuery, patch: Partial<SearchQuery> = {}): string {
  const next: SearchQuery = { ...query, page: 1, ...patch };
  const qs = toParams(next);
  return view === 'embed' ? routes.embedSearch(qs) : routes.search(qs);
}

/** Same query without pagination nor sort: what the map and the feed need. */
export function filtersOnly(query: SearchQuery): SearchQuery {
  return { ...query, page: 1, tri: undefined };
}

/** Adds or removes one value of a repeatable parameter. */
export function toggleValue<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/**
 * The parameters of a search as the URL gave them, centred on another commune instead (`lieu`; no point, first
 * page): the link offered for an unknown place, on the page and in the embed.
 */
export function withPlaceParams(raw: Record<string, string | string[] | undefined>, insee: string): URLSearchParams {
  const qs = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || ['lieu', 'lat', 'lon', 'page'].includes(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) qs.append(name, v);
  }
  qs.set('lieu', insee);
  return qs;
}
