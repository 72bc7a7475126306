import type { Group, ResearchStudy } from 'fhir/r4';
import { REF_DAY, isoDay } from './dates';

/**
 * Counts of the status cases of a dataset (demo or real ECLAIRE records), read from the FHIR alone: the
 * recruitment flag, `status`, the narrative, the Group and `meta.lastUpdated`. Pure, for benchmarks and tests.
 */

export type StatusCase =
  /** Flag `recruiting` while `status` = temporarily-closed-to-accrual (SUSPENDUE). */
  | 'recruitingButSuspended'
  /** Flag `recruiting` while `status` = completed (TERMINEE, ARCHIVEE). */
  | 'recruitingButCompleted'
  /** Flag `recruiting` while `status` = administratively-completed (TERMINEE_ANTICIPEE). */
  | 'recruitingButAdministrativelyCompleted'
  /** Flag `recruiting` while `status` = withdrawn (ABANDONNEE, EXPIREE). */
  | 'recruitingButWithdrawn'
  /** Narrative `etat: PROROGEE` (status approved). */
  | 'etatProrogee'
  /** Narrative `etat: EXPIREE` (status withdrawn). */
  | 'etatExpiree'
  /** No `status` (unknown or null `etat`). */
  | 'noStatus'
  /** Flag `recruiting` whose narrative says « Recrutement en attente » (documents before 2025-12-18). */
  | 'legacyPendingRecruiting'
  /** A `grp-other` characteristic without `description` (documents before 2025-12-09). */
  | 'legacyCriteria'
  /** Narrative `historique` null/undefined and not CTIS: `meta.lastUpdated` = submission + 102/109 days. */
  | 'submissionFallback'
  /** CTIS with no `historique`: `meta.lastUpdated` = 2023-03-15. */
  | 'ctisFixedFallback'
  /** `meta.lastUpdated` after `today`. */
  | 'futureLastUpdated'
  /** Some narrative value is literally `null` or `undefined`. */
  | 'narrativeNullValue'
  /** A criteria list of the narrative holds `Titre: null - Type: null`. */
  | 'narrativeNullCriterion'
  /** A narrative value contains `</li>` (more `</li>` than items). */
  | 'narrativeLiInValue'
  /** A narrative without any `<li>`. */
  | 'narrativeWithoutList';

export interface StatusCaseSummary {
  studies: number;
  cases: Record<StatusCase, number>;
  /** `<recruitment code or none> × <status or none>` → count, e.g. `recruiting × completed`. */
  byFlagAndStatus: Record<string, number>;
}

const CASES: readonly StatusCase[] = [
  'recruitingButSuspended', 'recruitingButCompleted', 'recruitingButAdministrativelyCompleted', 'recruitingButWithdrawn',
  'etatProrogee', 'etatExpiree', 'noStatus', 'legacyPendingRecruiting', 'legacyCriteria', 'submissionFallback',
  'ctisFixedFallback', 'futureLastUpdated', 'narrativeNullValue', 'narrativeNullCriterion', 'narrativeLiInValue',
  'narrativeWithoutList',
];

const RECRUITING_BUT: Partial<Record<string, StatusCase>> = {
  'temporarily-closed-to-accrual': 'recruitingButSuspended',
  completed: 'recruitingButCompleted',
  'administratively-completed': 'recruitingButAdministrativelyCompleted',
  withdrawn: 'recruitingButWithdrawn',
};

const ITEM = /<li> ([a-z_]+): /g;
const NULL_VALUE = /<li> [a-z_]+: (?:null|undefined) <\/li>/;
const NULL_CRITERION = /<li> criteres_(?:eligibilite|jugement): (?:[^<]*,)?Titre: null - Type: null/;

/** The first `<li> name: value </li>` of a narrative, trimmed; undefined when absent. */
export function readNarrativeItem(div: string, name: string): string | undefined {
  const start = div.indexOf(`<li> ${name}: `);
  if (start === -1) return undefined;
  const from = start + name.length + 7;
  const end = div.indexOf(' </li>', from);
  return (end === -1 ? div.slice(from) : div.slice(from, end)).trim();
}

function recruitmentCode(study: ResearchStudy): string | undefined {
  const ext = study.extension?.find((e) => e.url.endsWith('eclaire-recruitment-status'));
  return ext?.valueCodeableConcept?.coding?.[0]?.code;
}

function isCtis(study: ResearchStudy): boolean {
  return study.category?.some((c) => c.coding?.some((x) => x.code === 'REG536')) ?? false;
}

export function summariseStatusCases(
  records: Iterable<{ study: ResearchStudy; group?: Group }>,
  opts: { today?: string } = {},
): StatusCaseSummary {
  const today = opts.today ?? isoDay(REF_DAY);
  const cases = Object.fromEntries(CASES.map((c) => [c, 0])) as Record<StatusCase, number>;
  const byFlagAndStatus: Record<string, number> = {};
  let studies = 0;
  for (const { study, group } of records) {
    studies++;
    const flag = recruitmentCode(study);
    const key = `${flag ?? 'none'} × ${study.status ?? 'none'}`;
    byFlagAndStatus[key] = (byFlagAndStatus[key] ?? 0) + 1;
    const div = study.text?.div ?? '';
    const etat = readNarrativeItem(div, 'etat');
    const historique = readNarrativeItem(div, 'historique');
    const hit = (c: StatusCase) => cases[c]++;

    if (flag === 'recruiting') {
      const mismatch = study.status ? RECRUITING_BUT[study.status] : undefined;
      if (mismatch) hit(mismatch);
      if (readNarrativeItem(div, 'statut_recrutement')?.toLowerCase() === 'recrutement en attente') hit('legacyPendingRecruiting');
    }
    if (etat === 'PROROGEE') hit('etatProrogee');
    if (etat === 'EXPIREE') hit('etatExpiree');
    if (!study.status) hit('noStatus');
    if (group?.characteristic?.some((c) => c.code.coding?.[0]?.code === 'grp-other' && !(c as { description?: string }).description)) {
      hit('legacyCriteria');
    }
    if (historique === 'undefined' || historique === 'null') hit(isCtis(study) ? 'ctisFixedFallback' : 'submissionFallback');
    if ((study.meta?.lastUpdated ?? '').slice(0, 10) > today) hit('futureLastUpdated');
    const items = div.match(ITEM)?.length ?? 0;
    if (items === 0) hit('narrativeWithoutList');
    if (NULL_VALUE.test(div)) hit('narrativeNullValue');
    if (NULL_CRITERION.test(div)) hit('narrativeNullCriterion');
    if (items > 0 && div.split('</li>').length - 1 > items) hit('narrativeLiInValue');
  }
  return { studies, cases, byFlagAndStatus };
}
