import type { SearchIndex, StudyFilter } from '@/lib/store/search-index';
import type { CategoryFilter, PhaseBucket, Recruitment } from '@/lib/study/types';

/**
 * The total and the facets of a search. Each facet is counted with every filter but its own, so that each
 * count says what choosing that value would give. Two passes over the candidates (the store's
 * `facetGroups` and `regionLists`): the first grouped by the columns the category, recruitment and phase
 * facets count, each group flagged per facet filter; the second by each study's list of regions.
 */

export type RecruitmentFacet = Exclude<Recruitment, 'inconnu'>;

export interface SearchFacets {
  categorie: Record<CategoryFilter, number>;
  recrutement: Record<RecruitmentFacet, number>;
  phase: Record<PhaseBucket, number>;
  region: Record<string, number>;
}

const PHASES: readonly PhaseBucket[] = ['1', '2', '3', '4', 'na'];

export function countTotalAndFacets(index: SearchIndex, filter: StudyFilter): { total: number; facets: SearchFacets } {
  let total = 0;
  const categorie: Record<CategoryFilter, number> = {
    'jarde-1': 0, 'jarde-2': 0, 'jarde-3': 0, medicament: 0, dispositif: 0, diagnostic: 0,
  };
  const recrutement: Record<RecruitmentFacet, number> = { ouvert: 0, 'a-venir': 0, suspendu: 0, termine: 0 };
  const phase: Record<PhaseBucket, number> = { '1': 0, '2': 0, '3': 0, '4': 0, na: 0 };

  for (const g of index.facetGroups(filter)) {
    const { passesCategory: fc, passesRecruitment: fr, passesPhase: fp, count: n } = g;
    if (fc && fr && fp) total += n;
    if (fr && fp) {
      const jc = g.jardeCategory;
      if (g.regulation === 'jarde' && (jc === 1 || jc === 2 || jc === 3)) categorie[`jarde-${jc}`] += n;
      else if (g.regulation === 'medicament' || g.regulation === 'dispositif' || g.regulation === 'diagnostic') {
        categorie[g.regulation] += n;
      }
    }
    if (fc && fp && g.recruitment in recrutement) recrutement[g.recruitment as RecruitmentFacet] += n;
    if (fc && fr) {
      const pb = g.phaseBuckets.toLowerCase();
      for (const p of PHASES) if (pb.includes(`,${p},`)) phase[p] += n;
    }
  }

  const counts = new Map<string, number>();
  for (const { regions, count } of index.regionLists(filter)) {
    if (!regions) continue;
    for (const code of regions.slice(1, -1).split(',')) counts.set(code, (counts.get(code) ?? 0) + count);
  }
  // Keys in code order.
  const region: Record<string, number> = {};
  for (const code of [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) region[code] = counts.get(code)!;

  return { total, facets: { categorie, recrutement, phase, region } };
}
