import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/query/query-provider';
import { DemoBanner } from '@/components/layout/demo-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { GlossaryToggles } from '@/components/study/glossary-toggles';
import { getEnv } from '@/lib/env';
import { requestOrigin } from '@/lib/study/public-url';
import { isServingDemo } from '@/lib/store/active';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  // Relative canonical and Open Graph URLs of every page resolve against the public origin (or the request's).
  const env = getEnv();
  const origin = requestOrigin(env.PHARE_PUBLIC_URL, await headers(), env.PHARE_TRUSTED_PROXIES);
  return {
    metadataBase: new URL(origin),
    title: { default: 'Phare — trouver une étude clinique près de chez vous', template: '%s — Phare' },
    description:
      'Phare vous aide à trouver une étude clinique en France, près de chez vous, et à la comprendre en français simple.',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Which data is served is known only at run time: render per request, never at build time.
  await connection();
  const demo = isServingDemo();
  // Set by middleware.ts for /embed/* only: iframe views have no site chrome, but keep the demo banner.
  const embed = (await headers()).get('x-phare-embed') === '1';
  if (embed) {
    return (
      <html lang="fr">
        <body>
          {demo ? <DemoBanner /> : null}
          <QueryProvider>{children}</QueryProvider>
          <GlossaryToggles />
        </body>
      </html>
    );
  }
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader banner={demo ? <DemoBanner /> : undefined} />
        <div className="flex-1">
          <QueryProvider>{children}</QueryProvider>
        </div>
        <SiteFooter />
        <GlossaryToggles />
      </body>
    </html>
  );
}
