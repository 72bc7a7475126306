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
