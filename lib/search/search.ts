import type { Store } from '@/lib/store/store';
import type { SitesCollection } from '@/lib/study/sites';
import type { StudySummary } from '@/lib/study/types';
import { countTotalAndFacets, type SearchFacets } from './facets';
import type { SearchQuery } from './params';
import { planSearch, type Plan, type SearchOptions } from './plan';

/**
 * Typed query → results (lib/store runs the SQL). A search is planned once (text, place, filters), then the
 * total and facets are counted and one page of summaries is read; `searchSites` gives the same studies' sites
 * for the map.
 */

export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  results: StudySummary[];
  facets: SearchFacets;
  /** End of the last complete sync of the mirror (ISO), when known. */
  dataAsOf?: string;
  place?: { label: string; lat: number; lon: number; rayon: number };
}

function readPage(store: Store, plan: Plan, total: number): StudySummary[] {
  const { query } = plan;
  const offset = (query.page - 1) * query.parPage;
  if (offset >= total) return [];
  const page = store.index.pageRowids(plan.filter, plan.order, query.parPage, offset);
  const summaries = store.index.readSummaries(page.map((p) => p.rid));
  const nearSites = plan.near
    ? store.index.readSiteNames(page.map((p) => plan.near!.get(p.id)?.site).filter((x): x is number => x !== undefined))
    : new Map<number, { name?: string; city?: string }>();
  return page.flatMap((p) => {
    const summary = summaries.get(p.rid);
    if (!summary) return [];
    const near = plan.near?.get(p.id);
    if (!near) return [summary];
    return [
      {
        ...summary,
        nearbySiteCount: near.n,
        // One decimal: enough to say « à 18,4 km », and stable for tests and caches.
        nearestSite: { ...nearSites.get(near.site), distanceKm: Math.round(near.dist * 10) / 10 },
      },
    ];
  });
}

export function searchStudies(store: Store, query: SearchQuery, opts: SearchOptions = {}): SearchResult {
  const plan = planSearch(store, query, opts);
  const { total, facets } = countTotalAndFacets(store.index, plan.filter);
  const result: SearchResult = {
    total,
    page: query.page,
    perPage: query.parPage,
    results: readPage(store, plan, total),
    facets,
  };
  const dataAsOf = store.getLastSuccess();
  if (dataAsOf) result.dataAsOf = dataAsOf;
  if (plan.point) result.place = { ...plan.point, rayon: query.rayon };
  return result;
}

/** Sites beyond which the map gets one point per commune. */
export const MAP_SITES_LIMIT = 5000;

/**
 * The placed sites of every study matching the query (pagination ignored), for the map. With a place, only
 * the sites inside it (radius, region or department) are shown: the others are not where the visitor looks.
 */
export function searchSites(
  store: Store,
  query: SearchQuery,
  opts: SearchOptions & { limit?: number } = {},
): SitesCollection {
  const plan = planSearch(store, query, opts);
  return store.index.mapSites(
    plan.filter,
    {
      region: query.region,
      departement: query.departement,
      point: plan.point ? { lat: plan.point.lat, lon: plan.point.lon, rayon: query.rayon } : undefined,
    },
    opts.limit ?? MAP_SITES_LIMIT,
  );
}
