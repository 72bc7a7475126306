import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';
import { absoluteUrl } from '@/lib/routes';

/** robots.txt: everything may be indexed except iframe views and the JSON API. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = getEnv().PHARE_PUBLIC_URL ?? (await requestOrigin());
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/embed/', '/api/'] },
    sitemap: origin ? absoluteUrl(origin, '/sitemap.xml') : '/sitemap.xml',
  };
}

async function requestOrigin(): Promise<string | undefined> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!host) return undefined;
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}
