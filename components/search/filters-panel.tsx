'use client';

import type { FormEvent, ReactNode } from 'react';
import { routes } from '@/lib/routes';
import type { RegionOption } from '@/lib/geo/region-options';
import { hasPlacePoint, MAX_AGE, type SearchQuery } from '@/lib/search/params';
import type { SearchFacets } from '@/lib/search/facets';
import type { PhaseBucket } from '@/lib/study/types';
import { BoxIcon, RadioIcon } from '@/components/ui/icons';
import { CATEGORY_LABELS, CATEGORY_ORDER, formatCount, PHASE_LABELS, RECRUITMENT_LABELS } from './labels';
import { searchHref, toParams, toggleValue, type SearchView } from './search-href';
import { navigateSearch, SearchLink } from './search-link';

const PHASES: readonly PhaseBucket[] = ['1', '2', '3', '4', 'na'];
const RECRUITMENTS = ['ouvert', 'a-venir', 'suspendu', 'termine', 'tous'] as const;
const RADII = [10, 30, 50, 100, 200] as const;

/**
 * The filters, as links (STYLE.md rule 5): each one is the URL of the search with that value changed, and shows
 * how many studies it would give. Age is a small GET form. Used in a disclosure on phones and as a sidebar on
 * wide screens; `idPrefix` keeps ids unique when both are in the page.
 */
export function FiltersPanel({
  view,
  query,
  facets,
  total,
  regions,
  idPrefix,
}: {
  view: SearchView;
  query: SearchQuery;
  facets: SearchFacets;
  /** Studies the current search gives. */
  total: number;
  regions: readonly RegionOption[];
  idPrefix: string;
}) {
  const withPlace = hasPlacePoint(query);
  // « Tous les états » also counts the studies whose recruitment is unknown, which have no facet of their own: its
  // count is known only when it is the filter in use (then it is the total), and left unsaid otherwise.
  const recruitmentAll = query.recrutement === 'tous' ? total : undefined;
  const visibleRegions = regions.filter((r) => (facets.region[r.code] ?? 0) > 0 || r.code === query.region);

  return (
    <div className="space-y-6">
      <FilterGroup id={`${idPrefix}-categorie`} title="Type d’étude">
        <ul className="space-y-3">
          {CATEGORY_ORDER.map((c) => {
            const checked = query.categorie.includes(c);
            return (
              <li key={c}>
                <OptionLink
                  href={searchHref(view, query, { categorie: toggleValue(query.categorie, c) })}
                  checked={checked}
                  kind="box"
                  count={facets.categorie[c]}
                >
                  {CATEGORY_LABELS[c].label}
                </OptionLink>
                <p className="ml-7 text-base text-ink-muted">{CATEGORY_LABELS[c].explanation}</p>
              </li>
            );
          })}
        </ul>
      </FilterGroup>

      <FilterGroup id={`${idPrefix}-recrutement`} title="Recrutement">
        <ul className="space-y-2">
          {RECRUITMENTS.map((r) => (
            <li key={r}>
              <OptionLink
                href={searchHref(view, query, { recrutement: r })}
                checked={query.recrutement === r}
                kind="radio"
                count={r === 'tous' ? recruitmentAll : facets.recrutement[r]}
              >
                {RECRUITMENT_LABELS[r]}
              </OptionLink>
            </li>
          ))}
        </ul>
      </FilterGroup>

      {withPlace ? (
        <FilterGroup id={`${idPrefix}-rayon`} title="Distance autour du lieu">
          <ul className="space-y-2">
            {RADII.map((km) => (
              <li key={km}>
                <OptionLink href={searchHref(view, query, { rayon: km })} checked={query.rayon === km} kind="radio">
                  {`Jusqu’à ${km} km`}
                </OptionLink>
              </li>
            ))}
          </ul>
        </FilterGroup>
      ) : null}

      <FilterGroup id={`${idPrefix}-age`} title="Votre âge">
        <AgeForm view={view} query={query} idPrefix={idPrefix} />
      </FilterGroup>

      <FilterGroup id={`${idPrefix}-sexe`} title="Sexe">
        <ul className="space-y-2">
          <li>
            <OptionLink href={searchHref(view, query, { sexe: undefined })} checked={!query.sexe} kind="radio">
              Indifférent
            </OptionLink>
          </li>
          <li>
            <OptionLink href={searchHref(view, query, { sexe: 'femme' })} checked={query.sexe === 'femme'} kind="radio">
              Femme
            </OptionLink>
          </li>
          <li>
            <OptionLink href={searchHref(view, query, { sexe: 'homme' })} checked={query.sexe === 'homme'} kind="radio">
              Homme
            </OptionLink>
          </li>
        </ul>
      </FilterGroup>

      <FilterGroup id={`${idPrefix}-volontaire`} title="Volontaires sains">
        <OptionLink
          href={searchHref(view, query, { volontaire: query.volontaire ? undefined : 'sain' })}
          checked={query.volontaire === 'sain'}
          kind="box"
        >
          Seulement les études ouvertes aux personnes en bonne santé
        </OptionLink>
      </FilterGroup>

      <FilterGroup id={`${idPrefix}-phase`} title="Phase">
        <ul className="space-y-2">
          {PHASES.map((p) => (
            <li key={p}>
              <OptionLink
                href={searchHref(view, query, { phase: toggleValue(query.phase, p) })}
                checked={query.phase.includes(p)}
                kind="box"
                count={facets.phase[p]}
              >
                {PHASE_LABELS[p]}
              </OptionLink>
            </li>
          ))}
        </ul>
      </FilterGroup>

      {!withPlace && !query.departement && visibleRegions.length > 0 ? (
        <FilterGroup id={`${idPrefix}-region`} title="Région">
          <ul className="space-y-2">
            <li>
              <OptionLink href={searchHref(view, query, { region: undefined })} checked={!query.region} kind="radio">
                Toute la France
              </OptionLink>
            </li>
            {visibleRegions.map((r) => (
              <li key={r.code}>
                <OptionLink
                  href={searchHref(view, query, { region: r.code })}
                  checked={query.region === r.code}
                  kind="radio"
                  count={facets.region[r.code] ?? 0}
                >
                  {r.name}
                </OptionLink>
              </li>
            ))}
          </ul>
        </FilterGroup>
      ) : null}
    </div>
  );
}

function FilterGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A filter value: a link whose state is said by an icon and by hidden words (« choisi »), with its count. */
function OptionLink({
  href,
  checked,
  kind,
  count,
  children,
}: {
  href: string;
  checked: boolean;
  kind: 'box' | 'radio';
  count?: number;
  children: ReactNode;
}) {
  return (
    <SearchLink
      href={href}
      rel="nofollow"
      className={`inline-flex items-start gap-2 rounded-md py-0.5 text-ink underline-offset-4 hover:underline ${
        checked ? 'font-semibold' : ''
      }`}
    >
      {kind === 'box' ? (
        <BoxIcon checked={checked} className="mt-1 h-5 w-5 shrink-0 text-accent-700" />
      ) : (
        <RadioIcon checked={checked} className="mt-1 h-5 w-5 shrink-0 text-accent-700" />
      )}
      <span>
        {children}
        {count !== undefined ? <span className="font-normal text-ink-muted"> ({formatCount(count)})</span> : null}
        {checked ? <span className="sr-only"> — choisi</span> : null}
      </span>
    </SearchLink>
  );
}

/** Age: a number field in a GET form that keeps every other parameter (works without JavaScript). */
function AgeForm({ view, query, idPrefix }: { view: SearchView; query: SearchQuery; idPrefix: string }) {
  const action = view === 'embed' ? routes.embedSearch() : routes.search();
  const hidden = [...new URLSearchParams(toParams({ ...query, age: undefined, page: 1 })).entries()];
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = new FormData(event.currentTarget).get('age');
    const text = typeof raw === 'string' ? raw.trim() : '';
    const age = text === '' ? undefined : Number(text);
    if (age !== undefined && (!Number.isInteger(age) || age < 0 || age > MAX_AGE)) {
      event.currentTarget.reportValidity();
      return;
    }
    navigateSearch(searchHref(view, query, { age }));
  }
  const inputId = `${idPrefix}-age-champ`;
  return (
    <form action={action} method="get" onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={inputId} className="block text-base">
          Âge en années
        </label>
        <input
          id={inputId}
          key={query.age ?? 'vide'}
          type="number"
          name="age"
          min={0}
          max={MAX_AGE}
          step={1}
          inputMode="numeric"
          defaultValue={query.age ?? ''}
          className="mt-1 w-24 rounded-md border border-line px-3 py-2"
        />
      </div>
      <button
        type="submit"
        className="rounded-md border border-accent-700 px-3 py-2 font-semibold text-accent-700 hover:bg-accent-50"
      >
        Appliquer
      </button>
    </form>
  );
}
