import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';
import { absoluteUrl, routes } from '@/lib/routes';
import { REGION_CODES } from '@/lib/search/params';
import { requestOrigin } from '@/lib/study/public-url';
import { listServedStudyIds } from '@/lib/store/active';
import { FIXED_PATHS, MAX_STUDY_SITEMAPS, regionSearchPath, sitemapChunk } from '@/lib/study/sitemap';

export const dynamic = 'force-dynamic';

/**
 * `/sitemap/0.xml`: fixed pages and region searches; `/sitemap/{n}.xml`: studies, 10,000 per file. Built at
 * request time from the active store (the list below is declared without reading any store, so a build
 * stays side-effect free; ids beyond the mirror's size answer an empty sitemap).
 */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  return Array.from({ length: 1 + MAX_STUDY_SITEMAPS }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: number | string }): Promise<MetadataRoute.Sitemap> {
  const n = Number(id);
  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, await headers(), env.PHARE_TRUSTED_PROXIES);
  if (n === 0) {
    return [
      ...FIXED_PATHS.map((p) => ({ url: absoluteUrl(origin, p), changeFrequency: 'daily' as const })),
      ...REGION_CODES.map((code) => ({ url: absoluteUrl(origin, regionSearchPath(code)), changeFrequency: 'daily' as const })),
    ];
  }
  const chunk = sitemapChunk(n);
  if (!chunk) return [];
  return listServedStudyIds(chunk.offset, chunk.limit).map((studyId) => ({
    url: absoluteUrl(origin, routes.study(studyId)),
    changeFrequency: 'daily' as const,
  }));
}
