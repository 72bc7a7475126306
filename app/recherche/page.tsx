import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { DataAsOf } from '@/components/search/data-as-of';
import { listRegionOptions } from '@/lib/geo/region-options';
import { SearchForm } from '@/components/search/search-form';
import { filtersOnly, toParams, withPlaceParams } from '@/components/search/search-href';
import { SearchPageFrame, SearchPageTitle } from '@/components/search/search-page-frame';
import { SearchResults } from '@/components/search/search-results';
import { getEnv } from '@/lib/env';
import { setPageStatus } from '@/lib/server/page-status';
import { routes } from '@/lib/routes';
import { parseSearchParams, type SearchQuery } from '@/lib/search/params';
import type { PlaceOption } from '@/lib/search/place';
import { runSearch } from '@/lib/search/run-search';
import { getActiveStore } from '@/lib/store/active';
import { frenchTypography } from '@/lib/text/typography';

type RawParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  if (!parsed.ok) return { title: 'Recherche à corriger', robots: { index: false, follow: true } };
  const { query } = parsed;
  return {
    title: query.maladie ? `Études sur «\u00A0${query.maladie}\u00A0»` : 'Rechercher une étude clinique',
    description: 'Les études cliniques menées en France qui correspondent à votre recherche, avec leurs lieux.',
    robots: { index: false, follow: true },
    alternates: {
      types: {
        'application/atom+xml': [
          { url: routes.searchFeed(toParams(filtersOnly(query))), title: 'Suivre cette recherche (flux Atom)' },
        ],
      },
    },
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Region and department chosen earlier are kept when the visitor types new words. */
function keptFields(query: SearchQuery): Record<string, string> {
  const kept: Record<string, string> = {};
  if (query.region) kept.region = query.region;
  if (query.departement) kept.departement = query.departement;
  return kept;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await connection();
  const raw = await searchParams;
  const run = runSearch(getActiveStore, raw);

  if (run.status === 'invalid') {
    // A commune's name typed without JavaScript, that only one commune bears: the same search centred on it.
    if (run.exact) redirect(placedSearch(raw, run.exact));
    setPageStatus(await headers(), 400);
    return <InvalidSearch message={run.message} raw={raw} suggestions={run.suggestions ?? []} />;
  }
  const { query } = run;
  if (run.status === 'not-ready') {
    setPageStatus(await headers(), 503);
    return (
      <SearchPageFrame>
        <SearchPageTitle />
        <div role="alert" className="mt-6 max-w-prose rounded-lg border-2 border-ink bg-paper-warm p-4">
          <p>Les données sont en cours de chargement. Réessayez dans une minute.</p>
          <p className="mt-2">
            <a href={routes.search(toParams(query))} className="link">
              Réessayer
            </a>
          </p>
        </div>
      </SearchPageFrame>
    );
  }
  const initialData = run.response;

  const env = getEnv();
  return (
    <SearchPageFrame>
      <SearchPageTitle />
      <div className="mt-4 rounded-xl border border-line/60 bg-paper-warm p-4">
        <SearchForm
          compact
          maladie={query.maladie}
          lieuCode={query.lieu}
          lieuLabel={query.lieu ? initialData.place?.label : undefined}
          hidden={keptFields(query)}
        />
      </div>
      <DataAsOf iso={initialData.dataAsOf} className="mt-2 text-base text-ink-muted" />
      <div className="mt-8">
        <SearchResults
          view="site"
          initialParams={toParams(query)}
          initialData={initialData}
          regions={listRegionOptions()}
          map={{ tileUrl: env.PHARE_TILE_URL, tileAttribution: env.PHARE_TILE_ATTRIBUTION }}
        />
      </div>
    </SearchPageFrame>
  );
}

/** The same search (every other parameter kept) centred on that commune. */
function placedSearch(raw: RawParams, insee: string): string {
  return routes.search(withPlaceParams(raw, insee));
}

/** A search the page cannot run: say what is wrong, and how to go on. */
function InvalidSearch({ message, raw, suggestions }: { message: string; raw: RawParams; suggestions: PlaceOption[] }) {
  // An unknown place (a code nobody knows, a name typed without JavaScript): the close places lib/search found.
  const places = suggestions.map((p) => ({ insee: p.code, label: p.label }));
  const maladie = first(raw.maladie)?.trim();
  const withPlace = (insee: string) => placedSearch(raw, insee);
  return (
    <SearchPageFrame>
      <SearchPageTitle />
      <div role="alert" className="mt-6 max-w-prose rounded-lg border-2 border-ink bg-paper-warm p-4">
        <p className="font-semibold">Cette recherche ne peut pas être lancée.</p>
        <p className="mt-2">{frenchTypography(message)}</p>
      </div>
      {places.length > 0 ? (
        <section aria-labelledby="lieux-proposes" className="mt-6 max-w-prose">
          <h2 id="lieux-proposes" className="text-xl font-semibold">
            Vouliez-vous dire&nbsp;:
          </h2>
          <ul className="mt-2 space-y-2">
            {places.map((p) => (
              <li key={p.insee}>
                <a href={withPlace(p.insee)} className="link">
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-6">
        <a href={routes.search()} className="link">
          Recommencer une recherche
        </a>
      </p>
      <div className="mt-8 max-w-3xl rounded-xl border border-line/60 bg-paper-warm p-4">
        <SearchForm maladie={maladie} />
      </div>
    </SearchPageFrame>
  );
}
