/**
 * A study in everyday French: who can take part, what taking part involves (regime, category, phase),
 * recruitment. Pure functions over `Study`, no React. Every fixed sentence here is short and reads easily:
 * `plain-french.test.ts` checks each template with the Kandel–Moles score (≥ 60).
 */
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

/** Adults only, children only… in words. */
export function describeAgeRange(r: AgeRange): string {
  const { min, max } = r;
  if (max === undefined) {
    if (min >= 65) return `Personnes de ${min} ans et plus`;
    if (min >= 18) return `Adultes de ${min} ans et plus`;
    if (min <= 0) return 'Personnes de tout âge';
    return `Personnes de ${min} ans et plus`;
  }
  if (min <= 0 && max < 18) return max < 2 ? 'Bébés de moins de 2 ans' : `Enfants de moins de ${max + 1} ans`;
  if (min >= 18 && max >= 18) return min === max ? `Adultes de ${min} ans` : `Adultes de ${min} à ${max} ans`;
  if (max < 18) return `Enfants de ${min} à ${max} ans`;
  return `Personnes de ${min} à ${max} ans`;
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

export function describeAges(ranges: readonly AgeRange[]): string | undefined {
  if (ranges.length === 0) return undefined;
  const merged = mergeAgeRanges(ranges);
  const parts = merged.map(describeAgeRange);
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} et ${lowerFirst(parts[parts.length - 1])}`;
}

export function describeSexes(sexes: readonly Sex[]): string | undefined {
  const f = sexes.includes('femme');
  const h = sexes.includes('homme');
  if (f && h) return 'femmes et hommes';
  if (f) return 'femmes uniquement';
  if (h) return 'hommes uniquement';
  return undefined;
}

/** « Adultes de 18 à 64 ans, femmes et hommes » — or an honest "not stated". */
export function describeWho(study: Pick<Study, 'eligibility'>): string {
  const ages = describeAges(study.eligibility.ageRanges);
  const sexes = describeSexes(study.eligibility.sexes);
  if (ages && sexes) return `${ages}, ${sexes}`;
  if (ages) return ages;
  if (sexes) return upperFirst(sexes);
  return 'L’âge et le sexe ne sont pas précisés.';
}

export const HEALTHY_VOLUNTEERS_SENTENCE = 'Cette étude cherche aussi des volontaires en bonne santé.';

// ---------- what it involves ----------

export interface PlainExplanation {
  /** Short heading: « Étude sur un médicament ». */
  title: string;
  /** Short sentences, in reading order. */
  sentences: string[];
}

/** Templates per regime and category. Keys are stable: the tests score every one. */
export const CATEGORY_TEMPLATES = {
  'jarde-1': {
    title: 'Recherche avec intervention',
    sentences: [
      'Cette recherche teste quelque chose de nouveau sur des personnes.',
      'Ce peut être un traitement, un geste ou un examen.',
      'Elle peut avoir des risques.',
      'Elle a reçu l’avis d’un comité d’éthique et l’accord de l’ANSM.',
    ],
  },
  'jarde-2': {
    title: 'Recherche à risques minimes',
    sentences: [
      'Cette recherche ajoute des gestes simples à vos soins.',
      'Par exemple une prise de sang ou un questionnaire.',
      'Les risques et les contraintes sont très faibles.',
      'Un comité d’éthique a donné son avis.',
    ],
  },
  'jarde-3': {
    title: 'Recherche sans intervention',
    sentences: [
      'Cette recherche observe vos soins habituels.',
      'Elle ne change rien à votre traitement.',
      'Elle n’ajoute ni risque ni contrainte.',
      'Un comité d’éthique a donné son avis.',
    ],
  },
  'jarde-3-questionnaire': {
    title: 'Recherche par questionnaire',
    sentences: [
      'Cette recherche se fait avec des questions.',
      'Vous répondez à un questionnaire, sur papier ou en ligne.',
      'Elle ne change rien à vos soins.',
      'Un comité d’éthique a donné son avis.',
    ],
  },
  'jarde-autre': {
    title: 'Recherche sur la personne',
    sentences: [
      'Cette recherche a lieu en France.',
      'Elle suit la loi sur la recherche avec des personnes.',
      'Un comité d’éthique a donné son avis.',
    ],
  },
  medicament: {
    title: 'Essai d’un médicament',
    sentences: [
      'Cet essai teste un médicament.',
      'Il suit les règles des essais en Europe.',
      'Une autorité de santé a donné son accord.',
      'Un comité d’éthique a aussi donné son accord.',
    ],
  },
  'medicament-faible': {
    title: 'Essai d’un médicament à faible intervention',
    sentences: [
      'Le médicament de cet essai est déjà prescrit aux malades.',
      'Il est donné presque comme d’habitude.',
      'Les risques en plus sont faibles.',
      'Une autorité de santé a donné son accord.',
      'Un comité d’éthique a aussi donné son accord.',
    ],
  },
  dispositif: {
    title: 'Étude d’un dispositif médical',
    sentences: [
      'Cette étude porte sur un dispositif médical.',
      'C’est un objet ou un appareil de soin.',
      'Par exemple une prothèse, un capteur ou un logiciel.',
      'Elle suit les règles d’Europe pour ces objets.',
    ],
  },
  diagnostic: {
    title: 'Étude d’un test de diagnostic',
    sentences: [
      'Cette étude teste un test de laboratoire.',
      'Ce test sert à trouver ou à suivre une maladie.',
      'Il se fait souvent sur une prise de sang.',
      'Elle suit les règles d’Europe pour ces tests.',
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
  precoce: [
    'C’est une étude de phase précoce.',
    'Le produit est donné à l’humain pour la première fois, ou presque.',
    'On vérifie d’abord qu’il est bien supporté.',
  ],
  '1': [
    'C’est une étude de phase 1.',
    'Le produit est testé sur peu de personnes.',
    'On vérifie qu’il est bien supporté.',
    'On cherche aussi la bonne dose.',
  ],
  '2': [
    'C’est une étude de phase 2.',
    'On regarde si le traitement agit sur la maladie.',
    'On précise aussi la dose et les effets gênants.',
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

/** Integrated phases (« Phases 1 et 2 ») get one opening sentence, then the sentences of each phase but the first. */
export function describePhase(study: Pick<Study, 'phase' | 'phaseBuckets'>): string[] {
  const code = study.phase?.code;
  if (!code || code === 'n-a') return [];
  if (code === 'jarde-early' || code === 'early-phase-1') return [...PHASE_TEMPLATES.precoce];
  const buckets = study.phaseBuckets.filter((b): b is Exclude<PhaseBucket, 'na'> => b !== 'na');
  if (buckets.length === 0) return [];
  if (buckets.length === 1) return [...PHASE_TEMPLATES[buckets[0]]];
  const opening = `Cette étude réunit les phases ${buckets.slice(0, -1).join(', ')} et ${buckets[buckets.length - 1]}.`;
  return [opening, ...buckets.flatMap((b) => PHASE_TEMPLATES[b].slice(1))];
}

export function describeDuration(months: number | undefined): string | undefined {
  if (months === undefined || !Number.isFinite(months) || months <= 0) return undefined;
  if (months < 1) return 'Votre participation dure moins d’un mois.';
  if (months % 12 === 0 && months >= 24) return `Votre participation dure ${months / 12} ans.`;
  if (months === 12) return 'Votre participation dure un an.';
  return `Votre participation dure ${months} mois.`;
}

// ---------- recruitment ----------

export const RECRUITMENT_LABELS: Record<Recruitment, string> = {
  ouvert: 'Recrutement ouvert',
  'a-venir': 'Recrutement à venir',
  suspendu: 'Recrutement suspendu',
  termine: 'Recrutement terminé',
  inconnu: 'Recrutement : information non précisée',
};

export const RECRUITMENT_SENTENCES: Record<Recruitment, string> = {
  ouvert: 'L’étude cherche des participants en ce moment.',
  'a-venir': 'L’étude ne cherche pas encore de participants.',
  suspendu: 'L’étude a suspendu les inclusions : elle ne cherche pas de participants pour le moment.',
  termine: 'L’étude ne cherche plus de participants.',
  inconnu: 'Nous ne savons pas si l’étude cherche des participants.',
};

/** « Du 5 mars 2024 au 31 décembre 2026 », « Depuis le… », « Jusqu’au… ». */
export function describeRecruitmentPeriod(period: Study['recruitmentPeriod']): string | undefined {
  if (!period) return undefined;
  const start = formatDateFr(period.start);
  const end = formatDateFr(period.end);
  if (start && end) return `Période de recrutement : du ${start} au ${end}.`;
  if (start) return `Période de recrutement : à partir du ${start}.`;
  if (end) return `Période de recrutement : jusqu’au ${end}.`;
  if (period.endRaw) return `Fin de recrutement prévue : ${period.endRaw}.`;
  return undefined;
}

// ---------- what is studied ----------

export function describeWhat(study: Pick<Study, 'conditions' | 'therapeuticArea'>): string | undefined {
  const conditions = study.conditions.map((c) => c.text).filter(Boolean);
  if (conditions.length) return conditions.join(' ; ');
  return study.therapeuticArea || undefined;
}

// ---------- fixed messages of every study page ----------

export const DOCTOR_NOTICE = 'Parlez-en avec votre médecin : Phare ne remplace pas un avis médical.';
export const NO_BENEFIT_NOTICE = 'Participer à une étude ne garantit pas un bénéfice personnel.';
export const PRINT_UPDATE_NOTICE = 'Vérifiez les mises à jour sur Phare avant votre rendez-vous.';

/** Steps of « Comment participer ? », in plain words. */
export const PARTICIPATION_STEPS = [
  'Parlez de cette étude à votre médecin. Il connaît votre santé et peut vous conseiller.',
  'Contactez l’équipe de l’étude. Donnez le nom ou le numéro de l’étude.',
  'L’équipe vous explique l’étude. Vous recevez un document écrit. Prenez le temps de le lire.',
  'Vous pouvez poser toutes vos questions. Vous pouvez en parler à vos proches.',
  'Si vous êtes d’accord, vous signez un accord écrit. C’est le consentement.',
  'Vous pouvez arrêter à tout moment. Vous n’avez pas à dire pourquoi. Vos soins continuent comme avant.',
] as const;

/** What to say when calling or writing to the team. */
export const WHAT_TO_SAY = [
  'Le nom de l’étude et son numéro.',
  'Votre âge et votre maladie, en quelques mots.',
  'La ville où vous habitez.',
  'Le nom de votre médecin, si vous le souhaitez.',
] as const;

/** Questions to ask, for the sheet given to one's doctor. */
export const QUESTIONS_TO_ASK = [
  'Cette étude est-elle adaptée à ma situation ?',
  'Que devrai-je faire en plus de mes soins habituels ?',
  'Combien de temps dure ma participation ?',
  'Quels sont les risques et les contraintes ?',
  'Puis-je arrêter à tout moment ?',
] as const;

// ---------- helpers ----------

function lowerFirst(s: string): string {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}
function upperFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
