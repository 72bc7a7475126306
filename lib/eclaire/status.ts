/**
 * A study's own status and its recruitment: the most conservative reading wins (DESIGN.md "Status").
 *
 * ECLAIRE says two independent things (CONTRACT §4.3–4.5):
 * - the recruitment the sponsor declared: the `eclaire-recruitment-status` extension (`recruiting`, `upcoming`,
 *   `completed-recruiting`) and its raw source `statut_recrutement` in the narrative (« Recrutement ouvert »,
 *   « Recrutement en attente », « Recrutement fermé »). Sponsors often leave it at « Recrutement ouvert »;
 * - the state of the study in SI RIPH: the raw `etat` in the narrative and `ResearchStudy.status`, mapped from it.
 *
 * A study is shown as recruiting (`ouvert`) only when BOTH allow it. Steps:
 *
 * 1. Declared recruitment = the extension, or the narrative's `statut_recrutement` when the extension is absent or
 *    unknown; when both are readable and disagree, the more closed of the two. In particular documents built
 *    before 2025-12-18 (a982ef7) said `recruiting` for « Recrutement en attente »: the narrative makes it `a-venir`.
 * 2. State = the narrative's `etat` when readable (it tells À DÉMARRER from PROROGÉE and ABANDONNÉE from EXPIRÉE),
 *    else `ResearchStudy.status`. When both are readable and `status` is not one the `etat` maps to (API mapping,
 *    or the IG ConceptMap for EXPIRÉE → approved), they contradict each other: the status is `inconnu`
 *    (« Statut non précisé ») and the ceiling is the more closed of the two.
 * 3. Recruitment = the more closed of the declaration and the state's ceiling, ordered
 *    `ouvert` > `a-venir` > `suspendu` > `termine`. Without a declaration, the ceiling alone, except that a state
 *    allowing recruitment (`active`) does not prove it (→ `inconnu`). Without a usable state, the declaration
 *    alone, except that `ouvert` is not confirmed (→ `inconnu`).
 *
 * | RIPH `etat`          | FHIR `status`                                        | Study.status | ceiling on recruitment | rule                 |
 * |----------------------|------------------------------------------------------|--------------|------------------------|----------------------|
 * | EN_COURS             | active                                               | en-cours     | none (declared wins)   | —                    |
 * | A_DEMARRER           | approved                                             | a-demarrer   | a-venir                | approved-not-open    |
 * | PROROGEE             | approved                                             | prorogee     | a-venir                | approved-not-open    |
 * | —                    | approved (no readable etat)                          | a-demarrer   | a-venir                | approved-not-open    |
 * | SUSPENDUE            | temporarily-closed-to-accrual (…-and-intervention)   | suspendue    | suspendu               | suspended            |
 * | TERMINEE, ARCHIVEE   | completed                                            | terminee     | termine                | completed            |
 * | TERMINEE_ANTICIPEE   | administratively-completed                           | arretee      | termine                | completed            |
 * | ABANDONNEE           | withdrawn (completed before 2025-09-10)              | abandonnee   | termine                | withdrawn            |
 * | EXPIREE              | withdrawn (API) or approved (IG ConceptMap)          | expiree      | termine                | withdrawn            |
 * | —                    | withdrawn (no readable etat: ABANDONNÉE or EXPIRÉE)  | abandonnee   | termine                | withdrawn            |
 * | —                    | closed-to-accrual (…-and-intervention), not emitted  | en-cours     | termine                | closed-to-accrual    |
 * | —                    | in-review, not emitted                               | inconnu      | a-venir                | not-yet-approved     |
 * | —                    | disapproved, not emitted                             | inconnu      | termine                | disapproved          |
 * | any readable etat    | a status the etat does not map to                    | inconnu      | the more closed one    | contradictory-status |
 * | unknown/missing      | unknown/missing                                      | inconnu      | unknown: `ouvert` → `inconnu` | status-unknown |
 *
 * | declared (extension / narrative)                         | + ceiling  | recruitment | rule                        |
 * |----------------------------------------------------------|------------|-------------|-----------------------------|
 * | recruiting + « Recrutement en attente » (before a982ef7) | any        | a-venir or lower | pending-narrative      |
 * | extension and narrative disagree otherwise               | any        | the more closed  | narrative-recruitment  |
 * | recruiting                                               | a-venir    | a-venir     | approved-not-open           |
 * | recruiting / upcoming                                    | suspendu   | suspendu    | suspended                   |
 * | recruiting / upcoming / completed-recruiting             | termine    | termine     | completed, withdrawn…       |
 * | none                                                     | ouvert     | inconnu     | —                           |
 * | none                                                     | other      | the ceiling | the state's rule            |
 *
 * `reconcileStatus` reports the rule that moved the recruitment away from what the extension alone says (the
 * sponsor's declaration as ECLAIRE publishes it; no extension reads `inconnu`), so a benchmark can count how many
 * studies each rule changed; none when the extension alone gives the same answer.
 */
import type { Recruitment, Study, StudyStatus } from '@/lib/study/types';
import { foldText } from '@/lib/text/fold';
import { RECRUITMENT_CODES } from './code-systems';

/** RIPH states known to ECLAIRE's mapping (CONTRACT §4.5). */
export type RiphState =
  | 'A_DEMARRER' | 'PROROGEE' | 'EN_COURS' | 'SUSPENDUE' | 'TERMINEE' | 'TERMINEE_ANTICIPEE' | 'ARCHIVEE'
  | 'ABANDONNEE' | 'EXPIREE';

/** Why the recruitment differs from the extension's own reading (see the table above). */
export type RecruitmentRule =
  | 'pending-narrative'
  | 'narrative-recruitment'
  | 'approved-not-open'
  | 'not-yet-approved'
  | 'suspended'
  | 'completed'
  | 'withdrawn'
  | 'closed-to-accrual'
  | 'disapproved'
  | 'contradictory-status'
  | 'status-unknown';

export const RECRUITMENT_RULES: readonly RecruitmentRule[] = [
  'pending-narrative', 'narrative-recruitment', 'approved-not-open', 'not-yet-approved', 'suspended', 'completed',
  'withdrawn', 'closed-to-accrual', 'disapproved', 'contradictory-status', 'status-unknown',
];

type Known = Exclude<Recruitment, 'inconnu'>;

interface StateReading {
  status: StudyStatus;
  /** The most open recruitment this state allows; undefined when the state is unknown. */
  ceiling?: Known;
  /** The rule to report when this state lowers the recruitment. */
  rule?: RecruitmentRule;
}

const BY_ETAT: Readonly<Record<RiphState, StateReading & { fhir: readonly string[] }>> = {
  EN_COURS: { status: 'en-cours', ceiling: 'ouvert', fhir: ['active'] },
  A_DEMARRER: { status: 'a-demarrer', ceiling: 'a-venir', rule: 'approved-not-open', fhir: ['approved'] },
  PROROGEE: { status: 'prorogee', ceiling: 'a-venir', rule: 'approved-not-open', fhir: ['approved'] },
  SUSPENDUE: { status: 'suspendue', ceiling: 'suspendu', rule: 'suspended',
    fhir: ['temporarily-closed-to-accrual', 'temporarily-closed-to-accrual-and-intervention'] },
  TERMINEE: { status: 'terminee', ceiling: 'termine', rule: 'completed', fhir: ['completed'] },
  ARCHIVEE: { status: 'terminee', ceiling: 'termine', rule: 'completed', fhir: ['completed'] },
  TERMINEE_ANTICIPEE: { status: 'arretee', ceiling: 'termine', rule: 'completed', fhir: ['administratively-completed'] },
  // Before ECLAIRE's 2eefb94 (2025-09-10) ABANDONNÉE was mapped to completed; abandoned studies never change, so
  // documents built then are still served.
  ABANDONNEE: { status: 'abandonnee', ceiling: 'termine', rule: 'withdrawn', fhir: ['withdrawn', 'completed'] },
  // The API maps EXPIRÉE to withdrawn, the IG ConceptMap to approved (§7.5): both agree with the etat.
  EXPIREE: { status: 'expiree', ceiling: 'termine', rule: 'withdrawn', fhir: ['withdrawn', 'approved'] },
};

const BY_FHIR: Readonly<Record<string, StateReading>> = {
  active: { status: 'en-cours', ceiling: 'ouvert' },
  approved: { status: 'a-demarrer', ceiling: 'a-venir', rule: 'approved-not-open' },
  'temporarily-closed-to-accrual': { status: 'suspendue', ceiling: 'suspendu', rule: 'suspended' },
  'temporarily-closed-to-accrual-and-intervention': { status: 'suspendue', ceiling: 'suspendu', rule: 'suspended' },
  completed: { status: 'terminee', ceiling: 'termine', rule: 'completed' },
  'administratively-completed': { status: 'arretee', ceiling: 'termine', rule: 'completed' },
  // ABANDONNÉE or EXPIRÉE: without the etat, « abandonnée » (the study did not take place either way).
  withdrawn: { status: 'abandonnee', ceiling: 'termine', rule: 'withdrawn' },
  // Not emitted by ECLAIRE, but FHIR codes: read by what they say about accrual.
  'closed-to-accrual': { status: 'en-cours', ceiling: 'termine', rule: 'closed-to-accrual' },
  'closed-to-accrual-and-intervention': { status: 'en-cours', ceiling: 'termine', rule: 'closed-to-accrual' },
  'in-review': { status: 'inconnu', ceiling: 'a-venir', rule: 'not-yet-approved' },
  disapproved: { status: 'inconnu', ceiling: 'termine', rule: 'disapproved' },
};

const UNKNOWN_STATE: StateReading = { status: 'inconnu' };

const OPENNESS: Readonly<Record<Known, number>> = { termine: 0, suspendu: 1, 'a-venir': 2, ouvert: 3 };

/** The more closed of two recruitment readings. */
function moreClosed(a: Known, b: Known): Known {
  return OPENNESS[a] <= OPENNESS[b] ? a : b;
}

function has<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * Spellings of each state beyond its code: gender and number (« Terminé », « Suspendus »), the end before term
 * written in any of its ways (« Terminée (fin anticipée) », « Fin anticipée », « Terminée par anticipation »).
 * Anchored on the whole value: « EN_COURS, TERMINEE » matches none.
 */
const ETAT_SPELLINGS: readonly (readonly [RegExp, RiphState])[] = [
  [/^(?:(?:TERMINEE?S?|FIN|ARRETEE?S?|ARRET)_)?(?:FIN_|PAR_)?(?:ANTICIPEE?S?|ANTICIPATION)$/, 'TERMINEE_ANTICIPEE'],
  [/^(?:A_)?DEMARRER$/, 'A_DEMARRER'],
  [/^PROROGEE?S?$/, 'PROROGEE'],
  [/^SUSPENDUE?S?$/, 'SUSPENDUE'],
  [/^TERMINEE?S?$/, 'TERMINEE'],
  [/^ARCHIVEE?S?$/, 'ARCHIVEE'],
  [/^ABANDONN?EE?S?$/, 'ABANDONNEE'],
  [/^EXPIREE?S?$/, 'EXPIREE'],
];

/**
 * A raw RIPH `etat` folded to its code: accents, case, spaces, hyphens, brackets, gender and number do not matter
 * (`A_DEMARRER`, `À DÉMARRER`, `a demarrer`, `TERMINEE_ANTICIPEE`, `Terminée (fin anticipée)`, `Suspendu`).
 * Undefined for anything else (unknown states such as RAPATRIEE_CTIS included): the caller then reads the state as
 * unknown, never as « no etat sent ».
 */
export function foldRiphState(raw: string | undefined): RiphState | undefined {
  if (!raw || raw.length > 100) return undefined;
  const key = foldText(raw).toUpperCase().replace(/ /g, '_');
  if (has(BY_ETAT, key)) return key;
  return ETAT_SPELLINGS.find(([spelling]) => spelling.test(key))?.[1];
}

/** Word stems of a `statut_recrutement`, by meaning; each is matched at the start of a word. */
const RECRUITMENT_STEMS: readonly (readonly [readonly string[], Known])[] = [
  [['ferm', 'clos', 'clotur', 'achev', 'termin', 'fini'], 'termine'],
  [['suspend', 'interromp'], 'suspendu'],
  [['attente', 'a venir', 'non debut', 'pas debut', 'pas encore debut', 'pas commenc', 'pas encore commenc',
    'non commenc', 'non ouvert', 'pas ouvert', 'pas encore ouvert'], 'a-venir'],
];

/**
 * A raw `statut_recrutement` (« Recrutement ouvert », « Recrutement en attente », « Recrutement fermé »), read by
 * its meaning from word stems (« fermée », « clôturé », « achevé », « non débuté »); undefined when not recognised.
 * Several meanings in one value: the most closed.
 */
export function foldRiphRecruitment(raw: string | undefined): Known | undefined {
  if (!raw || raw.length > 200) return undefined;
  const words = ` ${foldText(raw)}`;
  const said: Known[] = [];
  for (const [stems, meaning] of RECRUITMENT_STEMS) {
    if (stems.some((stem) => words.includes(` ${stem}`))) said.push(meaning);
  }
  // « ouvert » counts only where no negation or other meaning was found (« non ouvert » is not open).
  if (said.length === 0 && / ouverte?s?(?: |$)/.test(words)) said.push('ouvert');
  return said.length === 0 ? undefined : said.reduce(moreClosed);
}

function recruitmentOfCode(code: string | undefined): Known | undefined {
  if (!code || !has(RECRUITMENT_CODES, code)) return undefined;
  return RECRUITMENT_CODES[code].recruitment;
}

/**
 * The recruitment code to read when a document gives several (two extensions, two codings): the most closed known
 * one; an unknown code beside « recruiting » wins over it (it may mean anything but open).
 */
export function cautiousRecruitmentCode(codes: readonly string[]): string | undefined {
  const known = codes.filter((code) => recruitmentOfCode(code) !== undefined);
  const unknown = codes.find((code) => recruitmentOfCode(code) === undefined);
  const mostClosed = known.reduce<string | undefined>(
    (best, code) => (best === undefined || OPENNESS[recruitmentOfCode(code)!] < OPENNESS[recruitmentOfCode(best)!] ? code : best),
    undefined,
  );
  return mostClosed === undefined || recruitmentOfCode(mostClosed) === 'ouvert' ? unknown ?? mostClosed : mostClosed;
}

/** What the status reconciliation reads (all of it is kept on `Study`). */
export interface StatusInputs {
  /** `ResearchStudy.status`, raw. */
  fhirStatus?: string;
  /** Code of the recruitment extension, raw. */
  recruitmentCode?: string;
  /** RIPH `etat` from the narrative, raw. */
  riphState?: string;
  /** `statut_recrutement` from the narrative, raw. */
  riphRecruitment?: string;
}

export interface StatusReading {
  status: StudyStatus;
  recruitment: Recruitment;
  /** The rule that moved the recruitment away from the extension's own reading; undefined when none did. */
  rule?: RecruitmentRule;
}

function readState(fhirStatus: string | undefined, riphState: string | undefined): StateReading {
  const etat = foldRiphState(riphState);
  const f = fhirStatus && has(BY_FHIR, fhirStatus) ? BY_FHIR[fhirStatus] : undefined;
  if (riphState !== undefined && !etat) {
    // An etat was sent but cannot be read (a state ECLAIRE added, a value given twice, garbage): `status` alone
    // may close the recruitment (and then names the study's state), never open it.
    if (f?.ceiling && f.ceiling !== 'ouvert') return f;
    return { status: 'inconnu', rule: 'status-unknown' };
  }
  const e = etat ? BY_ETAT[etat] : undefined;
  if (e && f) {
    if (fhirStatus && e.fhir.includes(fhirStatus)) return e;
    const ceiling = e.ceiling && f.ceiling ? moreClosed(e.ceiling, f.ceiling) : e.ceiling ?? f.ceiling;
    return ceiling ? { status: 'inconnu', ceiling, rule: 'contradictory-status' } : { status: 'inconnu', rule: 'contradictory-status' };
  }
  return e ?? f ?? UNKNOWN_STATE;
}

/** Reconciles the two statuses ECLAIRE sends (see the tables at the top of this file). Pure; never throws. */
export function reconcileStatus(inputs: StatusInputs): StatusReading {
  const ext = recruitmentOfCode(inputs.recruitmentCode);
  const narrative = foldRiphRecruitment(inputs.riphRecruitment);
  const state = readState(inputs.fhirStatus, inputs.riphState);

  // 1. What the sponsor declared. Only the extension can say « open »: every document whose narrative says
  //    « Recrutement ouvert » also has the extension (the extension came first, 2025-04-07), so a narrative alone
  //    saying so is a disagreement. A narrative value that cannot be read next to « open » makes it unknown.
  const unreadableNarrative = inputs.riphRecruitment !== undefined && narrative === undefined;
  const fromNarrative = narrative === 'ouvert' && !ext ? undefined : narrative;
  let declared = ext && fromNarrative ? moreClosed(ext, fromNarrative) : ext ?? fromNarrative;
  if (declared === 'ouvert' && unreadableNarrative) declared = undefined;
  const baseline: Recruitment = ext ?? 'inconnu';
  const afterDeclaration: Recruitment = declared ?? 'inconnu';
  let rule: RecruitmentRule | undefined;
  if (afterDeclaration !== baseline) {
    rule = ext === 'ouvert' && narrative === 'a-venir' ? 'pending-narrative' : 'narrative-recruitment';
  }

  // 2–3. Bounded by what the study's state allows.
  const ceiling = state.ceiling;
  let recruitment: Recruitment;
  if (!ceiling) recruitment = !declared || declared === 'ouvert' ? 'inconnu' : declared;
  else if (!declared) recruitment = ceiling === 'ouvert' ? 'inconnu' : ceiling;
  else recruitment = moreClosed(declared, ceiling);
  if (recruitment !== afterDeclaration) rule = state.rule ?? 'status-unknown';

  return rule ? { status: state.status, recruitment, rule } : { status: state.status, recruitment };
}

/**
 * Which reconciliation rule changed a study's recruitment (compared with the recruitment extension alone), or
 * undefined. Pure: recomputed from the raw inputs the Study keeps, for benchmarks and diagnostics.
 */
export function recruitmentRuleOf(
  study: Pick<Study, 'fhirStatus' | 'recruitmentCode' | 'riphState' | 'riphRecruitment'>,
): RecruitmentRule | undefined {
  return reconcileStatus(study).rule;
}
