'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SitesMap } from '@/components/map/sites-map';
import { hasPlacePoint, parseSearchParams, type SearchQuery } from '@/lib/search/params';
import { routes } from '@/lib/routes';
import { frenchTypography } from '@/lib/text/typography';
import type { StudiesResponse } from '@/lib/search/run-search';
import { FeedIcon } from '@/components/ui/icons';
import { ActiveFilters, listActiveFilters } from './active-filters';
import { EmptyResults } from './empty-results';
import type { RegionOption } from '@/lib/geo/region-options';
import { FiltersPanel } from './filters-panel';
import { formatKm, formatStudyCount } from './labels';
import { Pagination } from './pagination';
import { SaveSearchButton } from './save-search-button';
import { filtersOnly, toParams, type SearchView } from './search-href';
import { SortLinks } from './sort-links';
import { StudyCard, studyCardId } from './study-card';
import { useHydrated, useMediaQuery } from './use-media';
import { UnderstoodNotice } from './understood-notice';
import { useStudies } from './use-studies';

const WIDE = '(min-width: 1024px)';

export interface MapSettings {
  tileUrl: string;
  tileAttribution: string;
}

/**
 * The results island. It starts from the page the server rendered (same HTML, no layout shift) and then owns
 * the URL: filters, sort and pages push a new URL and the results come from `/api/studies` through TanStack
 * Query. Back/forward and shared links give the same view. Without JavaScript, the server's HTML works alone.
 */
export function SearchResults({
  view,
  initialParams,
  initialData,
  regions,
  map,
}: {
  view: SearchView;
  initialParams: string;
  initialData: StudiesResponse;
  regions: readonly RegionOption[];
  map?: MapSettings;
}) {
  const searchParams = useSearchParams();
  const parsed = useMemo(() => parseSearchParams(new URLSearchParams(searchParams.toString())), [searchParams]);
  if (!parsed.ok) {
    return (
      <p role="alert" className="rounded-lg border-2 border-ink p-4">
        {parsed.error.message}{' '}
        <a href={view === 'embed' ? routes.embedSearch() : routes.search()} className="text-accent-700 underline">
          Recommencer la recherche
        </a>
      </p>
    );
  }
  return (
    <ResultsForQuery
      view={view}
      query={parsed.query}
      initialParams={initialParams}
      initialData={initialData}
      regions={regions}
      map={map}
    />
  );
}

function ResultsForQuery({
  view,
  query,
  initialParams,
  initialData,
  regions,
  map,
}: {
  view: SearchView;
  query: SearchQuery;
  initialParams: string;
  initialData: StudiesResponse;
  regions: readonly RegionOption[];
  map?: MapSettings;
}) {
  const params = toParams(query);
  const { data, isPlaceholderData, isFetching, error, refetch } = useStudies(params, {
    params: initialParams,
    data: initialData,
  });
  const hydrated = useHydrated();
  const wide = useMediaQuery(WIDE);
  const [phoneView, setPhoneView] = useState<'liste' | 'carte'>('liste');
  const [highlighted, setHighlighted] = useState<string | undefined>();

  // When other results arrive (not on the first page view), focus goes to the results heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownParams = data && !isPlaceholderData ? params : undefined;
  const lastShown = useRef(initialParams);
  useEffect(() => {
    if (shownParams && shownParams !== lastShown.current) {
      lastShown.current = shownParams;
      headingRef.current?.focus();
    }
  }, [shownParams]);

  // A marker was activated: its popup (with the link to the study) has the focus, so the list only follows —
  // highlight the card and, where the list is beside the map, bring it into view. Focus and view stay put.
  const selectStudy = useCallback((id: string) => {
    setHighlighted(id);
    requestAnimationFrame(() => {
      document.getElementById(studyCardId(id))?.scrollIntoView({ block: 'nearest' });
    });
  }, []);

  // What the text said (« asthme lyon »), once the answer for this URL is in. The filters, the sort and the links
  // that change the search start from the same search written as explicit parameters (`understood.params`), so that
  // they show what is applied and each of them can be undone; the pages keep the URL as typed.
  const understood = data && !isPlaceholderData ? data.understood : undefined;
  const shown = useMemo(() => {
    if (!understood?.params) return query;
    const r = parseSearchParams(new URLSearchParams(understood.params));
    return r.ok ? { ...r.query, page: query.page } : query;
  }, [understood?.params, query]);

  const filters = listActiveFilters(view, shown, regions);
  const withPlace = hasPlacePoint(shown);
  const loading = isFetching && (isPlaceholderData || !data);
  const showMapArea = !!map && view === 'site';
  const mapVisible = showMapArea && hydrated && (wide || phoneView === 'carte');
  const sitesUrl = routes.api.sites(toParams(filtersOnly(query)));

  let status: string;
  if (loading) status = 'Recherche en cours…';
  else if (!data) status = 'Les résultats ne sont pas disponibles.';
  else {
    status = formatStudyCount(data.total);
    // Commune names as INSEE writes them (« Villeneuve-d'Ascq »), shown in French typography.
    if (data.place) status += ` à moins de ${formatKm(data.place.rayon)} de ${frenchTypography(data.place.label)}`;
    status += '.';
  }

  const resultsList = data ? (
    data.results.length > 0 ? (
      <ol className="space-y-4" aria-busy={loading}>
        {data.results.map((study) => (
          <li key={study.id}>
            <StudyCard
              study={study}
              withPlace={withPlace}
              highlighted={highlighted === study.id}
              onHighlight={showMapArea ? setHighlighted : undefined}
              newTab={view === 'embed'}
            />
          </li>
        ))}
      </ol>
    ) : (
      <EmptyResults view={view} query={shown} filters={filters} />
    )
  ) : null;

  return (
    <div className={view === 'site' ? 'lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-8' : ''}>
      {view === 'site' && data ? (
        <div className="mb-6 lg:mb-0">
          <details className="rounded-lg border border-line bg-paper lg:hidden">
            <summary className="cursor-pointer list-none rounded-lg px-4 py-3 font-semibold text-accent-700 hover:bg-accent-50 [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="mr-2 inline-block">
                ▸
              </span>
              Filtrer les résultats{filters.length > 0 ? ` (${filters.length} filtre${filters.length > 1 ? 's' : ''} choisi${filters.length > 1 ? 's' : ''})` : ''}
            </summary>
            <div className="border-t border-line px-4 py-4">
              <FiltersPanel view={view} query={shown} facets={data.facets} total={data.total} regions={regions} idPrefix="filtres-mobile" />
            </div>
          </details>
          <aside className="hidden lg:block" aria-labelledby="filtres-titre">
            <h2 id="filtres-titre" className="mb-4 text-2xl font-bold">
              Filtrer
            </h2>
            <FiltersPanel view={view} query={shown} facets={data.facets} total={data.total} regions={regions} idPrefix="filtres-large" />
          </aside>
        </div>
      ) : null}

      <section aria-labelledby="resultats-titre" className="min-w-0">
        <div className="space-y-3">
          <h2
            id="resultats-titre"
            ref={headingRef}
            tabIndex={-1}
            className="text-2xl font-bold focus:outline-none focus-visible:outline focus-visible:outline-[3px] focus-visible:outline-accent-600"
          >
            Résultats
          </h2>
          <p role="status" aria-atomic="true" className="min-h-[1.65em] text-lg">
            {status}
          </p>
          <UnderstoodNotice view={view} query={query} understood={understood} />
          <ActiveFilters filters={filters} />
          {view === 'site' ? (
            <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
              <SaveSearchButton label={describeSearch(shown, data?.place?.label, regions, filters.length)} />
              <a
                href={routes.searchFeed(toParams(filtersOnly(query)))}
                type="application/atom+xml"
                className="inline-flex items-center gap-2 py-1.5 link"
              >
                <FeedIcon />
                Suivre cette recherche (flux Atom)
              </a>
            </div>
          ) : null}
          <SortLinks view={view} query={shown} />
          {showMapArea ? (
            <div className={`flex gap-2 lg:hidden ${hydrated ? '' : 'invisible'}`} role="group" aria-label="Affichage">
              <ToggleButton pressed={phoneView === 'liste'} onClick={() => setPhoneView('liste')}>
                Liste
              </ToggleButton>
              <ToggleButton pressed={phoneView === 'carte'} onClick={() => setPhoneView('carte')}>
                Carte
              </ToggleButton>
            </div>
          ) : null}
        </div>

        {error ? (
          <div role="alert" className="mt-4 rounded-lg border-2 border-ink bg-paper-warm p-4">
            <p>{error.message}</p>
            <button
              type="button"
              onClick={() => void refetch()}
              className="mt-2 rounded-md border border-accent-700 px-3 py-1 font-semibold text-accent-700 hover:bg-accent-50"
            >
              Réessayer
            </button>
          </div>
        ) : null}

        <div className={`mt-6 ${showMapArea ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,0.9fr)] lg:gap-6' : ''}`}>
          {showMapArea && map ? (
            <div className={`lg:col-start-2 lg:row-start-1 ${phoneView === 'carte' ? '' : 'hidden lg:block'}`}>
              <div className="h-[65vh] min-h-[18rem] lg:sticky lg:top-4 lg:h-[calc(100vh-2rem)]">
                {mapVisible ? (
                  <SitesMap
                    sitesUrl={sitesUrl}
                    tileUrl={map.tileUrl}
                    tileAttribution={map.tileAttribution}
                    highlightedStudyId={highlighted}
                    onSelectStudy={selectStudy}
                    className="h-full w-full"
                  />
                ) : (
                  <div className="flex h-full items-center justify-center rounded-lg border border-line/60 bg-paper-warm p-4 text-center text-ink-muted">
                    {hydrated ? 'Chargement de la carte…' : 'La carte demande JavaScript. La liste des études reste disponible.'}
                  </div>
                )}
              </div>
            </div>
          ) : null}
          <div
            id="liste-resultats"
            className={`lg:col-start-1 lg:row-start-1 ${showMapArea && phoneView === 'carte' ? 'hidden lg:block' : ''} ${
              loading ? 'opacity-60' : ''
            }`}
          >
            {resultsList}
            {data ? <Pagination view={view} query={query} total={data.total} perPage={data.perPage} /> : null}
          </div>
        </div>
      </section>
    </div>
  );
}

function ToggleButton({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`min-h-11 rounded-md border px-4 font-semibold ${
        pressed ? 'border-ink bg-ink text-paper' : 'border-accent-700 text-accent-700 hover:bg-accent-50'
      }`}
    >
      {children}
    </button>
  );
}

/** A short name for a saved search: « asthme » près de Nantes (44), 2 filtres. */
function describeSearch(
  query: SearchQuery,
  placeLabel: string | undefined,
  regions: readonly RegionOption[],
  filterCount: number,
): string {
  const parts: string[] = [query.maladie ? `«\u00A0${query.maladie}\u00A0»` : 'Toutes les études'];
  if (placeLabel) parts.push(`près de ${placeLabel}`);
  else if (query.lat !== undefined) parts.push('autour de votre position');
  if (query.region) parts.push(`en ${regions.find((r) => r.code === query.region)?.name ?? `région ${query.region}`}`);
  if (query.departement) parts.push(`dans le département ${query.departement}`);
  let label = parts.join(' ');
  if (filterCount > 0) label += `, ${filterCount} filtre${filterCount > 1 ? 's' : ''}`;
  return label;
}
