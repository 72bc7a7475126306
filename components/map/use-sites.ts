import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

/**
 * The sites of a search, for the map: `GET /api/sites?…` (a GeoJSON FeatureCollection of Point features with
 * `{ studyId, title, siteName, city, recruitment }`, or `{ count, city, studyCount }` when the server aggregates
 * by commune). One file per query (STYLE.md rule 6); the URL is built by the page with `routes.api.sites()`.
 */

export type SitesCollection = GeoJSON.FeatureCollection<GeoJSON.Point> & {
  /** True when the server grouped the sites by commune. */
  aggregated?: boolean;
  /** Number of sites matched (before any aggregation). */
  total?: number;
};

export class SitesFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'SitesFetchError';
  }
}

const GENERIC_ERROR = 'Les lieux de recherche n’ont pas pu être chargés.';

export async function fetchSites(url: string, signal?: AbortSignal): Promise<SitesCollection> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/geo+json, application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string'
        ? (body as { error: string }).error
        : GENERIC_ERROR;
    throw new SitesFetchError(message, response.status);
  }
  if (!body || typeof body !== 'object' || !Array.isArray((body as { features?: unknown }).features)) {
    throw new SitesFetchError(GENERIC_ERROR, response.status);
  }
  return body as SitesCollection;
}

export function sitesQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['sites', url] as const,
    queryFn: ({ signal }) => fetchSites(url, signal),
    // A search changed: keep the previous markers until the new ones arrive, rather than an empty map.
    placeholderData: keepPreviousData,
    // A 4xx will not get better by asking again.
    retry: (failureCount, error) =>
      !(error instanceof SitesFetchError && error.status >= 400 && error.status < 500) && failureCount < 1,
  });
}

/** The sites of a map: a search's (`/api/sites?…`) or a study's (`/api/studies/{id}/sites`). */
export function useSites(url: string) {
  return useQuery(sitesQueryOptions(url));
}
