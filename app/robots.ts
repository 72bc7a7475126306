import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';
import { absoluteUrl } from '@/lib/routes';
import { requestOrigin } from '@/lib/study/public-url';
import { isServingDemo } from '@/lib/store/active';

export const dynamic = 'force-dynamic';

/**
 * robots.txt: everything may be indexed except iframe views and the JSON API — and nothing at all while the
 * fictional demo dataset is served, so that invented studies never reach a search engine.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, await headers(), env.PHARE_TRUSTED_PROXIES);
  if (isServingDemo()) return { rules: { userAgent: '*', disallow: '/' } };
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/embed/', '/api/'] },
    sitemap: absoluteUrl(origin, '/sitemap.xml'),
  };
}
