/**
 * What `app/sitemap.ts` lists: sitemap 0 holds the fixed pages and the region searches, sitemaps 1…n hold the
 * studies of the active store by id, 10,000 per file (the protocol allows 50,000; smaller files stay fast).
 */
import { routes } from '@/lib/routes';

export const STUDIES_PER_SITEMAP = 10_000;
/**
 * Sitemap ids declared to Next at build time (no store is read during a build). Ids beyond the mirror's size
 * answer an empty, valid sitemap; `listSitemapIds` gives the ones that hold something, for robots.txt.
 */
export const MAX_STUDY_SITEMAPS = 20;

export const FIXED_PATHS: readonly string[] = [
  routes.home(),
  routes.search(),
  routes.glossary(),
  routes.about(),
  routes.accessibility(),
  routes.integrate(),
];

export function regionSearchPath(code: string): string {
  return routes.search(new URLSearchParams({ region: code }));
}

/** Sitemap ids that hold something for a mirror of `studyCount` studies: 0 (fixed pages), then 1…n. */
export function listSitemapIds(studyCount: number): number[] {
  const chunks = Math.ceil(Math.max(0, studyCount) / STUDIES_PER_SITEMAP);
  return Array.from({ length: 1 + chunks }, (_, i) => i);
}

/** Where one sitemap's studies start and how many it lists (1-based chunk; undefined for the fixed sitemap). */
export function sitemapChunk(sitemapId: number): { offset: number; limit: number } | undefined {
  if (!Number.isInteger(sitemapId) || sitemapId < 1) return undefined;
  return { offset: (sitemapId - 1) * STUDIES_PER_SITEMAP, limit: STUDIES_PER_SITEMAP };
}
