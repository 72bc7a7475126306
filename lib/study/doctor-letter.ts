/**
 * The sheet a person prints for their doctor, written TO the doctor (professional register, vouvoiement): a
 * blank field for the patient's name, the study (sponsor, identifiers, category, phase, status, recruitment,
 * age brackets), the criteria in full — whole criteria only, fitted into a budget, with how many remain
 * « suite sur la page de l’étude » — and the limits of what the sheet says.
 *
 * Used by `components/study/doctor-sheet.tsx` (the printed « Fiche pour mon médecin »): the component renders
 * `buildDoctorLetter(study, options)` as it is (headings, paragraphs, rows, lists) and adds the sites, the QR code
 * and the print date. `fitCriteria` is exported for any other place that must show whole criteria in a space.
 */
import { frenchTypography } from '@/lib/text/typography';
import { RECRUITMENT_LABELS, STUDY_STATUS_LABELS, describeAges, describeSexes } from './plain-french';
import { legalCategory, type LegalCategory } from './rights';
import type { Criterion, Study, StudyIdentifier } from './types';

// ---------- fitting whole criteria ----------

export interface CriteriaBudget {
  /** Most characters for the list (criteria texts added up). */
  maxChars?: number;
  /** Most printed lines for the list; each criterion takes ceil(length / charsPerLine) lines, at least one. */
  maxLines?: number;
  /** Characters per printed line (default 95, a half-page column in 9.5 pt is about 60). */
  charsPerLine?: number;
}

export interface FittedCriteria {
  /** The criteria shown, whole, in their order. */
  shown: Criterion[];
  /** How many criteria are not shown. */
  remaining: number;
  /** « 3 autres critères : suite sur la page de l’étude. », when some remain. */
  continuation?: string;
}

/** Lines a text takes at `charsPerLine` characters per line. */
export function printedLines(text: string, charsPerLine = 95): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, charsPerLine)));
}

/** The sentence that says how many criteria remain, or undefined when none remains. */
export function continuationSentence(remaining: number): string | undefined {
  if (remaining <= 0) return undefined;
  return remaining === 1
    ? '1 autre critère\u00A0: suite sur la page de l’étude.'
    : `${remaining} autres critères\u00A0: suite sur la page de l’étude.`;
}

/**
 * The criteria that fit the budget, whole and in order: never a criterion cut mid-sentence. Stops at the first
 * criterion that does not fit (the order of criteria carries meaning: no skipping ahead to a shorter one).
 */
export function fitCriteria(criteria: readonly Criterion[], budget: CriteriaBudget = {}): FittedCriteria {
  const { maxChars = Infinity, maxLines = Infinity, charsPerLine = 95 } = budget;
  const shown: Criterion[] = [];
  let chars = 0;
  let lines = 0;
  for (const c of criteria) {
    const text = c.text.trim();
    const nextChars = chars + text.length;
    const nextLines = lines + printedLines(text, charsPerLine);
    if (nextChars > maxChars || nextLines > maxLines) break;
    shown.push(c);
    chars = nextChars;
    lines = nextLines;
  }
  const remaining = criteria.length - shown.length;
  return { shown, remaining, continuation: continuationSentence(remaining) };
}

// ---------- the letter ----------

/** Category as a professional names it. */
export const CATEGORY_PRO_LABELS: Record<LegalCategory, string> = {
  'jarde-1': 'Recherche de catégorie 1 (loi Jardé), avec intervention',
  'jarde-2': 'Recherche de catégorie 2 (loi Jardé), à risques et contraintes minimes',
  'jarde-3': 'Recherche de catégorie 3 (loi Jardé), non interventionnelle',
  medicament: 'Essai clinique de médicament (règlement européen)',
  dispositif: 'Investigation clinique d’un dispositif médical (règlement européen)',
  diagnostic: 'Étude de performance d’un dispositif de diagnostic in vitro (règlement européen)',
  'jarde-inconnue': 'Recherche impliquant la personne humaine (loi Jardé), catégorie non précisée',
  inconnue: 'Type d’étude non précisé',
};

export const IDENTIFIER_LABELS: Record<StudyIdentifier['kind'], string> = {
  'eu-ct': 'Numéro EU CT',
  'id-rcb': 'Numéro ID-RCB',
  eudract: 'Numéro EudraCT',
  nct: 'Numéro NCT',
  isrctn: 'Numéro ISRCTN',
  utn: 'Numéro UTN',
  autre: 'Autre numéro',
};

/** Identifiers in the order a doctor looks them up: EU CT, ID-RCB, NCT, then the others. */
const IDENTIFIER_ORDER: StudyIdentifier['kind'][] = ['eu-ct', 'id-rcb', 'nct', 'eudract', 'isrctn', 'utn', 'autre'];

export interface LetterRow {
  label: string;
  value: string;
}

export interface LetterCriteria {
  heading: string;
  /** The criteria shown, whole, verbatim (with their language when not French). */
  items: Criterion[];
  remaining: number;
  continuation?: string;
  /** Said when the list is empty upstream. */
  empty?: string;
}

export interface DoctorLetter {
  title: string;
  salutation: string;
  /** The blank field for the patient's name. */
  patient: { label: string; blank: string };
  intro: string[];
  study: { heading: string; title: string; titleLang?: string; rows: LetterRow[] };
  inclusion: LetterCriteria;
  exclusion: LetterCriteria;
  closing: { heading: string; paragraphs: string[] };
}

export interface DoctorLetterOptions {
  /** Budget of each criteria list (default: 1 600 characters and 22 lines for inclusion, 1 300 and 18 for exclusion). */
  inclusionBudget?: CriteriaBudget;
  exclusionBudget?: CriteriaBudget;
  /** The study's page on Phare, written in the closing paragraph when given. */
  url?: string;
}

/** Fixed sentences of the letter (scored and checked like every text of Phare). */
export const DOCTOR_LETTER_TEXTS = {
  title: 'Étude clinique : information pour le médecin',
  salutation: 'Madame, Monsieur,',
  patientLabel: 'Patient ou patiente :',
  patientBlank: '________________________________________',
  intro: [
    'La personne qui vous remet cette fiche s’intéresse à l’étude ci-dessous.',
    'Elle souhaite votre avis sur son intérêt pour elle, et sur les critères de participation.',
    'Cette fiche reprend les données publiques de l’étude, telles que le promoteur les a déclarées.',
  ],
  studyHeading: 'L’étude',
  inclusionHeading: 'Critères d’inclusion',
  exclusionHeading: 'Critères de non-inclusion',
  emptyCriteria: 'Ces critères ne sont pas publiés. L’équipe de l’étude peut vous les donner.',
  /** When the study published criteria without saying which are conditions to take part (`unclassified`). */
  emptyCriteriaUnclassified:
    'L’étude a publié des critères sans dire s’ils sont des conditions pour participer\u00A0: voir la page de l’étude, ou demander à son équipe.',
  closingHeading: 'À savoir',
  closing: [
    'Seul l’investigateur de l’étude confirme qu’une personne peut y participer.',
    'L’état du recrutement est déclaré par le promoteur. Il peut ne pas être à jour, et tous les lieux ne recrutent pas en même temps.',
    'Vous pouvez joindre l’équipe de l’étude vous-même, avec l’accord de votre patient.',
    'Phare ne remplace pas votre avis médical.',
  ],
} as const;

const DEFAULT_INCLUSION: CriteriaBudget = { maxChars: 1600, maxLines: 22 };
const DEFAULT_EXCLUSION: CriteriaBudget = { maxChars: 1300, maxLines: 18 };

function identifierRows(ids: readonly StudyIdentifier[], studyId: string): LetterRow[] {
  const seen = new Set<string>();
  const sorted = [...ids].sort((a, b) => IDENTIFIER_ORDER.indexOf(a.kind) - IDENTIFIER_ORDER.indexOf(b.kind));
  const rows: LetterRow[] = [];
  for (const id of sorted) {
    if (!id.value || seen.has(id.value)) continue;
    seen.add(id.value);
    rows.push({ label: IDENTIFIER_LABELS[id.kind], value: id.value });
  }
  if (!seen.has(studyId)) rows.unshift({ label: 'Numéro de l’étude', value: studyId });
  return rows;
}

function criteriaBlock(
  heading: string, criteria: readonly Criterion[], budget: CriteriaBudget, empty: string,
): LetterCriteria {
  if (criteria.length === 0) return { heading, items: [], remaining: 0, empty };
  const fitted = fitCriteria(criteria, budget);
  return { heading, items: fitted.shown, remaining: fitted.remaining, continuation: fitted.continuation };
}

/** The whole letter for one study. Pure: the date, the sites and the QR code are the component's. */
export function buildDoctorLetter(study: Study, options: DoctorLetterOptions = {}): DoctorLetter {
  const t = DOCTOR_LETTER_TEXTS;
  const rows: LetterRow[] = [];
  if (study.acronym) rows.push({ label: 'Acronyme', value: study.acronym });
  if (study.sponsor) rows.push({ label: 'Promoteur', value: study.sponsor });
  rows.push(...identifierRows(study.identifiers, study.id));
  rows.push({ label: 'Catégorie', value: CATEGORY_PRO_LABELS[legalCategory(study)] });
  if (study.phase && study.phase.code !== 'n-a') rows.push({ label: 'Phase', value: study.phase.label });
  rows.push({ label: 'Statut de l’étude', value: STUDY_STATUS_LABELS[study.status] });
  rows.push({ label: 'Recrutement', value: RECRUITMENT_LABELS[study.recruitment] });
  const ages = describeAges(study.eligibility.ageRanges);
  if (ages) rows.push({ label: 'Âge', value: `${ages}, voir les critères pour les limites exactes` });
  const sexes = describeSexes(study.eligibility.sexes);
  if (sexes) rows.push({ label: 'Sexe', value: sexes });
  if (study.eligibility.healthyVolunteers) rows.push({ label: 'Volontaires sains', value: 'acceptés' });

  // What an empty list says: « not published », or « published without saying which » (`unclassified`).
  const empty = study.eligibility.unclassified.length > 0 ? DOCTOR_LETTER_TEXTS.emptyCriteriaUnclassified : DOCTOR_LETTER_TEXTS.emptyCriteria;
  const closing: string[] = [...t.closing];
  if (options.url) closing.push(frenchTypography(`Version à jour de l’étude : ${options.url}`));

  return {
    title: t.title,
    salutation: t.salutation,
    patient: { label: t.patientLabel, blank: t.patientBlank },
    intro: [...t.intro],
    study: {
      heading: t.studyHeading,
      title: study.title,
      ...(study.titleLang ? { titleLang: study.titleLang } : {}),
      rows: rows.map((r) => ({ label: r.label, value: frenchTypography(r.value) })),
    },
    inclusion: criteriaBlock(t.inclusionHeading, study.eligibility.inclusion, options.inclusionBudget ?? DEFAULT_INCLUSION, empty),
    exclusion: criteriaBlock(t.exclusionHeading, study.eligibility.exclusion, options.exclusionBudget ?? DEFAULT_EXCLUSION, empty),
    closing: { heading: t.closingHeading, paragraphs: closing },
  };
}
