import type { Metadata } from 'next';
import { connection } from 'next/server';
import { DataAsOf } from '@/components/search/data-as-of';
import { LocateMeButton } from '@/components/search/locate-me-button';
import { SavedSearches } from '@/components/search/saved-searches';
import { listRegionOptions } from '@/lib/geo/region-options';
import { SearchForm } from '@/components/search/search-form';
import { StudyExplainer } from '@/components/search/study-explainer';
import { Container } from '@/components/ui/container';
import { routes } from '@/lib/routes';
import { getDataStatus } from '@/lib/store/active';
import { Frozen } from '@/components/ui/frozen';

export const metadata: Metadata = {
  title: { absolute: 'Phare — trouver une étude clinique près de chez vous' },
  description:
    'Cherchez une étude clinique en France par maladie et par lieu, et comprenez-la en français simple. Données publiques ECLAIRE.',
  alternates: { canonical: routes.home() },
};

export default async function HomePage() {
  await connection();
  const regions = listRegionOptions();
  const { lastSync } = getDataStatus();
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none sm:py-12">
      <Container>
        <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
          Trouver une étude clinique près de chez vous
        </h1>
        <p className="mt-3 max-w-prose text-lg text-ink-muted sm:text-xl">
          Cherchez par maladie et par lieu. Phare vous explique chaque étude en français simple.
        </p>

        <div className="mt-8 rounded-xl border border-line/60 bg-paper-warm p-4 sm:p-6">
          <SearchForm />
          <div className="mt-6 border-t border-line/40 pt-4">
            <LocateMeButton />
          </div>
        </div>
        <DataAsOf iso={lastSync} className="mt-4 text-base text-ink-muted" />

        {regions.length > 0 ? (
          <Frozen as="section" part="par-region" aria-labelledby="par-region" className="mt-12">
            <h2 id="par-region" className="text-2xl font-bold">
              Études par région
            </h2>
            <ul className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
              {regions.map((r) => (
                <li key={r.code}>
                  <a
                    href={routes.search(new URLSearchParams({ region: r.code }))}
                    className="link"
                  >
                    {r.name}
                  </a>
                </li>
              ))}
            </ul>
          </Frozen>
        ) : null}

        <Frozen part="explications" className="mt-12 max-w-prose">
          <StudyExplainer />
        </Frozen>

        <SavedSearches />
      </Container>
    </main>
  );
}
