import type { CategoryFilter, PhaseBucket, Recruitment, StudySummary } from '@/lib/study/types';

/**
 * Words of the search experience, in one place: every filter value, badge and sort order in plain French.
 * Status and category are always said with words (and an icon), never with colour alone.
 */

export const CATEGORY_ORDER: readonly CategoryFilter[] = [
  'jarde-1',
  'jarde-2',
  'jarde-3',
  'medicament',
  'dispositif',
  'diagnostic',
];

export const CATEGORY_LABELS: Record<CategoryFilter, { label: string; short: string; explanation: string }> = {
  'jarde-1': {
    label: 'Catégorie 1',
    short: 'Catégorie 1',
    explanation: 'La recherche ajoute un acte qui ne fait pas partie de vos soins habituels. Ses risques ne sont pas seulement minimes.',
  },
  'jarde-2': {
    label: 'Catégorie 2',
    short: 'Catégorie 2',
    explanation: 'La recherche ajoute à vos soins des actes simples, à risques minimes, comme un peu de sang prélevé en plus.',
  },
  'jarde-3': {
    label: 'Catégorie 3',
    short: 'Catégorie 3',
    explanation: 'La recherche observe vos soins habituels, sans rien y changer.',
  },
  medicament: {
    label: 'Médicament',
    short: 'Médicament',
    explanation: 'Un essai sur un médicament, selon les règles européennes.',
  },
  dispositif: {
    label: 'Dispositif médical',
    short: 'Dispositif médical',
    explanation: 'Une étude sur un objet de soin\u00A0: prothèse, capteur, logiciel…',
  },
  diagnostic: {
    label: 'Test de diagnostic',
    short: 'Test de diagnostic',
    explanation: 'Une étude sur un test de laboratoire, par exemple une analyse de sang.',
  },
};

export const RECRUITMENT_LABELS: Record<Recruitment | 'tous', string> = {
  ouvert: 'Recrute en ce moment',
  'a-venir': 'Recrutement à venir',
  suspendu: 'Recrutement suspendu',
  termine: 'Recrutement terminé',
  inconnu: 'Recrutement non précisé',
  tous: 'Tous les états',
};

export const PHASE_LABELS: Record<PhaseBucket, string> = {
  '1': 'Phase 1',
  '2': 'Phase 2',
  '3': 'Phase 3',
  '4': 'Phase 4',
  na: 'Sans phase',
};

export const SORT_LABELS = {
  pertinence: 'Pertinence',
  distance: 'Distance',
  recent: 'Les plus récentes (date de début du recrutement)',
} as const;

/** Said under the sort links when the results are in the « recent » order (what it sorts on, what comes last). */
export const RECENT_SORT_NOTE =
  'Triées par date de début du recrutement, de la plus récente à la plus ancienne. Les études dont le recrutement n’a pas encore commencé, ou dont la date n’est pas connue, viennent à la fin.';

/** The category of a study as a filter value, when it has one. */
export function categoryOf(study: Pick<StudySummary, 'regulation' | 'jardeCategory'>): CategoryFilter | undefined {
  if (study.regulation === 'jarde') return study.jardeCategory ? (`jarde-${study.jardeCategory}` as CategoryFilter) : undefined;
  if (study.regulation === 'medicament' || study.regulation === 'dispositif' || study.regulation === 'diagnostic') {
    return study.regulation;
  }
  return undefined;
}

const countFormatter = new Intl.NumberFormat('fr-FR');
const kmFormatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatCount(n: number): string {
  return countFormatter.format(n);
}

/** « 124 études trouvées », « 1 étude trouvée », « Aucune étude trouvée ». */
export function formatStudyCount(n: number): string {
  if (n === 0) return 'Aucune étude trouvée';
  return n === 1 ? '1 étude trouvée' : `${formatCount(n)} études trouvées`;
}

/** « 12 km », « 4,5 km », « moins de 1 km ». Below 10 km one decimal, beyond that whole kilometres. */
export function formatKm(km: number): string {
  if (km < 1) return 'moins de 1 km';
  return `${km < 10 ? kmFormatter.format(km) : countFormatter.format(Math.round(km))} km`;
}
