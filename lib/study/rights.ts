/**
 * Your rights in a study, per legal category, as French law says them. Pure functions over `Study`.
 *
 * Used by the study page:
 * - « Comment participer ? » → « Et ensuite ? » steps: `participationSteps(study)` (replaces the one
 *   list `PARTICIPATION_STEPS` that said « vous signez un accord écrit » for every study);
 * - a « Vos droits » section (or disclosure): `describeRights(study)` = consent, oversight, insurance and
 *   social security, minors and protected adults, each a `TextBlock` with its legal sources;
 * - the glossary and the « En bref » box can reuse `CONSENT_SUMMARY[legalCategory(study)]` (one sentence).
 *
 * Legal basis (Code de la santé publique, CSP; EU regulations), checked article by article:
 * - categories: CSP L1121-1 (1° interventional, not justified by usual care, more than minimal risk; 2° only
 *   minimal risks and constraints, list fixed by arrêté; 3° non-interventional, all acts and products as usual);
 * - consent: CSP L1122-1-1 (1°: free, informed, written; 2°: free, informed, express — oral or written;
 *   3°: information and no opposition); drugs: regulation (EU) 536/2014 art. 28–29 (written, dated, signed);
 *   devices: regulation (EU) 2017/745 art. 63; in-vitro diagnostics: regulation (EU) 2017/746 art. 59;
 * - information on the overall results: CSP L1122-1 (last paragraph); drug trials also publish a summary for
 *   laypersons in CTIS: regulation 536/2014 art. 37(4) and annex V;
 * - minors and protected adults: CSP L1122-2 (parents or tuteur consent; the person's adherence is sought; « il
 *   ne peut être passé outre à leur refus ou à la révocation de leur acceptation »; curatelle: the person
 *   consents, assisted by the curateur); no indemnity for them: CSP L1121-11 (2nd paragraph);
 * - oversight: CSP L1121-4 (1°: favourable opinion of a CPP and ANSM authorisation; 2° and 3°: CPP opinion only);
 *   CSP L1123-6/L1123-7 (the CPP gives an « avis », it does not authorise); drugs: regulation 536/2014 (one
 *   authorisation decision, after the ethics review by a CPP in France); devices: regulation 2017/745 art. 62,
 *   70 and 82; IVD: regulation 2017/746 art. 58 and 66 (authorisation by the ANSM in some cases only);
 * - insurance and liability: CSP L1121-10 (the sponsor is liable for the harm a study causes; 1° and 2° require
 *   insurance beforehand; 3° does not); drugs: regulation 536/2014 art. 76; devices: regulation 2017/745 art. 69;
 *   IVD: regulation 2017/746 art. 65; the CCI and the ONIAM: CSP L1142-3;
 * - social security affiliation: CSP L1121-11 (only for 1° and 2°; applied to drug trials in France).
 */
import type { TextBlock } from './text-block';
import type { Study } from './types';

/** The legal category that decides the rights: JARDÉ 1–3 (CSP), or one of the three EU regulations. */
export type LegalCategory =
  | 'jarde-1'
  | 'jarde-2'
  | 'jarde-3'
  | 'medicament'
  | 'dispositif'
  | 'diagnostic'
  /** A JARDÉ study whose category is not given. */
  | 'jarde-inconnue'
  /** Regulation unknown. */
  | 'inconnue';

export const LEGAL_CATEGORIES: readonly LegalCategory[] = [
  'jarde-1', 'jarde-2', 'jarde-3', 'medicament', 'dispositif', 'diagnostic', 'jarde-inconnue', 'inconnue',
];

export function legalCategory(study: Pick<Study, 'regulation' | 'jardeCategory'>): LegalCategory {
  switch (study.regulation) {
    case 'jarde':
      return study.jardeCategory ? (`jarde-${study.jardeCategory}` as const) : 'jarde-inconnue';
    case 'medicament':
    case 'dispositif':
    case 'diagnostic':
      return study.regulation;
    default:
      return 'inconnue';
  }
}

/** Which consent the law asks for. */
export type ConsentKind = 'ecrit' | 'expres' | 'non-opposition' | 'selon-etude';

/** Facts per category, each with its source; the texts below are written from these. */
export interface LegalFacts {
  consent: ConsentKind;
  /** The sponsor must hold an insurance before the start. `a-verifier`: depends on the study. */
  sponsorInsurance: boolean | 'a-verifier';
  /** Social security affiliation is required to take part. */
  socialSecurity: boolean | 'a-verifier';
  /** The ANSM must authorise the study. */
  ansmAuthorisation: boolean | 'selon-les-cas';
  /** A study product is given (so its later access is a question). */
  studyProduct: boolean;
}

export const LEGAL_FACTS: Record<LegalCategory, LegalFacts> = {
  // CSP L1122-1-1 al. 1; L1121-10 al. 3; L1121-11; L1121-4.
  'jarde-1': { consent: 'ecrit', sponsorInsurance: true, socialSecurity: true, ansmAuthorisation: true, studyProduct: true },
  // CSP L1122-1-1 al. 2 (« exprès »); L1121-10 al. 3; L1121-11; L1121-4 (CPP only).
  'jarde-2': { consent: 'expres', sponsorInsurance: true, socialSecurity: true, ansmAuthorisation: false, studyProduct: false },
  // CSP L1122-1-1 al. 3 (non-opposition); no insurance duty (L1121-10 al. 3 names 1° and 2° only); no affiliation
  // duty (L1121-11 names 1° and 2° only); CPP only (L1121-4).
  'jarde-3': { consent: 'non-opposition', sponsorInsurance: false, socialSecurity: false, ansmAuthorisation: false, studyProduct: false },
  // Regulation 536/2014 art. 29 (written), art. 76 (damage compensation); CSP L1121-10, L1121-11 applied to drug trials.
  medicament: { consent: 'ecrit', sponsorInsurance: true, socialSecurity: true, ansmAuthorisation: true, studyProduct: true },
  // Regulation 2017/745 art. 63 (written), art. 69 (damage compensation); affiliation: asked, to be checked per study.
  dispositif: { consent: 'ecrit', sponsorInsurance: true, socialSecurity: 'a-verifier', ansmAuthorisation: 'selon-les-cas', studyProduct: true },
  // Regulation 2017/746 art. 59 (written), art. 65 (damage compensation). Studies on leftover samples may differ.
  diagnostic: { consent: 'ecrit', sponsorInsurance: true, socialSecurity: 'a-verifier', ansmAuthorisation: 'selon-les-cas', studyProduct: false },
  'jarde-inconnue': { consent: 'selon-etude', sponsorInsurance: 'a-verifier', socialSecurity: 'a-verifier', ansmAuthorisation: 'selon-les-cas', studyProduct: false },
  inconnue: { consent: 'selon-etude', sponsorInsurance: 'a-verifier', socialSecurity: 'a-verifier', ansmAuthorisation: 'selon-les-cas', studyProduct: false },
};

const CSP = (article: string) => `Code de la santé publique, article ${article}`;
const REG = (n: string, article: string) => `Règlement (UE) ${n}, article ${article}`;

// ---------- consent ----------

/** One sentence on consent, per category (for « En bref » or a badge tooltip). */
export const CONSENT_SUMMARY: Record<LegalCategory, string> = {
  'jarde-1': 'Pour participer, vous donnez votre accord par écrit.',
  'jarde-2': 'Pour participer, vous donnez votre accord, à l’oral ou par écrit.',
  'jarde-3': 'Vous n’avez rien à signer, mais vous pouvez refuser à tout moment.',
  medicament: 'Pour participer, vous donnez votre accord par écrit.',
  dispositif: 'Pour participer, vous donnez votre accord par écrit.',
  diagnostic: 'En général, vous donnez votre accord par écrit.',
  'jarde-inconnue': 'L’équipe de l’étude vous dira comment donner votre accord.',
  inconnue: 'L’équipe de l’étude vous dira comment donner votre accord.',
};

const WRITTEN_CONSENT = [
  'Si vous êtes d’accord, vous signez un formulaire de consentement.',
  'C’est votre accord libre et éclairé, donné par écrit.',
  'Prenez le temps de réfléchir avant de signer. Vous pouvez en parler à vos proches.',
];

const CONSENT_PARAGRAPHS: Record<LegalCategory, string[]> = {
  'jarde-1': WRITTEN_CONSENT,
  'jarde-2': [
    'Votre accord est demandé de façon claire, à l’oral ou par écrit. C’est un consentement exprès.',
    'Prenez le temps de réfléchir avant de répondre.',
    'Pour certains examens, comme un test génétique, un accord écrit est toujours demandé.',
  ],
  'jarde-3': [
    'Vous n’avez rien à signer.',
    'L’équipe vous informe de la recherche. Vous pouvez refuser, à tout moment, sans dire pourquoi.',
    'Si vous ne refusez pas, vos données peuvent servir à la recherche. C’est la non-opposition.',
  ],
  medicament: WRITTEN_CONSENT,
  dispositif: WRITTEN_CONSENT,
  diagnostic: [
    ...WRITTEN_CONSENT,
    'Si l’étude utilise seulement des restes d’échantillons prélevés pour vos soins, les règles peuvent être autres. Demandez à l’équipe de l’étude.',
  ],
  'jarde-inconnue': [
    'Selon le type de recherche, vous signez un accord, vous le donnez à l’oral, ou vous pouvez seulement refuser.',
    'L’équipe de l’étude vous dira ce qui vaut pour cette recherche.',
  ],
  inconnue: [
    'Selon le type d’étude, vous signez un accord, vous le donnez à l’oral, ou vous pouvez seulement refuser.',
    'L’équipe de l’étude vous dira ce qui vaut pour cette étude.',
  ],
};

const CONSENT_SOURCES: Record<LegalCategory, string[]> = {
  'jarde-1': [CSP('L1122-1-1')],
  'jarde-2': [CSP('L1122-1-1'), 'Code civil, article 16-10'],
  'jarde-3': [CSP('L1122-1-1')],
  medicament: [REG('536/2014', '29')],
  dispositif: [REG('2017/745', '63')],
  diagnostic: [REG('2017/746', '59')],
  'jarde-inconnue': [CSP('L1122-1-1')],
  inconnue: [],
};

export function describeConsent(study: Pick<Study, 'regulation' | 'jardeCategory'>): TextBlock {
  const c = legalCategory(study);
  return { heading: 'Votre accord', paragraphs: [...CONSENT_PARAGRAPHS[c]], sources: [...CONSENT_SOURCES[c]] };
}

// ---------- oversight: CPP and ANSM ----------

const CPP_FULL = 'comité de protection des personnes (CPP)';

const CPP_OPINION = `Avant le début, un ${CPP_FULL} doit donner un avis favorable.`;
const NOT_AUTHORISATION = 'Ce n’est pas une autorisation, mais un avis. Il doit être favorable.';

const OVERSIGHT_PARAGRAPHS: Record<LegalCategory, string[]> = {
  'jarde-1': [CPP_OPINION, 'L’ANSM doit aussi l’autoriser. C’est l’agence qui veille aux produits de santé.'],
  'jarde-2': [CPP_OPINION, NOT_AUTHORISATION],
  'jarde-3': [CPP_OPINION, NOT_AUTHORISATION],
  medicament: [
    'Cet essai doit être autorisé en France avant de commencer.',
    `L’ANSM, l’agence des produits de santé, et un ${CPP_FULL} l’examinent. Le CPP doit donner un avis favorable.`,
  ],
  dispositif: [CPP_OPINION, 'Selon le cas, l’ANSM doit aussi l’autoriser. Le CPP, lui, donne un avis, pas une autorisation.'],
  diagnostic: [CPP_OPINION, 'Selon le cas, l’ANSM doit aussi l’autoriser. Le CPP, lui, donne un avis, pas une autorisation.'],
  'jarde-inconnue': [CPP_OPINION, NOT_AUTHORISATION],
  inconnue: ['Avant le début, une étude sur des personnes doit être vue par un comité.'],
};

const OVERSIGHT_SOURCES: Record<LegalCategory, string[]> = {
  'jarde-1': [CSP('L1121-4'), CSP('L1123-7')],
  'jarde-2': [CSP('L1121-4'), CSP('L1123-7')],
  'jarde-3': [CSP('L1121-4'), CSP('L1123-7')],
  medicament: [REG('536/2014', '4 à 8')],
  dispositif: [REG('2017/745', '62, 70 et 82')],
  diagnostic: [REG('2017/746', '58 et 66')],
  'jarde-inconnue': [CSP('L1121-4')],
  inconnue: [],
};

export function describeOversight(study: Pick<Study, 'regulation' | 'jardeCategory'>): TextBlock {
  const c = legalCategory(study);
  return { heading: 'Qui a examiné l’étude', paragraphs: [...OVERSIGHT_PARAGRAPHS[c]], sources: [...OVERSIGHT_SOURCES[c]] };
}

// ---------- insurance, liability, social security ----------

const INSURED = [
  'Le promoteur doit avoir une assurance pour cette étude. Elle couvre les dommages que l’étude pourrait vous causer.',
  'Vous n’avez rien à payer pour cela.',
];

const INSURANCE_PARAGRAPHS: Record<LegalCategory, string[]> = {
  'jarde-1': INSURED,
  'jarde-2': INSURED,
  'jarde-3': [
    'Cette recherche ne change rien à vos soins. La loi ne demande donc pas d’assurance en plus au promoteur.',
    'Si elle vous causait un dommage, le promoteur en répondrait quand même.',
  ],
  medicament: INSURED,
  dispositif: INSURED,
  diagnostic: INSURED,
  'jarde-inconnue': [
    'Pour les recherches de catégorie 1 et 2, le promoteur doit avoir une assurance. Demandez à l’équipe de l’étude ce qui vaut ici.',
  ],
  inconnue: ['Demandez à l’équipe de l’étude qui l’assure, et s’il faut avoir droit à la sécurité sociale.'],
};

const INSURANCE_SOURCES: Record<LegalCategory, string[]> = {
  'jarde-1': [CSP('L1121-10')],
  'jarde-2': [CSP('L1121-10')],
  'jarde-3': [CSP('L1121-10')],
  medicament: [REG('536/2014', '76'), CSP('L1121-10')],
  dispositif: [REG('2017/745', '69')],
  diagnostic: [REG('2017/746', '65')],
  'jarde-inconnue': [CSP('L1121-10')],
  inconnue: [],
};

const SOCIAL_SECURITY_PARAGRAPHS: Record<LegalCategory, string[]> = {
  'jarde-1': ['Pour participer, il faut avoir droit à la sécurité sociale.'],
  'jarde-2': ['Pour participer, il faut avoir droit à la sécurité sociale.'],
  'jarde-3': ['Il n’est pas demandé d’être affilié à la sécurité sociale pour cette recherche.'],
  medicament: ['Pour participer, il faut avoir droit à la sécurité sociale.'],
  dispositif: ['En général, il faut être affilié à la sécurité sociale. Demandez à l’équipe de l’étude.'],
  diagnostic: ['En général, il faut être affilié à la sécurité sociale. Demandez à l’équipe de l’étude.'],
  'jarde-inconnue': ['Pour les recherches de catégorie 1 et 2, il faut être affilié à la sécurité sociale. Demandez à l’équipe de l’étude.'],
  inconnue: [],
};

export function describeInsurance(study: Pick<Study, 'regulation' | 'jardeCategory'>): TextBlock {
  const c = legalCategory(study);
  return {
    heading: 'Assurance et sécurité sociale',
    paragraphs: [...INSURANCE_PARAGRAPHS[c], ...SOCIAL_SECURITY_PARAGRAPHS[c]],
    sources: [...INSURANCE_SOURCES[c], ...(c === 'inconnue' ? [] : [CSP('L1121-11')])],
  };
}

// ---------- minors and protected adults ----------

const MINORS_OPENING: Record<'accord' | 'opposition', string[]> = {
  accord: [
    'Pour un enfant de moins de 18 ans, ses parents, ou son tuteur, donnent leur accord.',
    'L’enfant reçoit une information adaptée à son âge. On cherche aussi son accord.',
    'Si l’enfant refuse, ou s’il veut arrêter, on ne peut pas passer outre.',
  ],
  opposition: [
    'Pour un enfant de moins de 18 ans, l’information est donnée à ses parents, ou à son tuteur. Ils peuvent refuser.',
    'L’enfant reçoit une information adaptée à son âge. S’il refuse, on ne peut pas passer outre.',
  ],
};

const PROTECTED_ADULTS: Record<'accord' | 'opposition', string[]> = {
  accord: [
    'Pour un adulte sous tutelle, le tuteur donne l’accord. On cherche aussi l’avis de la personne, et son refus compte.',
    'Pour un adulte sous curatelle, la personne donne elle-même son accord, avec l’aide de son curateur.',
  ],
  opposition: [
    'Pour un adulte sous tutelle, le tuteur est informé et peut refuser. L’avis de la personne compte aussi.',
    'Pour un adulte sous curatelle, la personne est informée elle-même, avec l’aide de son curateur.',
  ],
};

/** Minors and adults under a legal protection: who says yes, and whose refusal cannot be overridden. */
export function describeMinorsAndProtectedAdults(study: Pick<Study, 'regulation' | 'jardeCategory'>): TextBlock {
  const c = legalCategory(study);
  const mode = c === 'jarde-3' ? 'opposition' : 'accord';
  return {
    heading: 'Enfants et adultes protégés',
    paragraphs: [
      ...MINORS_OPENING[mode],
      ...PROTECTED_ADULTS[mode],
      'Les mineurs et les adultes protégés n’ont pas droit à une indemnité.',
    ],
    sources: [CSP('L1122-2'), CSP('L1121-11')],
  };
}

// ---------- all rights ----------

/** The « Vos droits » section: consent, oversight, insurance and social security, minors and protected adults. */
export function describeRights(study: Pick<Study, 'regulation' | 'jardeCategory'>): TextBlock[] {
  return [describeConsent(study), describeOversight(study), describeInsurance(study), describeMinorsAndProtectedAdults(study)];
}

// ---------- steps of « Comment participer ? » ----------

const AGREE_STEP: Record<LegalCategory, string> = {
  'jarde-1': 'Si vous êtes d’accord, vous signez un formulaire de consentement. C’est votre accord écrit.',
  'jarde-2': 'Si vous êtes d’accord, vous le dites clairement, à l’oral ou par écrit.',
  'jarde-3': 'Vous n’avez rien à signer. Si vous ne voulez pas participer, dites-le à l’équipe.',
  medicament: 'Si vous êtes d’accord, vous signez un formulaire de consentement. C’est votre accord écrit.',
  dispositif: 'Si vous êtes d’accord, vous signez un formulaire de consentement. C’est votre accord écrit.',
  diagnostic: 'Si vous êtes d’accord, vous signez en général un formulaire de consentement.',
  'jarde-inconnue': 'L’équipe vous dit comment donner votre accord, ou comment refuser.',
  inconnue: 'L’équipe vous dit comment donner votre accord, ou comment refuser.',
};

const STOP_STEP: Record<'accord' | 'opposition', string> = {
  accord: 'Vous pouvez arrêter à tout moment. Vous n’avez pas à dire pourquoi. Vos soins continuent comme avant.',
  opposition: 'Vous pouvez refuser à tout moment. Vous n’avez pas à dire pourquoi. Vos soins continuent comme avant.',
};

/** The steps of « Et ensuite ? », per category: the consent step says what the law asks for this study. */
export function participationSteps(study: Pick<Study, 'regulation' | 'jardeCategory'>): string[] {
  const c = legalCategory(study);
  return [
    'Parlez de cette étude à votre médecin. Il connaît votre santé et peut vous conseiller.',
    'Contactez l’équipe de l’étude. Donnez le nom ou le numéro de l’étude.',
    c === 'jarde-3'
      ? 'L’équipe vous explique la recherche. Vous recevez une information écrite ou orale.'
      : 'L’équipe vous explique l’étude. Vous recevez un document écrit. Prenez le temps de le lire.',
    'Vous pouvez poser toutes vos questions. Vous pouvez en parler à vos proches.',
    AGREE_STEP[c],
    STOP_STEP[c === 'jarde-3' ? 'opposition' : 'accord'],
  ];
}
