import { SITEMAP_CACHE_CONTROL } from '@/lib/cache-control';
import { getEnv } from '@/lib/env';
import { absoluteUrl } from '@/lib/routes';
import { originVary, requestOrigin } from '@/lib/study/public-url';
import { listSitemapIds } from '@/lib/study/sitemap';
import { getDataStatus } from '@/lib/store/active';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `/sitemap.xml` (DESIGN.md): the index of the sitemaps made by app/sitemap.ts (fixed pages, then studies). */
export function GET(request: Request): Response {
  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, request.headers, env.PHARE_TRUSTED_PROXIES);
  const { studies } = getDataStatus();
  const entries = listSitemapIds(studies)
    .map((id) => `  <sitemap><loc>${escapeXml(absoluteUrl(origin, `/sitemap/${id}.xml`))}</loc></sitemap>`)
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
  const headers: Record<string, string> = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': SITEMAP_CACHE_CONTROL };
  // Cached an hour by CDNs: the entry must belong to the origin it names.
  const vary = originVary(env.PHARE_PUBLIC_URL, env.PHARE_TRUSTED_PROXIES);
  if (vary) headers.Vary = vary;
  return new Response(body, { headers });
}
