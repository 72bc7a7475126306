import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { toParams, withPlaceParams } from '@/components/search/search-href';
import { SearchResults } from '@/components/search/search-results';
import { listRegionOptions } from '@/lib/geo/region-options';
import { routes } from '@/lib/routes';
import { runSearch } from '@/lib/search/run-search';
import { setPageStatus } from '@/lib/server/page-status';
import { getActiveStore } from '@/lib/store/active';
import { frenchTypography } from '@/lib/text/typography';

type RawParams = Record<string, string | string[] | undefined>;

export const metadata: Metadata = {
  title: 'Études cliniques (vue intégrée)',
  robots: { index: false, follow: false },
};

/**
 * /embed/recherche?… — the results in a compact view for other sites' iframes: same parameters as
 * /recherche, no map, no filters panel; every study opens Phare in a new tab.
 */
export default async function EmbedSearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await connection();
  const raw = await searchParams;
  const active = getActiveStore();
  const run = runSearch(() => active, raw);

  // A search that cannot run answers 400, or 503 while the data load (the front door applies it).
  if (run.status !== 'ok') setPageStatus(await headers(), run.status === 'invalid' ? 400 : 503);
  let body: ReactNode;
  if (run.status === 'invalid') {
    const suggestions = run.suggestions ?? [];
    /** The same search centred on a commune offered instead of an unknown place. */
    const withPlace = (code: string) => routes.embedSearch(withPlaceParams(raw, code));
    body = (
      <>
        <p role="alert">{frenchTypography(run.message)}</p>
        {suggestions.length > 0 ? (
          <ul className="mt-2 space-y-1">
            {suggestions.map((p) => (
              <li key={p.code}>
                <a href={withPlace(p.code)} className="link">
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </>
    );
  } else if (run.status === 'not-ready') {
    body = <p role="alert">Les données sont en cours de chargement. Réessayez dans une minute.</p>;
  } else {
    const regions = listRegionOptions();
    body = <SearchResults view="embed" initialParams={toParams(run.query)} initialData={run.response} regions={regions} />;
  }
  // The same search on Phare when the parameters parsed; the bare search page while the data are loading.
  const shown = run.status === 'not-ready' ? undefined : run.query;
  const fullUrl = shown ? routes.search(toParams(shown)) : routes.search();

  return (
    <main id="contenu" tabIndex={-1} className="px-3 py-4 focus:outline-none">
      <h1 className="text-2xl font-bold">Études cliniques</h1>
      {active?.demo ? (
        <p className="mt-1 text-base font-semibold">Données de démonstration fictives.</p>
      ) : null}
      <div className="mt-4">{body}</div>
      <p className="mt-6 border-t border-line/40 pt-3 text-base text-ink-muted">
        Propulsé par{' '}
        <a href={fullUrl} target="_blank" rel="noopener" className="link">
          Phare<span className="sr-only"> (nouvel onglet)</span>
        </a>{' '}
        — données publiques ECLAIRE. Phare ne remplace pas un avis médical.
      </p>
    </main>
  );
}
