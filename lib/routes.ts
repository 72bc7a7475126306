/**
 * Every URL of Phare's public interface (DESIGN.md), built in one place so that links, sitemaps, feeds and tests
 * agree. Search parameters are serialised by `serializeSearchQuery` in lib/search/params.ts; these helpers only
 * join paths and query strings.
 */

type QueryInit = URLSearchParams | string | undefined;

function withQuery(path: string, query: QueryInit): string {
  const qs = query === undefined ? '' : typeof query === 'string' ? query.replace(/^\?/, '') : query.toString();
  return qs ? `${path}?${qs}` : path;
}

const encodeId = (id: string) => encodeURIComponent(id);

export const routes = {
  home: () => '/',
  search: (query?: QueryInit) => withQuery('/recherche', query),
  searchFeed: (query?: QueryInit) => withQuery('/recherche/flux', query),
  study: (id: string, query?: QueryInit) => withQuery(`/essais/${encodeId(id)}`, query),
  embedSearch: (query?: QueryInit) => withQuery('/embed/recherche', query),
  embedStudy: (id: string) => `/embed/essais/${encodeId(id)}`,
  glossary: (slug?: string) => (slug ? `/glossaire#terme-${slug}` : '/glossaire'),
  about: () => '/a-propos',
  accessibility: () => '/accessibilite',
  privacy: () => '/confidentialite',
  integrate: () => '/integrer',
  api: {
    studies: (query?: QueryInit) => withQuery('/api/studies', query),
    study: (id: string) => `/api/studies/${encodeId(id)}`,
    studySites: (id: string) => `/api/studies/${encodeId(id)}/sites`,
    sites: (query?: QueryInit) => withQuery('/api/sites', query),
    geoSuggest: (q: string) => withQuery('/api/geo/suggest', new URLSearchParams({ q })),
    diseaseSuggest: (q: string) => withQuery('/api/maladies/suggestions', new URLSearchParams({ q })),
    health: () => '/api/health',
    fhirStudy: (id: string) => `/api/fhir/ResearchStudy/${encodeId(id)}`,
    fhirSearch: (query?: QueryInit) => withQuery('/api/fhir/ResearchStudy', query),
  },
} as const;

/** Absolute URL for canonical links, sitemaps and feeds. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
