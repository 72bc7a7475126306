import type {
  CodeableConcept,
  ContactDetail,
  Extension,
  Group,
  GroupCharacteristic,
  Identifier,
  Location,
  Organization,
  ResearchStudy,
} from 'fhir/r4';
import { DEMO_CONDITIONS, THERAPEUTIC_AREAS, articleForms, capitalise, type DemoCondition } from './conditions';
import { ESTABLISHMENTS, SERVICES, type Establishment } from './establishments';
import { DEMO_TAG } from '@/lib/eclaire/provenance';
import { Rng, mix32 } from './prng';
import type { DemoRecord } from './types';

/**
 * Deterministic generator of fictional studies in ECLAIRE's current shape (CONTRACT §3), with the data quality
 * quirks of §5 at low rates. Record i depends only on (seed, i), so a larger dataset extends a smaller one.
 */

export const DEFAULT_DEMO_SEED = 20990101;

const IG = 'https://interop.esante.gouv.fr/ig/fhir/eclaire';
const SD = `${IG}/StructureDefinition`;
const CS = `${IG}/CodeSystem`;

export const DEMO_URLS = {
  profile: `${SD}/eclaire-researchstudy`,
  therapeuticArea: `${SD}/eclaire-therapeutic-area`,
  recruitmentPeriod: `${SD}/eclaire-recruitment-period`,
  descriptionSummary: 'https://hl7.org/fhir/R4/researchstudy-definitions.html#ResearchStudy.descriptionSummary',
  associatedParty: 'https://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
  associatedPartyLegacy: [
    'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
    `${IG}/StructureDefinition-eclaire-associated-party-r5.html`,
  ],
  recruitmentStatus: `${SD}/eclaire-recruitment-status`,
  contactName: `${SD}/eclaire-contact-name`,
  contactAddress: `${SD}/eclaire-contact-address`,
  contactType: `${SD}/eclaire-contact-type`,
  siteContactName: `${SD}/eclaire-site-contact-name`,
  csRegulation: `${CS}/eclaire-regulation-code-code-system`,
  csPrecision: `${CS}/eclaire-reglementation-precision-code-system`,
  csRecruitment: `${CS}/eclaire-status-recruitment-code-system`,
  csPhase: `${CS}/eclaire-study-phase-source-code-system`,
  csPhaseLegacy: 'http://terminology.hl7.org/CodeSystem/research-study-phase',
  csPopulation: `${CS}/eclaire-study-population-code-system`,
  csCharacteristic: `${CS}/eclaire-group-characteristic-kind-code-system`,
  csContactType: `${CS}/eclaire-type-contact-code-system`,
  csPartyRole: `${CS}/eclaire-study-party-role-code-system`,
  csGender: 'http://hl7.org/fhir/administrative-gender',
  csCountry: 'urn:iso:std:iso:3166',
  csMeddra: 'https://www.meddra.org',
  csObjective: 'https://terminology.hl7.org/CodeSystem/research-study-objective-type',
} as const;

const U = DEMO_URLS;

export const DEMO_ORGANIZATIONS: Organization[] = [
  ['ansm', 'Agence nationale de sécurité du médicament et des produits de santé', 'https://ansm.sante.fr'],
  ['ctis', 'Clinical Trials Information System', 'https://euclinicaltrials.eu/'],
  ['eudract', 'European Union Drug Regulating Authorities Clinical Trials Database', 'https://eudract.ema.europa.eu/'],
].map(([id, name, url]) => ({
  resourceType: 'Organization',
  id,
  meta: { tag: [DEMO_TAG] },
  text: {
    status: 'extensions',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2><ul><li> organisme: ${id} </li></ul></div>`,
  },
  name,
  telecom: [{ system: 'url', use: 'work', value: url }],
}));

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------------
// Reference data

type Reg = 'JARDE' | 'REG536' | 'REG745' | 'REG746';

const REGULATION_DISPLAY: Record<Reg, string> = {
  JARDE: 'JARDE (Jarde)',
  REG536: 'REG536 (CTIS)',
  REG745: 'REG745 (DM)',
  REG746: 'REG746 (DM-DIV)',
};

const PRECISIONS: Record<Reg, readonly (readonly [[string, string], number])[]> = {
  JARDE: [
    [['cat1-jarde', 'Catégorie 1 (JARDE)'], 22],
    [['cat2-jarde', 'Catégorie 2 (JARDE)'], 33],
    [['cat3-jarde', 'Catégorie 3 (JARDE)'], 30],
    [['cat3-questionnaire-jarde', 'Catégorie 3 questionnaire (JARDE)'], 10],
    [['derog-obligation-info-jarde', 'Dérogation à l’obligation d’information (JARDE)'], 5],
  ],
  REG536: [
    [['study-ctis', 'un essai clinique (CTIS)'], 85],
    [['study-low-inter-ctis', 'un essai clinique à faible intervention (CTIS)'], 15],
  ],
  REG745: [
    [['IC-Cas-1', 'IC-Cas 1 (DM)'], 30],
    [['IC-Cas-2', 'IC-Cas 2 (DM)'], 15],
    [['IC-Cas-3', 'IC-Cas 3 (DM)'], 10],
    [['IC-Cas-4-1', 'IC-Cas 4.1 (DM)'], 20],
    [['IC-Cas-4-2', 'IC-Cas 4.2 (DM)'], 10],
    [['IC-Cas-4-3', 'IC-Cas 4.3 (DM)'], 8],
    [['IC-Cas-4-4', 'IC-Cas 4.4 (DM)'], 7],
  ],
  REG746: [
    [['EP-Cas-1', 'EP-Cas 1 (DM)'], 50],
    [['EP-Cas-2', 'EP-Cas 2 (DM)'], 30],
    [['EP-Cas-3', 'EP-Cas 3 (DM)'], 20],
  ],
};

/** §4.6 codes with their (double-spaced) displays, weighted like CTIS trials. */
const PHASES: readonly (readonly [[string, string, string], number])[] = [
  [['phase-I-first-admin', 'Human Pharmacology (Phase I) - First administration to humans', 'phase-1'], 4],
  [['phase-I-bioequivalence', 'Human Pharmacology (Phase I) - Bioequivalence Study', 'phase-1'], 1],
  [['phase-I-other', 'Human Pharmacology (Phase I) -  Other', 'phase-1'], 4],
  [['phase-I-II-first-admin', 'Phase I and Phase II (Integrated) - First administration to humans', 'phase-1-phase-2'], 4],
  [['phase-I-II-first-bioequivalence', 'Phase I and Phase II (Integrated) - Bioequivalence Study', 'phase-1-phase-2'], 1],
  [['phase-I-II-other', 'Phase I and Phase II (Integrated) - Other', 'phase-1-phase-2'], 5],
  [['phase-II', 'Therapeutic exploratory (Phase II)', 'phase-2'], 26],
  [['phase-II-III', 'Phase II and Phase III (Integrated)', 'phase-2-phase-3'], 5],
  [['phase-III', 'Therapeutic confirmatory  (Phase III)', 'phase-3'], 38],
  [['phase-IV', 'Therapeutic use (Phase IV)', 'phase-4'], 9],
  [['phase-III-IV', 'Phase III and phase IV (Integrated)', 'phase-3'], 3],
];

const PHASE_ROMAN: Record<string, string> = {
  'phase-1': 'I',
  'phase-1-phase-2': 'I/II',
  'phase-2': 'II',
  'phase-2-phase-3': 'II/III',
  'phase-3': 'III',
  'phase-4': 'IV',
};

const LEGACY_PHASE_DISPLAY: Record<string, string> = {
  'n-a': 'N/A',
  'phase-1': 'Phase 1',
  'phase-1-phase-2': 'Phase 1/Phase 2',
  'phase-2': 'Phase 2',
  'phase-2-phase-3': 'Phase 2/Phase 3',
  'phase-3': 'Phase 3',
  'phase-4': 'Phase 4',
};

const RECRUITMENT: Record<string, [string, string]> = {
  recruiting: ['recruiting', 'Actif / active'],
  upcoming: ['upcoming', 'A venir / Upcoming'],
  completed: ['completed-recruiting', 'Terminé / completed'],
};

const POPULATIONS: readonly [string, string][] = [
  ['incap-pop', 'Incapacitated population (Population en situation de handicap)'],
  ['minors', 'Minors (Mineurs)'],
  ['nursing', 'Nursing women (Femmes allaitant)'],
  ['other', 'Other (Autres)'],
  ['pregnant', 'Pregnant women (Femmes enceintes)'],
  ['emergency-situation', 'Subjects in emergency situation (Sujets en situation d\'urgence)'],
  ['incap-consent', 'Subjects incapable of giving consent personally (Sujets incapables de donner leur consentement personnel)'],
  ['no-using-contraception', 'Women of child bearing potential not using contraception (Femmes en âge de procréer n\'utilisant pas de contraception)'],
  ['using-contraception', 'Women of child bearing potential using contraception (Femmes en âge de procréer utilisant une méthode de contraception)'],
];

const COUNTRIES: readonly [string, string][] = [
  ['DE', 'Germany'],
  ['BE', 'Belgium'],
  ['ES', 'Spain'],
  ['IT', 'Italy'],
  ['NL', 'Netherlands'],
  ['PL', 'Poland'],
  ['PT', 'Portugal'],
  ['AT', 'Austria'],
  ['DK', 'Denmark'],
  ['SE', 'Sweden'],
  ['CZ', 'Czechia'],
  ['GR', 'Greece'],
  ['IE', 'Ireland'],
  ['HU', 'Hungary'],
  ['FI', 'Finland'],
];

const GIVEN = [
  'Camille', 'Claire', 'Julien', 'Sophie', 'Thomas', 'Nathalie', 'Antoine', 'Émilie', 'Nicolas', 'Isabelle',
  'Mathieu', 'Aurélie', 'Pierre', 'Léa', 'Hugo', 'Manon', 'Louis', 'Inès', 'Karim', 'Yasmine', 'Marie-Hélène',
  'Jean-Baptiste', 'Anne', 'Olivier', 'Chloé', 'Sébastien', 'Mélanie', 'Paul', 'Fatou', 'Lucas',
];
/** Obviously invented family names: no real person can be mistaken for a demo contact. */
const FAMILY = [
  'Exemple', 'Fictif', 'Démo', 'Imaginaire', 'Modèle', 'Placebo', 'Testard', 'Factice', 'Prototype', 'Maquette',
  'Simulé', 'Essai-Blanc', 'Fantaisie', 'Inventé', 'Chimère', 'Lambda', 'Provisoire', 'Brouillon', 'Témoin',
  'Échantillon', 'Pseudonyme', 'Anonyme', 'Figurant', 'Doublure',
];
const EMAIL_DOMAINS = ['example.org', 'example.fr'];

/** Fictional sponsors: companies clearly invented, and academic sponsors named after real CHU. */
const INDUSTRY_SPONSORS: readonly [string, string, string, string, string][] = [
  ['Laboratoire fictif Alméria', '12 rue de l’Exemple', 'Lyon', '69007', 'France'],
  ['Laboratoires fictifs Solenne SAS', '3 avenue Imaginaire', 'Paris', '75012', 'France'],
  ['Fictivia Pharma GmbH', 'Beispielstrasse 12', 'München', '80331', 'Germany'],
  ['Pharmacia Imaginaria S.p.A.', 'Via dell’Esempio 7', 'Milano', '20121', 'Italy'],
  ['Placebo Therapeutics B.V.', 'Voorbeeldlaan 21', 'Leiden', '2333', 'Netherlands'],
  ['Laboratorios Ficticios S.L.', 'Calle Ejemplo 45', 'Madrid', '28001', 'Spain'],
  ['Biotech Démo SA', '8 chemin du Modèle', 'Genève', '1204', 'Switzerland'],
  ['Exemplar Biosciences Ltd', '1 Sample Street', 'Dublin', 'D02', 'Ireland'],
  ['Société fictive MedDev Ouest', '5 rue du Prototype', 'Nantes', '44000', 'France'],
  ['Diagnostics Imaginaires SAS', '14 allée des Essais', 'Montpellier', '34000', 'France'],
  ['Dispositifs Maquette SARL', '22 quai Fictif', 'Grenoble', '38000', 'France'],
  ['Nordisk Fiktiv A/S', 'Eksempelvej 3', 'København', '2100', 'Denmark'],
];
const ACADEMIC_SPONSORS: readonly [string, string, string, string][] = [
  ['Assistance Publique – Hôpitaux de Paris', '1 avenue Victoria', 'Paris', '75004'],
  ['Hospices Civils de Lyon', '3 quai des Célestins', 'Lyon', '69002'],
  ['Assistance Publique – Hôpitaux de Marseille', '80 rue Brochier', 'Marseille', '13005'],
  ['CHU de Bordeaux', '12 rue Dubernat', 'Talence', '33400'],
  ['CHU de Toulouse', '2 rue Viguerie', 'Toulouse', '31300'],
  ['CHU de Lille', '2 avenue Oscar-Lambret', 'Lille', '59000'],
  ['CHU de Nantes', '5 allée de l’Île-Gloriette', 'Nantes', '44000'],
  ['CHU de Montpellier', '191 avenue du Doyen-Gaston-Giraud', 'Montpellier', '34090'],
  ['CHU de Rennes', '2 rue Henri-Le-Guilloux', 'Rennes', '35000'],
  ['Hôpitaux universitaires de Strasbourg', '1 place de l’Hôpital', 'Strasbourg', '67000'],
  ['CHU Grenoble Alpes', 'Boulevard de la Chantourne', 'La Tronche', '38700'],
  ['CHU de Saint-Étienne', 'Avenue Albert-Raimond', 'Saint-Priest-en-Jarez', '42270'],
  ['CHU de La Réunion', 'Allée des Topazes', 'Saint-Denis', '97400'],
  ['CHU de Martinique', 'Route de Châteauboeuf', 'Fort-de-France', '97200'],
  ['CHU de la Guadeloupe', 'Route de Chauvel', 'Pointe-à-Pitre', '97110'],
  ['CHRU de Nancy', '29 avenue du Maréchal-de-Lattre-de-Tassigny', 'Nancy', '54000'],
  ['CHU de Caen Normandie', 'Avenue de la Côte-de-Nacre', 'Caen', '14000'],
  ['CHU Dijon Bourgogne', '14 rue Paul-Gaffarel', 'Dijon', '21000'],
  ['Institut Curie', '26 rue d’Ulm', 'Paris', '75005'],
  ['Gustave Roussy', '114 rue Édouard-Vaillant', 'Villejuif', '94800'],
  ['Centre Léon-Bérard', '28 rue Laennec', 'Lyon', '69008'],
  ['Unicancer', '101 rue de Tolbiac', 'Paris', '75013'],
  ['Université fictive de Recherche clinique', '1 place de l’Exemple', 'Tours', '37000'],
  ['Association fictive pour la recherche en santé', '7 rue du Modèle', 'Rennes', '35000'],
];

// ---------------------------------------------------------------------------------------------------------------
// Text templates

const FR_TITLE_DRUG = [
  'Étude de phase {phase}, randomisée, en double aveugle, évaluant l’efficacité et la tolérance du {drug} versus placebo chez des patients atteints {deCond}',
  'Essai multicentrique évaluant le {drug} en association au traitement standard dans {leCond}',
  'Étude ouverte de l’efficacité, de la sécurité et de la pharmacocinétique du {drug} chez des participants atteints {deCond}',
  'Essai randomisé comparant le {drug} au traitement de référence chez des adultes atteints {deCond}',
  'Étude d’extension en ouvert évaluant la sécurité à long terme du {drug} dans {leCond}',
];
const EN_TITLE_DRUG = [
  'A Phase {phase}, Randomised, Double-blind, Placebo-controlled Study of {drug} in Participants With {condEn}',
  'A Multicentre, Open-label Study to Evaluate the Safety and Efficacy of {drug} in Patients With {condEn}',
  'A Randomised Study Comparing {drug} With Standard of Care in Adults With {condEn}',
];
const FR_TITLE_JARDE = [
  'Évaluation de l’impact d’un programme d’éducation thérapeutique chez les patients atteints {deCond}',
  'Étude de cohorte prospective sur la qualité de vie des patients atteints {deCond}',
  'Intérêt d’un suivi par télésurveillance dans {leCond} : essai randomisé',
  'Facteurs prédictifs de réponse au traitement dans {leCond}',
  'Constitution d’une collection biologique pour l’étude {duCond}',
  'Étude observationnelle des parcours de soins des patients atteints {deCond}',
  'Évaluation d’une intervention en activité physique adaptée chez des patients atteints {deCond}',
  'Questionnaire sur le vécu et les attentes des patients atteints {deCond}',
  'Intérêt de l’échographie systématique dans la prise en charge {duCond}',
  'Étude des biomarqueurs sanguins associés à l’évolution {duCond}',
];
const FR_TITLE_DM = [
  'Investigation clinique évaluant la performance et la sécurité d’un dispositif implantable dans {leCond}',
  'Évaluation d’un dispositif connecté de suivi à domicile chez des patients atteints {deCond}',
  'Étude de la sécurité d’un nouveau stent chez des patients atteints {deCond}',
  'Évaluation d’un logiciel d’aide à la décision médicale dans {leCond}',
];
const FR_TITLE_DMDIV = [
  'Étude de performance d’un test de diagnostic in vitro pour la détection {duCond}',
  'Évaluation des performances cliniques d’un test sanguin de dépistage {duCond}',
  'Étude de performance d’un test moléculaire rapide dans {leCond}',
];

const DRUG_PREFIX = ['fic', 'demo', 'ima', 'exem', 'plac', 'proto', 'mod', 'sim', 'lam', 'chim'];
const DRUG_SUFFIX = ['imab', 'umab', 'tinib', 'ciclib', 'parib', 'gliflozine', 'lisib', 'zomib', 'dénib', 'sertib'];

const INCLUSION = [
  'Âge de 18 ans ou plus au moment de la signature du consentement',
  'Diagnostic confirmé {deCond}',
  'Consentement éclairé écrit signé',
  'Affiliation à un régime de sécurité sociale',
  'Indice de performance ECOG de 0 ou 1',
  'Fonction rénale et hépatique adéquate',
  'Au moins une lésion mesurable selon les critères RECIST 1.1',
  'Patient suivi dans l’un des centres participants',
  'Capacité à comprendre et à remplir les questionnaires en français',
];
const EXCLUSION = [
  'Femme enceinte ou allaitante',
  'Participation à une autre recherche interventionnelle en cours',
  'Antécédent de réaction allergique grave au produit étudié',
  'Personne sous tutelle, curatelle ou privée de liberté',
  'Infection active non contrôlée',
  'Insuffisance cardiaque sévère (NYHA III ou IV)',
  'Traitement antérieur par un médicament de la même classe',
  'Espérance de vie inférieure à 3 mois',
];
const EN_INCLUSION = [
  'Participants aged 18 years or older',
  'Confirmed diagnosis of {condEn}',
  'Signed written informed consent',
  'ECOG performance status 0 or 1',
];
const EN_EXCLUSION = [
  'Pregnant or breastfeeding women',
  'Active uncontrolled infection',
  'Prior treatment with an agent of the same class',
];
const PRIMARY_OUTCOMES = [
  'Survie sans progression à 12 mois',
  'Taux de réponse objective',
  'Variation du score de qualité de vie entre l’inclusion et 6 mois',
  'Survenue d’événements indésirables graves',
  'Taux de réhospitalisation à 30 jours',
  'Sensibilité et spécificité du test par rapport à la méthode de référence',
  'Taux de succès technique de l’implantation',
  'Variation de l’HbA1c à 24 semaines',
];
const SECONDARY_OUTCOMES = [
  'Survie globale',
  'Tolérance selon les critères CTCAE v5.0',
  'Observance du traitement',
  'Coût de la prise en charge',
  'Satisfaction des patients',
  'Durée d’hospitalisation',
  'Paramètres pharmacocinétiques',
];
const OBJECTIVES = [
  'Évaluer l’efficacité de {x} chez les patients atteints {deCond}.',
  'Comparer la tolérance de {x} à celle du traitement de référence dans {leCond}.',
  'Décrire l’évolution de la qualité de vie des patients atteints {deCond}.',
  'Estimer la performance diagnostique de {x} pour {leCond}.',
];
const EN_OBJECTIVES = [
  'To evaluate the efficacy of {x} compared with placebo in participants with {condEn}.',
  'To assess the safety and tolerability of {x} in participants with {condEn}.',
];
const SUMMARIES = [
  'La prise en charge {duCond} reste difficile. Cette étude vise à évaluer {x}. Les participants seront suivis pendant {m} mois, avec des visites régulières au centre.',
  'Cette recherche porte sur {leCond}. Elle compare deux stratégies de prise en charge.<br>Le suivi dure {m} mois.',
  'Peu de données existent sur {leCond} en France. Cette étude recueille des informations cliniques et biologiques afin de mieux comprendre la maladie. Durée de participation : {m} mois.',
];
const EN_SUMMARIES = [
  'This study will assess {x} in participants with {condEn}. Participants will be followed for {m} months. For more information see https://example.org/essai.',
  'The purpose of this study is to evaluate whether {x} improves outcomes in {condEn} compared with standard of care.',
];

function fill(t: string, v: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
}

// ---------------------------------------------------------------------------------------------------------------
// Identifiers. The number part is a bijection of the index (per year block), so ids are unique without a registry.

const YEAR_BLOCK = 100_000;

function scramble(index: number, mult: number, mod: number): number {
  return (((index % mod) * mult + 12345) % mod + mod) % mod;
}

function makeId(index: number, kind: 'ctis' | 'rcb' | 'eudract', r: Rng): string {
  const year = 2099 - Math.floor(index / YEAR_BLOCK);
  const suffix = pad(r.int(10, 99), 2);
  if (kind === 'ctis') return `${year}-5${pad(scramble(index, 7919, YEAR_BLOCK), 5)}-${suffix}-00`;
  if (kind === 'rcb') return `${year}-A${pad(scramble(index, 6007, YEAR_BLOCK), 5)}-${suffix}`;
  // EudraCT-style (6 digits, leading 0): unique among themselves, and a different shape from the other two.
  return `${year}-0${pad(scramble(index, 4099, YEAR_BLOCK), 5)}-${suffix}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates. A fixed reference "today" keeps generation independent of the clock.

const REF_DAY = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;

const ISO_DAYS = new Map<number, string>();

/** Memoised: dates are whole days over a few thousand values, and toISOString is costly at this volume. */
function isoDay(ms: number): string {
  let d = ISO_DAYS.get(ms);
  if (d === undefined) {
    d = new Date(ms).toISOString().slice(0, 10);
    ISO_DAYS.set(ms, d);
  }
  return d;
}
function isoInstant(ms: number): string {
  return `${isoDay(ms)}T00:00:00.000Z`;
}
function frDate(ms: number): string {
  const d = isoDay(ms);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

function coding(system: string, version: string, code: string, display: string) {
  return { code, display, system, version };
}

function narrative(items: [string, string | number | undefined][]): { status: 'extensions'; div: string } {
  const li = items.map(([k, v]) => `<li> ${k}: ${v === undefined ? 'undefined' : v} </li>`).join('');
  return {
    status: 'extensions',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2><ul>${li}</ul></div>`,
  };
}

const asciiLower = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '-');
const GIVEN_ASCII = GIVEN.map(asciiLower);
const FAMILY_ASCII = FAMILY.map(asciiLower);

function person(r: Rng): { given: string; family: string; email: string } {
  const g = r.int(0, GIVEN.length - 1);
  const f = r.int(0, FAMILY.length - 1);
  return { given: GIVEN[g], family: FAMILY[f], email: `${GIVEN_ASCII[g]}.${FAMILY_ASCII[f]}@${r.pick(EMAIL_DOMAINS)}` };
}

function fictionalPhone(r: Rng): string {
  const xx = `${pad(r.int(0, 99), 2)} ${pad(r.int(0, 99), 2)}`;
  return r.chance(0.7) ? `01 99 00 ${xx}` : `+33 1 99 00 ${xx}`.replace(/ /g, r.chance(0.5) ? ' ' : '');
}

const KIND_CODINGS = new Map<string, CodeableConcept>();

/** Shared per code: thousands of identical codings would otherwise dominate the generator's memory. */
function kindCoding(code: string): CodeableConcept {
  const cached = KIND_CODINGS.get(code);
  if (cached) return cached;
  const display: Record<string, string> = {
    'grp-gender': 'Gender (Genre)',
    'grp-studypop': 'Study Population (Population de l\'étude)',
    'grp-category': 'Research Study Group Category (Catégorie du groupe d\'étude)',
    'grp-age': 'Age (Age)',
    'grp-other': 'Other (Autre)',
  };
  const made = { coding: [coding(U.csCharacteristic, '0.3.0', code, display[code])] };
  KIND_CODINGS.set(code, made);
  return made;
}

function htmlEncode(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/–/g, '&ndash;').replace(/ä/g, '&auml;').replace(/é/g, '&eacute;');
}

/** Sites are spread over a few regions: a home region, sometimes one or two more, and some anywhere. */
const BY_REGION: Map<string, number[]> = (() => {
  const m = new Map<string, number[]>();
  ESTABLISHMENTS.forEach((e, i) => {
    const list = m.get(e.regionCode) ?? [];
    list.push(i);
    m.set(e.regionCode, list);
  });
  return m;
})();
const REGION_CODES = [...BY_REGION.keys()];

function pickEstablishments(r: Rng, n: number): Establishment[] {
  const regions = [r.pick(REGION_CODES)];
  const extra = n <= 2 ? 0 : n <= 8 ? r.int(0, 2) : r.int(2, 5);
  for (let k = 0; k < extra; k++) regions.push(r.pick(REGION_CODES));
  const chosen = new Set<number>();
  let guard = 0;
  while (chosen.size < n && guard++ < n * 20) {
    const pool = r.chance(0.8) ? BY_REGION.get(r.pick(regions))! : null;
    chosen.add(pool ? r.pick(pool) : r.int(0, ESTABLISHMENTS.length - 1));
  }
  return [...chosen].map((i) => ESTABLISHMENTS[i]);
}

function siteCount(r: Rng, reg: Reg): number {
  const u = r.next();
  if (reg === 'REG536') return u < 0.6 ? r.int(1, 4) : u < 0.9 ? r.int(5, 10) : r.int(11, 40);
  if (u < 0.5) return 1;
  return u < 0.93 ? r.int(2, 6) : r.int(7, 25);
}

// ---------------------------------------------------------------------------------------------------------------

/** Quirk rates (§5); low, but high enough that a few thousand records contain each. */
const Q = {
  titleSpaces: 0.03,
  refCpp: 0.03,
  entities: 0.02,
  allCaps: 0.03,
  emptyTitle: 0.006,
  legacyPhase: 0.04,
  legacyParty: 0.04,
  pendingRecruiting: 0.04,
  swappedAddress: 0.04,
  nullContactLine: 0.03,
  identifier2023: 0.006,
  siteUnavailable: 0.02,
  siteIndisponible: 0.005,
  siteNoPostcode: 0.03,
  siteUpperCity: 0.03,
  siteCedex: 0.04,
  siteEmptyService: 0.02,
  siteGap: 0.05,
};

// R5-style `description` (eligibility-criteria, judgement-criteria…) and optional `exclude`, as ECLAIRE sends them.
/** §4.5: RIPH `etat` → FHIR status (unknown states get none). */
const FHIR_STATUS_BY_ETAT: Record<string, ResearchStudy['status'] | undefined> = {
  A_DEMARRER: 'approved',
  EN_COURS: 'active',
  SUSPENDUE: 'temporarily-closed-to-accrual',
  PROROGEE: 'approved',
  EXPIREE: 'withdrawn',
  TERMINEE: 'completed',
  TERMINEE_ANTICIPEE: 'administratively-completed',
  ARCHIVEE: 'completed',
  ABANDONNEE: 'withdrawn',
};

const CONDITIONS_BY_AREA = new Map<string, DemoCondition[]>();
for (const c of DEMO_CONDITIONS) CONDITIONS_BY_AREA.set(c.area, [...(CONDITIONS_BY_AREA.get(c.area) ?? []), c]);

type LooseCharacteristic = Omit<GroupCharacteristic, 'exclude'> & { exclude?: boolean; description?: string };

function generateRecord(seed: number, index: number): DemoRecord {
  const r = new Rng(mix32(seed, index));
  const reg = r.weighted<Reg>([
    ['JARDE', 55],
    ['REG536', 30],
    ['REG745', 10],
    ['REG746', 5],
  ]);
  const isCtis = reg === 'REG536';
  const eudract = reg === 'JARDE' && r.chance(0.02);
  const id = makeId(index, isCtis ? 'ctis' : eudract ? 'eudract' : 'rcb', r);
  const precision = r.weighted(PRECISIONS[reg]);
  const cond: DemoCondition = r.pick(DEMO_CONDITIONS);
  const area = THERAPEUTIC_AREAS[cond.area];
  const forms = articleForms(cond.fr);
  const english = isCtis && r.chance(0.15);
  const drug = capitalise(r.pick(DRUG_PREFIX) + r.pick(DRUG_SUFFIX));
  const phase = isCtis ? r.weighted(PHASES) : undefined;
  const jardeEarly = reg === 'JARDE' && precision[0] === 'cat1-jarde' && r.chance(0.08);
  const vars = {
    cond: cond.fr,
    leCond: forms.le,
    duCond: forms.du,
    deCond: forms.de,
    condEn: cond.en,
    drug: isCtis ? drug : 'l’intervention étudiée',
    x: isCtis ? drug : reg === 'REG746' ? 'ce test' : reg === 'REG745' ? 'ce dispositif' : 'l’intervention',
    phase: phase ? PHASE_ROMAN[phase[2]] : '',
    m: '',
  };

  // --- dates and statuses
  const recruitment = r.weighted([
    ['recruiting', 35],
    ['upcoming', 10],
    ['completed', 37],
    ['none', 18],
  ] as const);
  const submitted = REF_DAY - r.int(60, 6 * 365) * DAY;
  let start: number;
  if (recruitment === 'upcoming') start = REF_DAY + r.int(15, 300) * DAY;
  else if (recruitment === 'recruiting') start = REF_DAY - r.int(10, 900) * DAY;
  else start = REF_DAY - r.int(200, 2500) * DAY;
  start = Math.max(start, submitted + 30 * DAY);
  if (recruitment === 'recruiting' || recruitment === 'upcoming') start = Math.min(start, REF_DAY + 300 * DAY);
  const end =
    recruitment === 'completed' ? Math.min(start + r.int(180, 1400) * DAY, REF_DAY - DAY) : start + r.int(180, 1800) * DAY;
  const etat =
    recruitment === 'recruiting'
      ? r.weighted([['EN_COURS', 92], ['PROROGEE', 8]] as const)
      : recruitment === 'upcoming'
        ? r.weighted([['A_DEMARRER', 90], ['EN_COURS', 10]] as const)
        : recruitment === 'completed'
          ? r.weighted([['EN_COURS', 35], ['TERMINEE', 40], ['TERMINEE_ANTICIPEE', 8], ['ARCHIVEE', 12], ['SUSPENDUE', 5]] as const)
          : r.weighted([
              ['EN_COURS', 30], ['TERMINEE', 25], ['A_DEMARRER', 10], ['ABANDONNEE', 8], ['EXPIREE', 7],
              ['ARCHIVEE', 12], ['SUSPENDUE', 4], ['INCONNU', 4],
            ] as const);
  const approval = Math.min(start - r.int(5, 60) * DAY, REF_DAY);
  const history: [number, string][] = [[approval, 'A_DEMARRER']];
  if (etat !== 'A_DEMARRER') history.push([Math.min(start, REF_DAY), etat]);
  const lastUpdated = Math.max(...history.map(([d]) => d));

  // --- title (with quirks)
  const titleTemplates = english
    ? EN_TITLE_DRUG
    : isCtis
      ? FR_TITLE_DRUG
      : reg === 'JARDE'
        ? FR_TITLE_JARDE
        : reg === 'REG745'
          ? FR_TITLE_DM
          : FR_TITLE_DMDIV;
  let title: string | undefined = capitalise(fill(r.pick(titleTemplates), vars));
  const rawTitle = title;
  if (r.chance(Q.allCaps)) title = title.toUpperCase();
  if (r.chance(Q.entities)) title = htmlEncode(title.replace(' : ', ' – ').replace(' et ', ' & '));
  if (reg === 'JARDE' && r.chance(Q.refCpp)) title = `Ref CPP: ${pad(r.int(10, 99), 2)}.${pad(r.int(1, 12), 2)}.${pad(r.int(1, 99), 2)}\n${title}`;
  if (r.chance(Q.titleSpaces)) title = r.chance(0.5) ? ` ${title}` : `${title} ${r.chance(0.3) ? '\n\n' : ''}`;
  if (r.chance(Q.emptyTitle)) title = r.chance(0.5) ? '' : undefined;

  // --- participants
  const months = r.pick([1, 3, 6, 6, 12, 12, 12, 18, 24, 24, 36, 48, 60]);
  vars.m = String(months);
  const healthy = r.chance(0.08);
  const sexes = cond.sex ? [cond.sex] : r.chance(0.04) ? [] : r.chance(0.03) ? [r.pick(['female', 'male'] as const)] : ['female', 'male'];
  const ages: [number, number | undefined][] = cond.paediatric
    ? r.chance(0.7)
      ? [[0, 17]]
      : [[0, 17], [18, 64]]
    : cond.elderly
      ? r.chance(0.5)
        ? [[65, undefined]]
        : [[18, 64], [65, undefined]]
      : r.weighted([
          [[[18, 64], [65, undefined]], 60],
          [[[18, 64]], 20],
          [[[0, 17], [18, 64], [65, undefined]], 10],
          [[[65, undefined]], 5],
          [[], 5],
        ] as [[number, number | undefined][], number][]);
  const planned = r.chance(0.03) ? undefined : isCtis ? r.int(2, 120) * 10 : r.weighted([[r.int(10, 80), 40], [r.int(80, 400), 45], [r.int(400, 5000), 15]] as const);

  // --- sites
  const nSites = siteCount(r, reg);
  const establishments = pickEstablishments(r, nSites);
  const locations: Location[] = [];
  const siteRefs: NonNullable<ResearchStudy['site']> = [];
  const text = narrative([
    ['reglementation_code', reg],
    ['etat', etat],
    ['titre', english || !isCtis ? rawTitle : capitalise(fill(r.pick(EN_TITLE_DRUG), vars))],
    ['statut_recrutement', recruitment === 'recruiting' ? 'Recrutement ouvert' : recruitment === 'upcoming' ? 'Recrutement en attente' : recruitment === 'completed' ? 'Recrutement fermé' : undefined],
    ['historique', history.map(([d, s]) => `${isoDay(d)}:${s}`).join(', ')],
  ]);
  // ECLAIRE copies the whole narrative into the Group and every Location; a two-line one keeps the dataset light.
  const smallText = narrative([
    ['reglementation_code', reg],
    ['etat', etat],
  ]);
  const meta = { lastUpdated: isoInstant(lastUpdated), tag: [DEMO_TAG] };
  let sourceIndex = 0;
  for (const e of establishments) {
    if (r.chance(Q.siteGap)) sourceIndex++;
    const locId = `${id}-${sourceIndex}-site`;
    sourceIndex++;
    const inv = person(r);
    let city = e.city;
    let postcode: string | undefined = e.postcode;
    if (e.cedex && r.chance(Q.siteCedex * 3)) {
      postcode = e.cedex.postcode;
      city = e.cedex.city;
    } else if (r.chance(Q.siteUpperCity)) {
      city = city.toUpperCase().replace(/-/g, ' ');
    }
    if (r.chance(Q.siteNoPostcode)) postcode = undefined;
    const service: string | null = r.chance(0.08) ? null : r.chance(Q.siteEmptyService) ? '' : r.pick(SERVICES);
    const name = r.chance(Q.siteUnavailable) ? 'Donnée non disponible' : r.chance(Q.siteIndisponible) ? 'INDISPONIBLE' : e.name;
    const address: NonNullable<Location['address']> = {
      city,
      country: 'FR',
      line: [(r.chance(0.01) ? null : e.street) as string, service as string],
      ...(postcode === undefined ? {} : { postalCode: postcode }),
      type: 'physical',
      use: 'work',
    };
    locations.push({
      resourceType: 'Location',
      id: locId,
      meta,
      text: smallText,
      identifier: [{ use: 'official', value: locId }],
      name,
      address,
      telecom: [
        { system: 'email', use: 'work', value: inv.email },
        { system: 'phone', use: 'work', value: fictionalPhone(r) },
        {
          system: 'other',
          use: 'work',
          extension: [
            {
              url: U.siteContactName,
              valueHumanName: { family: inv.family, given: [inv.given], prefix: [r.pick(['Dr.', 'Pr', 'Dr', 'M.', 'Mme'])], use: 'official' },
            },
          ],
        },
      ],
    });
    siteRefs.push({ reference: `Location/${locId}`, type: 'Location', display: 'Reference to site' });
  }

  // --- sponsor and contacts
  const industry = isCtis ? r.chance(0.75) : reg === 'JARDE' ? r.chance(0.08) : r.chance(0.7);
  const sp = industry ? r.pick(INDUSTRY_SPONSORS) : [...r.pick(ACADEMIC_SPONSORS), 'France'];
  const [spName, spStreet, spCity, spPostcode, spCountry] = sp as [string, string, string, string, string];
  const sci = person(r);
  const swapped = r.chance(Q.swappedAddress);
  const contactAddress = {
    city: swapped ? spCountry : spCity,
    country: swapped ? spCity : spCountry,
    line: [(r.chance(Q.nullContactLine) ? null : spStreet) as string],
    postalCode: spPostcode,
    type: 'physical' as const,
    use: 'work' as const,
  };
  const contactType = (code: 'SCI' | 'PUB'): Extension => ({
    url: U.contactType,
    valueCodeableConcept: {
      coding: [coding(U.csContactType, '0.3.0', code, code === 'SCI' ? 'Scientifique / Scientific' : 'Publique / Public')],
    },
  });
  const contacts: ContactDetail[] = [
    {
      name: spName,
      extension: [
        { url: U.contactName, valueHumanName: { family: sci.family, given: r.chance(0.02) ? [] : [sci.given], use: 'official' } },
        { url: U.contactAddress, valueAddress: contactAddress },
        contactType('SCI'),
      ],
      telecom: [
        ...(isCtis ? [{ system: 'phone' as const, use: 'work' as const, value: fictionalPhone(r) }] : []),
        { system: 'email', use: 'work', value: sci.email },
      ],
    },
  ];
  if (r.chance(0.5)) {
    const pub = person(r);
    contacts.push({
      extension: [{ url: U.contactName, valueHumanName: { family: pub.family, given: [pub.given], use: 'official' } }, contactType('PUB')],
      telecom: [
        { system: 'phone', use: 'work', value: fictionalPhone(r) },
        { system: 'email', use: 'work', value: pub.email },
      ],
    });
  }

  // --- identifiers
  const official: Identifier = {
    use: 'official',
    value: id,
    assigner: { reference: `Organization/${isCtis ? 'ctis' : 'ansm'}`, type: 'Organization', display: 'Reference to primary assigner' },
  };
  const identifier: Identifier[] = [];
  if (r.chance(Q.identifier2023)) {
    identifier.push({ use: 'official', value: 'INDISPONIBLE' }, { ...official, use: 'secondary' });
  } else {
    identifier.push(official);
  }
  if (r.chance(isCtis ? 0.25 : 0.05)) {
    identifier.push({
      use: 'secondary',
      system: 'https://clinicaltrials.gov',
      value: `NCT099${pad(index % 100000, 5)}`,
      assigner: { reference: 'Organization/ansm', type: 'Organization', display: 'Reference to secondary assigner' },
    });
  }

  // --- extensions, in ECLAIRE's order
  const extension: Extension[] = [
    { url: U.therapeuticArea, valueString: isCtis ? (english ? area.ctis : area.ctisFr) : area.fr },
    {
      url: U.recruitmentPeriod,
      valuePeriod: {
        start: isoInstant(start),
        // Raw source format, deliberately not normalised (§3.2).
        end: r.chance(0.7) ? isoDay(end) : frDate(end),
      },
    },
    {
      url: U.descriptionSummary,
      valueMarkdown: fill(r.pick(isCtis && r.chance(0.6) ? EN_SUMMARIES : SUMMARIES), vars),
    },
    {
      url: r.chance(Q.legacyParty) ? r.pick(U.associatedPartyLegacy) : U.associatedParty,
      extension: [
        { url: 'name', valueString: spName },
        { url: 'role', valueCodeableConcept: { coding: [coding(U.csPartyRole, '0.3.0', 'lead-sponsor', 'lead-sponsor')] } },
        {
          url: 'party',
          valueReference: { reference: `Organization/${id}-primary-sponsor`, type: 'Organization', display: 'Reference to primary sponsor' },
        },
      ],
    },
  ];
  if (recruitment !== 'none') {
    // Legacy documents mapped "Recrutement en attente" to recruiting (CS v0.3.0).
    const legacyPending = recruitment === 'upcoming' && r.chance(Q.pendingRecruiting * 4);
    const [code, display] = RECRUITMENT[legacyPending ? 'recruiting' : recruitment];
    extension.push({
      url: U.recruitmentStatus,
      valueCodeableConcept: { coding: [coding(U.csRecruitment, legacyPending ? '0.3.0' : '0.3.1', code, display)] },
    });
  }

  // --- study
  const study: ResearchStudy = {
    resourceType: 'ResearchStudy',
    id,
    meta: { lastUpdated: meta.lastUpdated, profile: [U.profile], tag: [DEMO_TAG] },
    text,
    identifier,
    ...(title === undefined ? {} : { title }),
    ...(FHIR_STATUS_BY_ETAT[etat] ? { status: FHIR_STATUS_BY_ETAT[etat] } : {}),
    category: [
      { coding: [coding(U.csRegulation, '0.3.0', reg, REGULATION_DISPLAY[reg])] },
      { coding: [coding(U.csPrecision, '0.3.0', precision[0], precision[1])] },
    ],
  } as ResearchStudy;
  if (phase && r.chance(Q.legacyPhase)) {
    const code = phase[2];
    study.phase = { coding: [coding(U.csPhaseLegacy, '1.0.0', code, LEGACY_PHASE_DISPLAY[code])], text: LEGACY_PHASE_DISPLAY[code] };
  } else if (phase) {
    study.phase = { coding: [coding(U.csPhase, '0.3.0', phase[0], phase[1])] };
  } else if (jardeEarly) {
    study.phase = { coding: [coding(U.csPhase, '0.3.0', 'jarde-early', 'Jardé phase précoce')] };
  } else if (!isCtis && r.chance(Q.legacyPhase / 2)) {
    study.phase = { coding: [coding(U.csPhaseLegacy, '1.0.0', 'n-a', 'N/A')], text: 'N/A' };
  }
  if (isCtis) {
    const extra = r.chance(0.3) ? r.pick(CONDITIONS_BY_AREA.get(cond.area)!) : undefined;
    study.condition = [
      { id: `disease-condition-${id}`, text: english ? cond.en : capitalise(cond.fr) },
      ...[cond, ...(extra && extra !== cond ? [extra] : [])].map((c) => ({
        id: `meddra-condition-${id}-${c.meddra.code}`,
        coding: [coding(U.csMeddra, '3.0.0', c.meddra.code, c.meddra.label)],
      })),
    ];
    const countries: [string, string][] = [['FR', 'France']];
    const nCountries = r.weighted([[0, 30], [r.int(1, 3), 45], [r.int(4, 10), 25]] as const);
    for (let k = 0; k < nCountries; k++) {
      const c = r.pick(COUNTRIES);
      if (!countries.some(([code]) => code === c[0])) countries.push(c);
    }
    study.location = countries.map(([code, display]) => ({ coding: [coding(U.csCountry, '4.0.1', code, display)] }));
  }
  study.enrollment = [{ reference: `Group/${id}-enrollment-group`, type: 'Group', display: 'Reference to group detailing study characteristics' }];
  if (siteRefs.length > 0) study.site = siteRefs;
  if (r.chance(0.9)) study.description = `La durée de participation est de: ${months} mois`;
  if (r.chance(0.95)) {
    study.primaryPurposeType = {
      coding: [coding(U.csObjective, '0.1.0', 'primary', 'Primary')],
      text: fill(r.pick(isCtis && r.chance(0.5) ? EN_OBJECTIVES : OBJECTIVES), vars),
    };
  }
  study.contact = contacts;
  study.extension = extension;

  // --- group
  const characteristic: LooseCharacteristic[] = [];
  if (sexes.length > 0) {
    characteristic.push({
      code: kindCoding('grp-gender'),
      valueCodeableConcept: {
        coding: sexes.map((s) => coding(U.csGender, '5.0.0', s, s === 'female' ? 'Female' : 'Male')),
      },
    });
  }
  for (const [low, high] of ages) {
    characteristic.push({
      code: kindCoding('grp-age'),
      valueRange: { low: { value: low, unit: 'years' }, ...(high === undefined ? {} : { high: { value: high, unit: 'years' } }) },
    });
  }
  characteristic.push({
    code: kindCoding('grp-category'),
    valueCodeableConcept: { coding: [{ display: healthy ? 'Volontaire sain' : 'Patient' }] },
  });
  if (isCtis) {
    const pops = new Set<number>();
    const nPop = r.weighted([[0, 30], [1, 40], [2, 20], [3, 10]] as const);
    for (let k = 0; k < nPop; k++) pops.add(r.int(0, POPULATIONS.length - 1));
    if (pops.size > 0) {
      characteristic.push({
        code: kindCoding('grp-studypop'),
        description: 'recruitment_population',
        valueCodeableConcept: { coding: [...pops].sort().map((p) => coding(U.csPopulation, '0.3.0', ...POPULATIONS[p])) },
      });
    }
  } else {
    const vulnerable = r.chance(0.2);
    characteristic.push({
      code: kindCoding('grp-studypop'),
      description: 'vulnerable_population',
      exclude: vulnerable,
      valueCodeableConcept: { coding: [coding(U.csPopulation, '0.3.0', 'other', 'Other (Autres)')] },
    });
  }
  const other = (text: string, description: string, exclude: boolean): LooseCharacteristic =>
    ({ code: kindCoding('grp-other'), exclude, valueCodeableConcept: { coding: [{ display: text }] }, description });
  const criteriaEnglish = isCtis && english;
  const incl = criteriaEnglish ? EN_INCLUSION : INCLUSION;
  const excl = criteriaEnglish ? EN_EXCLUSION : EXCLUSION;
  const nIncl = r.int(2, 4);
  const inclStart = r.int(0, incl.length - 1);
  for (let k = 0; k < nIncl; k++) characteristic.push(other(fill(incl[(inclStart + k) % incl.length], vars), 'eligibility-criteria', false));
  const nExcl = r.int(1, 3);
  const exclStart = r.int(0, excl.length - 1);
  for (let k = 0; k < nExcl; k++) characteristic.push(other(excl[(exclStart + k) % excl.length], 'eligibility-criteria', true));
  characteristic.push(other(r.pick(PRIMARY_OUTCOMES), 'judgement-criteria', false));
  const nSec = r.int(0, 2);
  const secStart = r.int(0, SECONDARY_OUTCOMES.length - 1);
  for (let k = 0; k < nSec; k++) characteristic.push(other(SECONDARY_OUTCOMES[(secStart + k) % SECONDARY_OUTCOMES.length], 'judgement-criteria', true));

  const group: Group = {
    resourceType: 'Group',
    id: `${id}-enrollment-group`,
    meta,
    text: smallText,
    actual: true,
    type: 'person',
    ...(planned === undefined ? {} : { quantity: planned }),
    // ECLAIRE omits `exclude` where FHIR requires it (§5.9).
    characteristic: characteristic as GroupCharacteristic[],
  };

  return { study, group, locations };
}

/** Fictional studies 0…count-1 for `seed`; record i is the same whatever `count` is. */
export function generateDemoRecords(opts: { count: number; seed?: number }): DemoRecord[] {
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const out: DemoRecord[] = new Array(Math.max(0, opts.count));
  for (let i = 0; i < out.length; i++) out[i] = generateRecord(seed, i);
  return out;
}

/** One record, for callers that stream rather than hold the whole dataset. */
export function generateDemoRecord(index: number, seed: number = DEFAULT_DEMO_SEED): DemoRecord {
  return generateRecord(seed, index);
}
