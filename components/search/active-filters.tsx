'use client';

import { defaultRecruitment, DEFAULT_RADIUS_KM, hasPlacePoint, type SearchQuery } from '@/lib/search/params';
import { CloseIcon } from '@/components/ui/icons';
import { CATEGORY_LABELS, PHASE_LABELS, RECRUITMENT_LABELS } from './labels';
import { searchHref, type SearchView } from './search-href';
import { SearchLink } from './search-link';
import type { RegionOption } from '@/lib/geo/region-options';

export interface ActiveFilter {
  key: string;
  label: string;
  /** URL of the search without this filter. */
  removeHref: string;
}

/** Every filter the visitor chose (text and place excepted), each with the link that removes it. */
export function listActiveFilters(view: SearchView, query: SearchQuery, regions: readonly RegionOption[]): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const c of query.categorie) {
    out.push({
      key: `categorie-${c}`,
      label: CATEGORY_LABELS[c].label,
      removeHref: searchHref(view, query, { categorie: query.categorie.filter((v) => v !== c) }),
    });
  }
  if (query.recrutement !== defaultRecruitment(query.maladie)) {
    out.push({
      key: 'recrutement',
      label: RECRUITMENT_LABELS[query.recrutement],
      removeHref: searchHref(view, query, { recrutement: defaultRecruitment(query.maladie) }),
    });
  }
  if (query.region) {
    const name = regions.find((r) => r.code === query.region)?.name ?? `Région ${query.region}`;
    out.push({ key: 'region', label: name, removeHref: searchHref(view, query, { region: undefined }) });
  }
  if (query.departement) {
    out.push({
      key: 'departement',
      label: `Département ${query.departement}`,
      removeHref: searchHref(view, query, { departement: undefined }),
    });
  }
  if (query.age !== undefined) {
    out.push({ key: 'age', label: `${query.age} ans`, removeHref: searchHref(view, query, { age: undefined }) });
  }
  if (query.sexe) {
    out.push({
      key: 'sexe',
      label: query.sexe === 'femme' ? 'Femme' : 'Homme',
      removeHref: searchHref(view, query, { sexe: undefined }),
    });
  }
  if (query.volontaire) {
    out.push({ key: 'volontaire', label: 'Volontaires sains', removeHref: searchHref(view, query, { volontaire: undefined }) });
  }
  for (const p of query.phase) {
    out.push({
      key: `phase-${p}`,
      label: PHASE_LABELS[p],
      removeHref: searchHref(view, query, { phase: query.phase.filter((v) => v !== p) }),
    });
  }
  if (hasPlacePoint(query) && query.rayon !== DEFAULT_RADIUS_KM) {
    out.push({ key: 'rayon', label: `${query.rayon} km`, removeHref: searchHref(view, query, { rayon: DEFAULT_RADIUS_KM }) });
  }
  return out;
}

export function ActiveFilters({ filters }: { filters: ActiveFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p className="text-base font-semibold">Vos filtres&nbsp;:</p>
      <ul className="flex flex-wrap gap-2">
        {filters.map((f) => (
          <li key={f.key}>
            <SearchLink
              href={f.removeHref}
              rel="nofollow"
              className="inline-flex items-center gap-1.5 rounded-full border border-line px-3 py-0.5 text-base text-ink hover:bg-accent-50"
            >
              <span>{f.label}</span>
              <CloseIcon className="h-4 w-4" />
              <span className="sr-only">(retirer ce filtre)</span>
            </SearchLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
