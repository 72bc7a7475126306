/**
 * A study in everyday French: who can take part, what taking part involves (regime, category, phase), the
 * study's own status and its recruitment. Pure functions over `Study`, no React. Every fixed sentence here is
 * short, reads easily (Kandel–Moles ≥ 70) and is already in French typography (`plain-french.test.ts`).
 *
 * Used by: « En bref » (`describeWhat`, `describeWho`, `describeHealthyVolunteers`, `describeCategory`,
 * `describePhase`, `describeDuration`, `RECRUITMENT_SENTENCES`, `describeRecruitmentPeriod`, the two notices),
 * « Qui peut participer ? » (`describeAges`, `describeSexes`, `AGE_BRACKET_NOTE`), the badges beside the
 * recruitment badge (`STUDY_STATUS_LABELS`, `STUDY_STATUS_SENTENCES`, `RECRUITMENT_LABELS`), the page
 * description and the JSON-LD (`describeWho`). Rights per category are in `rights.ts`, « Participer en
 * pratique » in `participation-practice.ts`, the doctor sheet in `doctor-letter.ts`.
 */
import { frenchTypography } from '@/lib/text/typography';
import { participationSteps } from './rights';
import type { AgeRange, PhaseBucket, Recruitment, Sex, Study } from './types';

// ---------- dates ----------

const DATE_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-03-05" or an ISO instant → "5 mars 2024"; undefined when unreadable. */
export function formatDateFr(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : DATE_FR.format(d);
}

const TODAY_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/** Today in Paris, in French: « 12 mars 2026 ». */
export function formatTodayFr(date: Date = new Date()): string {
  return TODAY_FR.format(date);
}

// ---------- who ----------

/**
 * One age bracket in words: « 18 à 64 ans », « 65 ans et plus », « moins de 18 ans ». ECLAIRE sends brackets
 * (0–17, 18–64, 65 and more), not the protocol's limits: the texts say « tranche d’âge » and send the reader
 * to the criteria for the exact limits (`AGE_BRACKET_NOTE`).
 */
export function describeAgeRange(r: AgeRange): string {
  const { min, max } = r;
  if (max === undefined) return min <= 0 ? 'tout âge' : `${min} ans et plus`;
  if (min <= 0) return max < 1 ? 'moins d’un an' : `moins de ${max + 1} ans`;
  return min === max ? `${min} ans` : `${min} à ${max} ans`;
}

/** The ranges merged when they touch: [18–64] + [65+] → 18 and more. */
export function mergeAgeRanges(ranges: readonly AgeRange[]): AgeRange[] {
  const sorted = [...ranges].sort((a, b) => a.min - b.min);
  const out: AgeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (last.max === undefined || r.min <= last.max + 1)) {
      if (last.max !== undefined && (r.max === undefined || r.max > last.max)) last.max = r.max;
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

/**
 * The age brackets in words, merged, lower case, without final full stop: « 18 ans et plus (tranche d’âge) »,
 * « moins de 18 ans et 65 ans et plus (tranches d’âge) »; undefined when none is given. Shown after « Âge : »
 * and in `describeWho`.
 */
export function describeAges(ranges: readonly AgeRange[]): string | undefined {
  if (ranges.length === 0) return undefined;
  const parts = mergeAgeRanges(ranges).map(describeAgeRange);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
  return `${list} (${parts.length === 1 ? 'tranche d’âge' : 'tranches d’âge'})`;
}

/** Under the ages, wherever they are shown. */
export const AGE_BRACKET_NOTE = 'C’est une tranche d’âge large. L’âge exact demandé est dans les conditions pour participer.';

export function describeSexes(sexes: readonly Sex[]): string | undefined {
  const f = sexes.includes('femme');
  const h = sexes.includes('homme');
  if (f && h) return 'femmes et hommes';
  if (f) return 'femmes uniquement';
  if (h) return 'hommes uniquement';
  return undefined;
}

/**
 * « 18 à 64 ans (tranche d’âge), femmes et hommes » — or an honest "not stated". Never ends with a full stop:
 * callers add their own (the doctor sheet writes « Qui peut participer : … . »).
 */
export function describeWho(study: Pick<Study, 'eligibility'>): string {
  const ages = describeAges(study.eligibility.ageRanges);
  const sexes = describeSexes(study.eligibility.sexes);
  if (ages && sexes) return upperFirst(`${ages}, ${sexes}`);
  if (ages) return upperFirst(ages);
  if (sexes) return upperFirst(sexes);
  return 'L’âge et le sexe ne sont pas précisés';
}

/**
 * Kept for the components that show it today: a neutral sentence, never an invitation. Prefer
 * `describeHealthyVolunteers(study)`, which knows whom the study takes and whether it recruits.
 */
export const HEALTHY_VOLUNTEERS_SENTENCE = 'Cette étude accepte des volontaires en bonne santé.';

/** Whom a study takes, from its groups: only healthy volunteers, patients and healthy volunteers, or unknown. */
export type VolunteerMix = 'sains-seulement' | 'malades-et-sains' | 'non-precise';

const HEALTHY_GROUP = /volontaires?\s+sain|sujets?\s+sain|healthy|bonne\s+sant/i;
const PATIENT_GROUP = /patient|malade|sick|atteint/i;

export function volunteerMix(eligibility: Pick<Study['eligibility'], 'groups' | 'healthyVolunteers'>): VolunteerMix {
  const groups = eligibility.groups.filter(Boolean);
  // A group that names patients takes patients, even when it names healthy volunteers too (« Patients et
  // volontaires sains »).
  const patients = groups.some((g) => PATIENT_GROUP.test(g));
  if (patients) return 'malades-et-sains';
  if (groups.length > 0 && groups.every((g) => HEALTHY_GROUP.test(g))) return 'sains-seulement';
  return 'non-precise';
}

export const HEALTHY_VOLUNTEERS_SENTENCES = {
  /** Recruitment `ouvert`: the study is looking for people now. */
  ouvert: {
    'sains-seulement': 'Cette étude cherche des volontaires en bonne santé.',
    'malades-et-sains': 'Cette étude cherche des malades, et aussi des volontaires en bonne santé.',
    'non-precise': 'Cette étude accepte des volontaires en bonne santé.',
  },
  /** Any other recruitment: a fact, never an invitation. */
  ferme: {
    'sains-seulement': 'Cette étude porte sur des volontaires en bonne santé.',
    'malades-et-sains': 'Cette étude porte sur des malades et sur des volontaires en bonne santé.',
    // Whether it takes patients too is not said: neither « aussi » nor « seulement ».
    'non-precise': 'Cette étude inclut des volontaires en bonne santé.',
  },
} as const satisfies Record<'ouvert' | 'ferme', Record<VolunteerMix, string>>;

/**
 * The healthy-volunteers sentence of « En bref » and « Qui peut participer ? »: undefined when the study takes
 * none; « aussi » only when it takes patients too; an invitation only while recruitment is `ouvert`.
 */
export function describeHealthyVolunteers(study: Pick<Study, 'eligibility' | 'recruitment'>): string | undefined {
  if (!study.eligibility.healthyVolunteers) return undefined;
  const mix = volunteerMix(study.eligibility);
  return HEALTHY_VOLUNTEERS_SENTENCES[study.recruitment === 'ouvert' ? 'ouvert' : 'ferme'][mix];
}

// ---------- what it involves ----------

export interface PlainExplanation {
  /** Short heading: « Étude sur un médicament ». */
  title: string;
  /** Short sentences, in reading order. */
  sentences: string[];
}

const CPP_OPINION = 'Avant le début, un comité de protection des personnes (CPP) doit donner un avis favorable.';

/**
 * Templates per regime and category. Keys are stable: the tests score every one. The definitions follow the
 * Code de la santé publique, L1121-1: category 1 = an intervention not justified by usual care, with more than
 * minimal risk (it may compare existing treatments); category 2 = only minimal risks and constraints (list fixed
 * by arrêté); category 3 = non-interventional, every act and product as usual. « Essai » only for drugs and
 * devices. The CPP gives an opinion (L1123-7); the ANSM authorises category 1 and drug trials (L1121-4).
 */
export const CATEGORY_TEMPLATES = {
  'jarde-1': {
    title: 'Recherche avec intervention',
    sentences: [
      'Cette recherche ajoute un acte qui ne fait pas partie de vos soins habituels.',
      'Ce peut être un traitement, un geste ou un examen.',
      'Elle peut aussi comparer des traitements qui existent déjà.',
      'Ses risques ne sont pas seulement minimes.',
      CPP_OPINION,
      'L’ANSM doit aussi l’autoriser.',
    ],
  },
  'jarde-2': {
    title: 'Recherche à risques minimes',
    sentences: [
      'Cette recherche ajoute à vos soins des actes simples.',
      'Par exemple, un peu de sang prélevé en plus, ou une échographie.',
      'Leurs risques et leurs contraintes sont minimes. La liste de ces actes est fixée par la loi.',
      CPP_OPINION,
    ],
  },
  'jarde-3': {
    title: 'Recherche sans intervention',
    sentences: [
      'Cette recherche observe vos soins habituels.',
      'Tous les actes et les produits sont ceux d’habitude.',
      'Elle n’ajoute ni risque ni contrainte.',
      CPP_OPINION,
    ],
  },
  'jarde-3-questionnaire': {
    title: 'Recherche par questionnaire',
    sentences: [
      'Cette recherche se fait avec des questions.',
      'Vous répondez à un questionnaire, sur papier ou en ligne.',
      'Elle ne change rien à vos soins.',
      CPP_OPINION,
    ],
  },
  'jarde-autre': {
    title: 'Recherche sur la personne',
    sentences: ['Cette recherche a lieu en France.', 'Elle suit la loi sur la recherche avec des personnes.', CPP_OPINION],
  },
  medicament: {
    title: 'Essai d’un médicament',
    sentences: [
      'Cet essai porte sur un médicament.',
      'Il suit les règles des essais en Europe.',
      'L’ANSM, l’agence des produits de santé, doit l’autoriser.',
      'Un comité de protection des personnes (CPP) doit aussi donner un avis favorable.',
    ],
  },
  'medicament-faible': {
    title: 'Essai d’un médicament à faible intervention',
    sentences: [
      'Le médicament de cet essai est déjà sur le marché.',
      'Il est donné presque comme d’habitude.',
      'Les risques en plus sont faibles.',
      'L’ANSM, l’agence des produits de santé, doit l’autoriser.',
      'Un comité de protection des personnes (CPP) doit aussi donner un avis favorable.',
    ],
  },
  dispositif: {
    title: 'Étude d’un dispositif médical',
    sentences: [
      'Cette étude porte sur un objet de soin : un dispositif médical.',
      'Par exemple une prothèse, un capteur ou un logiciel.',
      'Elle suit les règles d’Europe pour ces objets.',
      CPP_OPINION,
      'Selon les cas, l’ANSM doit aussi l’autoriser.',
    ],
  },
  diagnostic: {
    title: 'Étude d’un test de diagnostic',
    sentences: [
      'Cette étude porte sur un test de laboratoire.',
      'Ce test sert à trouver ou à suivre une maladie.',
      'Il se fait souvent sur une prise de sang.',
      'Elle suit les règles d’Europe pour ces tests.',
      CPP_OPINION,
      'Selon les cas, l’ANSM doit aussi l’autoriser.',
    ],
  },
  inconnu: {
    title: 'Étude clinique',
    sentences: ['Le type de cette étude n’est pas précisé.', 'Demandez des détails à l’équipe de l’étude.'],
  },
} as const satisfies Record<string, PlainExplanation>;

export type CategoryTemplateKey = keyof typeof CATEGORY_TEMPLATES;

export function categoryTemplateKey(study: Pick<Study, 'regulation' | 'jardeCategory' | 'precision'>): CategoryTemplateKey {
  switch (study.regulation) {
    case 'jarde':
      if (study.precision?.code === 'cat3-questionnaire-jarde') return 'jarde-3-questionnaire';
      if (study.jardeCategory === 1) return 'jarde-1';
      if (study.jardeCategory === 2) return 'jarde-2';
      if (study.jardeCategory === 3) return 'jarde-3';
      return 'jarde-autre';
    case 'medicament':
      return study.precision?.code === 'study-low-inter-ctis' ? 'medicament-faible' : 'medicament';
    case 'dispositif':
      return 'dispositif';
    case 'diagnostic':
      return 'diagnostic';
    default:
      return 'inconnu';
  }
}

export function describeCategory(study: Pick<Study, 'regulation' | 'jardeCategory' | 'precision'>): PlainExplanation {
  const t = CATEGORY_TEMPLATES[categoryTemplateKey(study)];
  return { title: t.title, sentences: [...t.sentences] };
}

export const PHASE_TEMPLATES = {
  /** ECLAIRE `jarde-early`: the first administrations to humans (a part of phase 1, not a step before it). */
  precoce: [
    'C’est une étude de phase précoce.',
    'Le produit est donné à l’être humain pour les premières fois.',
    'Peu de personnes le reçoivent.',
    'Le but premier est de voir s’il est bien supporté.',
  ],
  '1': [
    'C’est une étude de phase 1.',
    'Le produit est testé sur peu de personnes.',
    'On vérifie qu’il est bien supporté.',
    'On cherche aussi la bonne dose.',
  ],
  '1b': [
    'C’est une étude de phase 1b.',
    'La dose est souvent déjà choisie.',
    'Le produit est donné à un peu plus de malades, parfois avec un autre traitement.',
    'On vérifie qu’il est bien supporté, et on cherche un premier signe d’effet.',
  ],
  '1-2': [
    'Cette étude réunit les phases 1 et 2 dans un même plan.',
    'D’abord, on cherche la bonne dose sur peu de personnes.',
    'Puis on donne cette dose à plus de malades, pour voir si le produit agit.',
  ],
  '2': [
    'C’est une étude de phase 2.',
    'On regarde si le traitement agit sur la maladie.',
    'On précise aussi la dose et les effets gênants.',
  ],
  '2-3': [
    'Cette étude réunit les phases 2 et 3 dans un même plan.',
    'D’abord, on regarde si le traitement agit.',
    'Puis on le compare au traitement habituel, ou à un placebo, sur plus de personnes.',
  ],
  '3': [
    'C’est une étude de phase 3.',
    'On compare le traitement à un autre, ou à un placebo.',
    'Beaucoup de personnes y prennent part.',
  ],
  '4': [
    'C’est une étude de phase 4.',
    'Le traitement est déjà donné aux malades.',
    'On suit ses effets dans la vie de tous les jours.',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Added when ECLAIRE says the phase includes the first administration to humans. */
export const FIRST_IN_HUMAN_SENTENCE = 'Le produit est donné à l’être humain pour la première fois.';

const PHASE_1B_IN_TITLE = /\bphase\s*(?:1|I)\s*b\b/i;

/**
 * The phase in words. ECLAIRE's codes: `jarde-early` and `early-phase-1` (first administrations), `phase-I-*`,
 * integrated `phase-I-II-*`, `phase-II-III`… A phase 1b has no code of its own: it is read from the title.
 */
export function describePhase(study: Pick<Study, 'phase' | 'phaseBuckets'> & Partial<Pick<Study, 'title'>>): string[] {
  const code = study.phase?.code;
  if (!code || code === 'n-a') return [];
  if (code === 'jarde-early' || code === 'early-phase-1') return [...PHASE_TEMPLATES.precoce];
  const buckets = study.phaseBuckets.filter((b): b is Exclude<PhaseBucket, 'na'> => b !== 'na');
  if (buckets.length === 0) return [];
  const firstInHuman = /first-admin/.test(code) ? [FIRST_IN_HUMAN_SENTENCE] : [];
  const key = buckets.join('-');
  if (key === '1' && study.title && PHASE_1B_IN_TITLE.test(study.title)) return [...PHASE_TEMPLATES['1b']];
  if (key === '1-2' || key === '2-3') {
    const [opening, ...rest] = PHASE_TEMPLATES[key];
    return [opening, ...firstInHuman, ...rest];
  }
  if (buckets.length === 1) {
    const [opening, ...rest] = PHASE_TEMPLATES[buckets[0]];
    return [opening, ...firstInHuman, ...rest];
  }
  const opening = `Cette étude réunit les phases ${buckets.slice(0, -1).join(', ')} et ${buckets[buckets.length - 1]}.`;
  return [opening, ...buckets.flatMap((b) => PHASE_TEMPLATES[b].slice(1))];
}

export function describeDuration(months: number | undefined): string | undefined {
  if (months === undefined || !Number.isFinite(months) || months <= 0) return undefined;
  if (months < 1) return 'Pour vous, l’étude dure moins d’un mois.';
  if (months % 12 === 0 && months >= 24) return `Pour vous, l’étude dure ${months / 12} ans.`;
  if (months === 12) return 'Pour vous, l’étude dure un an.';
  return `Pour vous, l’étude dure ${months} mois.`;
}

// ---------- recruitment ----------

export const RECRUITMENT_LABELS: Record<Recruitment, string> = {
  ouvert: 'Recrutement ouvert',
  'a-venir': 'Recrutement à venir',
  suspendu: 'Recrutement suspendu',
  termine: 'Recrutement terminé',
  inconnu: 'Recrutement\u00A0: information non précisée',
};

export const RECRUITMENT_SENTENCES: Record<Recruitment, string> = {
  ouvert: 'L’étude cherche des participants en ce moment.',
  'a-venir': 'L’étude ne cherche pas encore de participants.',
  suspendu: 'L’étude a suspendu les inclusions\u00A0: elle ne cherche pas de participants pour le moment.',
  termine: 'L’étude ne cherche plus de participants.',
  inconnu: 'Nous ne savons pas si l’étude cherche des participants.',
};

export { STUDY_STATUS_LABELS, STUDY_STATUS_SENTENCES } from './status-labels';

/** « Du 5 mars 2024 au 31 décembre 2026 », « Depuis le… », « Jusqu’au… ». */
export function describeRecruitmentPeriod(period: Study['recruitmentPeriod']): string | undefined {
  if (!period) return undefined;
  const start = formatDateFr(period.start);
  const end = formatDateFr(period.end);
  if (start && end) return frenchTypography(`Période de recrutement : du ${start} au ${end}.`);
  if (start) return frenchTypography(`Période de recrutement : à partir du ${start}.`);
  if (end) return frenchTypography(`Période de recrutement : jusqu’au ${end}.`);
  if (period.endRaw) return frenchTypography(`Fin de recrutement prévue : ${period.endRaw.replace(/[.\s]+$/, '')}.`);
  return undefined;
}

// ---------- what is studied ----------

export function describeWhat(study: Pick<Study, 'conditions' | 'therapeuticArea'>): string | undefined {
  const conditions = study.conditions.map((c) => c.text).filter(Boolean);
  if (conditions.length) return conditions.join('\u202F; ');
  return study.therapeuticArea || undefined;
}

// ---------- fixed messages of every study page ----------

export const DOCTOR_NOTICE = 'Parlez-en avec votre médecin\u00A0: Phare ne remplace pas un avis médical.';
export const NO_BENEFIT_NOTICE = 'Participer à une étude ne garantit pas un bénéfice personnel.';
export const PRINT_UPDATE_NOTICE = 'Vérifiez les mises à jour sur Phare avant votre rendez-vous.';

/**
 * Steps of « Comment participer ? » when the category is unknown. Kept for the component that shows it today;
 * prefer `participationSteps(study)` (`rights.ts`), whose consent step says what the law asks for the study
 * (written consent, express consent, or information and the right to refuse).
 */
export const PARTICIPATION_STEPS: readonly string[] = participationSteps({ regulation: 'inconnu' });

/** What to say when calling or writing to the team. */
export const WHAT_TO_SAY = [
  'Le nom de l’étude et son numéro.',
  'Votre âge et votre maladie, en quelques mots.',
  'La ville où vous habitez.',
  'Le nom de votre médecin, si vous le souhaitez.',
] as const;

/** Questions to ask, for the sheet given to one's doctor. */
export const QUESTIONS_TO_ASK = [
  'Cette étude est-elle adaptée à ma situation\u202F?',
  'Que devrai-je faire en plus de mes soins habituels\u202F?',
  'Combien de temps dure ma participation\u202F?',
  'Quels sont les risques et les contraintes\u202F?',
  'Puis-je arrêter à tout moment\u202F?',
] as const;

// ---------- helpers ----------

function upperFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
