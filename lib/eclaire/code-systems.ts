/**
 * ECLAIRE code systems (CONTRACT §4) with plain French labels for patients. `display` is upstream's text,
 * `label` is Phare's. Lookups never throw: an unknown code gives a Coded with the raw code and the upstream
 * display (or the code itself).
 */
import type { Coded, PhaseBucket, Recruitment, Regulation, Sex } from '@/lib/study/types';
import { ISO_3166_ALPHA2, countryNameEn, countryNameFr, findCountryCode, isCountryName } from '@/lib/study/countries';

export interface CodeEntry {
  readonly display: string;
  readonly label: string;
  readonly definition?: string;
}

export const CS_PREFIX = 'https://interop.esante.gouv.fr/ig/fhir/eclaire/CodeSystem/';

export const SYSTEMS = {
  regulation: `${CS_PREFIX}eclaire-regulation-code-code-system`,
  precision: `${CS_PREFIX}eclaire-reglementation-precision-code-system`,
  recruitment: `${CS_PREFIX}eclaire-status-recruitment-code-system`,
  studyStatus: `${CS_PREFIX}eclaire-study-status-code-system`,
  phaseSource: `${CS_PREFIX}eclaire-study-phase-source-code-system`,
  phaseIg: `${CS_PREFIX}eclaire-study-phase-code-system`,
  phaseHl7: 'http://terminology.hl7.org/CodeSystem/research-study-phase',
  population: `${CS_PREFIX}eclaire-study-population-code-system`,
  characteristicKind: `${CS_PREFIX}eclaire-group-characteristic-kind-code-system`,
  contactType: `${CS_PREFIX}eclaire-type-contact-code-system`,
  partyRole: `${CS_PREFIX}eclaire-study-party-role-code-system`,
  partyOrganisationType: `${CS_PREFIX}eclaire-study-party-organization-type-code-system`,
  titleType: `${CS_PREFIX}eclaire-study-title-type-code-system`,
  gender: 'http://hl7.org/fhir/administrative-gender',
  country: 'urn:iso:std:iso:3166',
  meddra: 'https://www.meddra.org',
  meddraLegacy: 'http://terminology.hl7.org/CodeSystem/mdr',
} as const;

// §4.1
export const REGULATION_CODES = {
  REG536: { display: 'REG536 (CTIS)', label: 'Essai clinique de médicament', regulation: 'medicament',
    definition: 'Essai clinique de médicament, règlement (UE) 536/2014, déclaré dans CTIS' },
  REG745: { display: 'REG745 (DM)', label: 'Investigation clinique de dispositif médical', regulation: 'dispositif',
    definition: 'Investigation clinique d’un dispositif médical, règlement (UE) 2017/745' },
  REG746: { display: 'REG746 (DM-DIV)', label: 'Étude de performance de diagnostic in vitro', regulation: 'diagnostic',
    definition: 'Étude de performance d’un dispositif médical de diagnostic in vitro, règlement (UE) 2017/746' },
  JARDE: { display: 'JARDE (Jarde)', label: 'Recherche impliquant la personne humaine (loi Jardé)', regulation: 'jarde',
    definition: 'Recherche impliquant la personne humaine, loi Jardé (article L.1121-1 du code de la santé publique)' },
} as const satisfies Record<string, CodeEntry & { regulation: Regulation }>;
export type RegulationCode = keyof typeof REGULATION_CODES;

// §4.2. `source` is the raw value the ETL matches (and the display-only form of 2023 documents).
export const PRECISION_CODES = {
  'IC-Cas-1': { display: 'IC-Cas 1 (DM)', source: 'IC-Cas 1', regulation: 'dispositif', label: 'Dispositif médical : investigation cas 1' },
  'IC-Cas-2': { display: 'IC-Cas 2 (DM)', source: 'IC-Cas 2', regulation: 'dispositif', label: 'Dispositif médical : investigation cas 2' },
  'IC-Cas-3': { display: 'IC-Cas 3 (DM)', source: 'IC-Cas 3', regulation: 'dispositif', label: 'Dispositif médical : investigation cas 3' },
  'IC-Cas-4-1': { display: 'IC-Cas 4.1 (DM)', source: 'IC-Cas 4.1', regulation: 'dispositif', label: 'Dispositif médical : investigation cas 4.1' },
  'IC-Cas-4-2': { display: 'IC-Cas 4.2 (DM)', source: 'IC-Cas 4.2', regulation: 'dispositif', label: 'Dispositif médical : investigation cas 4.2' },
  'IC-Cas-4-3': { display: 'IC-Cas 4.3 (DM)', source: 'IC-Cas 4.3', regulation: 'dispositif', label: 'Dispositif médical : investigation cas 4.3' },
  'IC-Cas-4-4': { display: 'IC-Cas 4.4 (DM)', source: 'IC-Cas 4.4', regulation: 'dispositif', label: 'Dispositif médical : investigation cas 4.4' },
  'EP-Cas-1': { display: 'EP-Cas 1 (DM)', source: 'EP-Cas 1', regulation: 'diagnostic', label: 'Diagnostic in vitro : étude de performance cas 1' },
  'EP-Cas-2': { display: 'EP-Cas 2 (DM)', source: 'EP-Cas 2', regulation: 'diagnostic', label: 'Diagnostic in vitro : étude de performance cas 2' },
  'EP-Cas-3': { display: 'EP-Cas 3 (DM)', source: 'EP-Cas 3', regulation: 'diagnostic', label: 'Diagnostic in vitro : étude de performance cas 3' },
  'cat1-jarde': { display: 'Catégorie 1 (JARDE)', source: 'Catégorie 1', regulation: 'jarde', jardeCategory: 1,
    label: 'Catégorie 1 : recherche interventionnelle',
    definition: 'Recherche avec une intervention qui comporte plus qu’un risque minime' },
  'cat2-jarde': { display: 'Catégorie 2 (JARDE)', source: 'Catégorie 2', regulation: 'jarde', jardeCategory: 2,
    label: 'Catégorie 2 : recherche à risques minimes',
    definition: 'Recherche avec une intervention à risques et contraintes minimes' },
  'cat3-jarde': { display: 'Catégorie 3 (JARDE)', source: 'Catégorie 3', regulation: 'jarde', jardeCategory: 3,
    label: 'Catégorie 3 : recherche non interventionnelle',
    definition: 'Recherche sans intervention : la prise en charge habituelle ne change pas' },
  'cat3-questionnaire-jarde': { display: 'Catégorie 3 questionnaire (JARDE)', source: 'Catégorie 3 questionnaire',
    regulation: 'jarde', jardeCategory: 3, label: 'Catégorie 3 : recherche non interventionnelle par questionnaire' },
  'derog-obligation-info-jarde': { display: 'Dérogation à l’obligation d’information (JARDE)',
    source: 'Dérogation à l’obligation d’information', regulation: 'jarde',
    label: 'Recherche avec dérogation à l’obligation d’information' },
  'study-low-inter-ctis': { display: 'un essai clinique à faible intervention (CTIS)',
    source: 'un essai clinique à faible intervention', regulation: 'medicament',
    label: 'Essai clinique à faible intervention' },
  'study-ctis': { display: 'un essai clinique (CTIS)', source: 'un essai clinique', regulation: 'medicament',
    label: 'Essai clinique de médicament' },
} as const satisfies Record<string, CodeEntry & { source: string; regulation: Regulation; jardeCategory?: 1 | 2 | 3 }>;
export type PrecisionCode = keyof typeof PRECISION_CODES;

// §4.3
export const RECRUITMENT_CODES = {
  recruiting: { display: 'Actif / active', label: 'Recrutement ouvert', definition: 'Recrutement actif', recruitment: 'ouvert' },
  upcoming: { display: 'A venir / Upcoming', label: 'Recrutement à venir', definition: 'Recrutement à venir', recruitment: 'a-venir' },
  'completed-recruiting': { display: 'Terminé / completed', label: 'Recrutement terminé', definition: 'Recrutement terminé',
    recruitment: 'termine' },
} as const satisfies Record<string, CodeEntry & { recruitment: Recruitment }>;

// FHIR R4 ResearchStudy.status (the codes the API can emit, §4.5, plus the rest of the value set).
export const FHIR_STUDY_STATUS = {
  active: { display: 'Active', label: 'En cours' },
  'administratively-completed': { display: 'Administratively Completed', label: 'Arrêtée avant son terme' },
  // RIPH À DÉMARRER and PROROGÉE (start deadline extended): both not started yet (§4.5)
  approved: { display: 'Approved', label: 'Autorisée, pas encore commencée (à démarrer ou prorogée)' },
  'closed-to-accrual': { display: 'Closed to Accrual', label: 'Inclusions terminées' },
  'closed-to-accrual-and-intervention': { display: 'Closed to Accrual and Intervention', label: 'Inclusions et traitements terminés' },
  completed: { display: 'Completed', label: 'Terminée' },
  disapproved: { display: 'Disapproved', label: 'Refusée' },
  'in-review': { display: 'In Review', label: 'En cours d’examen' },
  'temporarily-closed-to-accrual': { display: 'Temporarily Closed to Accrual', label: 'Inclusions suspendues' },
  'temporarily-closed-to-accrual-and-intervention': { display: 'Temporarily Closed to Accrual and Intervention',
    label: 'Inclusions et traitements suspendus' },
  // RIPH ABANDONNÉE and EXPIRÉE (authorisation lapsed before the start): the study did not take place (§4.5)
  withdrawn: { display: 'Withdrawn', label: 'Abandonnée ou autorisation expirée' },
} as const satisfies Record<string, CodeEntry>;

// §4.4 (defined by the IG, not emitted)
export const IG_STUDY_STATUS = {
  'a-demarrer': { display: 'A démarrer', label: 'Pas encore commencée' },
  'en-cours': { display: 'En cours', label: 'En cours' },
  suspendue: { display: 'Suspendue', label: 'Suspendue' },
  prorogee: { display: 'Prorogée', label: 'Pas encore commencée (délai de démarrage prolongé)' },
  expiree: { display: 'Expirée', label: 'Autorisation expirée avant le démarrage' },
  terminee: { display: 'Terminée', label: 'Terminée' },
  'terminee-fin-anticipee': { display: 'Terminée (fin anticipée)', label: 'Arrêtée avant son terme' },
  archivee: { display: 'Archivée', label: 'Archivée' },
  abandonnee: { display: 'Abandonnée', label: 'Abandonnée' },
} as const satisfies Record<string, CodeEntry>;

// §4.6, current source system.
// `jarde-early` (« Essai de phase précoce »: first administrations to humans under the loi Jardé) is labelled
// « Phase précoce », never « Phase 1 »; it is filed under the phase-1 filter bucket because that is where a clinician
// filtering on early trials looks for it (the IG ConceptMap also maps it to HL7 phase-1).
export const PHASE_SOURCE_CODES = {
  'jarde-early': { display: 'Jardé phase précoce', label: 'Phase précoce', buckets: ['1'] },
  'phase-I-first-admin': { display: 'Human Pharmacology (Phase I) - First administration to humans',
    label: 'Phase 1 : première administration chez l’humain', buckets: ['1'] },
  'phase-I-bioequivalence': { display: 'Human Pharmacology (Phase I) - Bioequivalence Study',
    label: 'Phase 1 : étude de bioéquivalence', buckets: ['1'] },
  'phase-I-other': { display: 'Human Pharmacology (Phase I) -  Other', label: 'Phase 1', buckets: ['1'] },
  'phase-I-II-first-admin': { display: 'Phase I and Phase II (Integrated) - First administration to humans',
    label: 'Phases 1 et 2 : première administration chez l’humain', buckets: ['1', '2'] },
  'phase-I-II-first-bioequivalence': { display: 'Phase I and Phase II (Integrated) - Bioequivalence Study',
    label: 'Phases 1 et 2 : étude de bioéquivalence', buckets: ['1', '2'] },
  'phase-I-II-other': { display: 'Phase I and Phase II (Integrated) - Other', label: 'Phases 1 et 2', buckets: ['1', '2'] },
  'phase-II': { display: 'Therapeutic exploratory (Phase II)', label: 'Phase 2', buckets: ['2'] },
  'phase-II-III': { display: 'Phase II and Phase III (Integrated)', label: 'Phases 2 et 3', buckets: ['2', '3'] },
  'phase-III': { display: 'Therapeutic confirmatory  (Phase III)', label: 'Phase 3', buckets: ['3'] },
  'phase-IV': { display: 'Therapeutic use (Phase IV)', label: 'Phase 4', buckets: ['4'] },
  'phase-III-IV': { display: 'Phase III and phase IV (Integrated)', label: 'Phases 3 et 4', buckets: ['3', '4'] },
} as const satisfies Record<string, CodeEntry & { buckets: readonly PhaseBucket[] }>;

// §4.6, legacy HL7 research-study-phase codes (documents built before 2026-06-02)
export const PHASE_LEGACY_CODES = {
  'n-a': { display: 'N/A', label: 'Sans objet', buckets: ['na'] },
  'early-phase-1': { display: 'Early Phase 1', label: 'Phase précoce', buckets: ['1'] },
  'phase-1': { display: 'Phase 1', label: 'Phase 1', buckets: ['1'] },
  'phase-1-phase-2': { display: 'Phase 1/Phase 2', label: 'Phases 1 et 2', buckets: ['1', '2'] },
  'phase-2': { display: 'Phase 2', label: 'Phase 2', buckets: ['2'] },
  'phase-2-phase-3': { display: 'Phase 2/Phase 3', label: 'Phases 2 et 3', buckets: ['2', '3'] },
  'phase-3': { display: 'Phase 3', label: 'Phase 3', buckets: ['3'] },
  'phase-4': { display: 'Phase 4', label: 'Phase 4', buckets: ['4'] },
} as const satisfies Record<string, CodeEntry & { buckets: readonly PhaseBucket[] }>;

// §4.6, the IG's own phase system `eclaire-study-phase-code-system` adds one code to HL7's (not emitted today)
export const PHASE_IG_CODES = {
  'phase-3-phase-4': { display: 'Phase 3 and phase 4', label: 'Phases 3 et 4', buckets: ['3', '4'] },
} as const satisfies Record<string, CodeEntry & { buckets: readonly PhaseBucket[] }>;

// §4.7
export const POPULATION_CODES = {
  // CTIS « incapacitated subjects » (Reg. 536/2014 art. 31): adults unable to consent, not disability as such
  // (the upstream French display is a mistranslation). Wording of the code de la santé publique (L.1121-8).
  'incap-pop': { display: 'Incapacitated population (Population en situation de handicap)',
    label: 'Adultes hors d’état d’exprimer leur consentement' },
  minors: { display: 'Minors (Mineurs)', label: 'Mineurs' },
  nursing: { display: 'Nursing women (Femmes allaitant)', label: 'Femmes qui allaitent' },
  other: { display: 'Other (Autres)', label: 'Autres' },
  pregnant: { display: 'Pregnant women (Femmes enceintes)', label: 'Femmes enceintes' },
  'emergency-situation': { display: 'Subjects in emergency situation (Sujets en situation d\'urgence)',
    label: 'Personnes en situation d’urgence' },
  'incap-consent': { display: 'Subjects incapable of giving consent personally (Sujets incapables de donner leur consentement personnel)',
    label: 'Personnes qui ne peuvent pas donner leur consentement elles-mêmes' },
  'no-using-contraception': { display: 'Women of child bearing potential not using contraception (Femmes en âge de procréer n\'utilisant pas de contraception)',
    label: 'Femmes en âge d’avoir des enfants sans contraception' },
  'using-contraception': { display: 'Women of child bearing potential using contraception (Femmes en âge de procréer utilisant une méthode de contraception)',
    label: 'Femmes en âge d’avoir des enfants avec contraception' },
} as const satisfies Record<string, CodeEntry>;

// §4.8
export const CHARACTERISTIC_KIND_CODES = {
  'grp-gender': { display: 'Gender (Genre)', label: 'Sexe' },
  'grp-studypop': { display: 'Study Population (Population de l\'étude)', label: 'Population de l’étude' },
  'grp-category': { display: 'Research Study Group Category (Catégorie du groupe d\'étude)', label: 'Groupe de participants' },
  'grp-age': { display: 'Age (Age)', label: 'Âge' },
  'grp-other': { display: 'Other (Autre)', label: 'Autre' },
} as const satisfies Record<string, CodeEntry>;

// §4.9
export const CONTACT_TYPE_CODES = {
  PUB: { display: 'Publique / Public', label: 'Contact pour le public' },
  SCI: { display: 'Scientifique / Scientific', label: 'Contact du promoteur' },
} as const satisfies Record<string, CodeEntry>;

// §4.10
export const PARTY_ROLE_CODES = {
  sponsor: { display: 'sponsor', label: 'Promoteur' },
  'lead-sponsor': { display: 'lead-sponsor', label: 'Promoteur principal' },
  'sponsor-investigator': { display: 'sponsor-investigator', label: 'Promoteur investigateur' },
  'primary-investigator': { display: 'primary-investigator', label: 'Investigateur principal' },
  collaborator: { display: 'collaborator', label: 'Collaborateur' },
  'funding-source': { display: 'funding-source', label: 'Financeur' },
  'general-contact': { display: 'general-contact', label: 'Contact général' },
  'recruitment-contact': { display: 'recruitment-contact', label: 'Contact pour le recrutement' },
  'sub-investigator': { display: 'sub-investigator', label: 'Co-investigateur' },
  'study-director': { display: 'study-director', label: 'Directeur de l’étude' },
  'study-chair': { display: 'study-chair', label: 'Responsable de l’étude' },
  ethics: { display: 'Ethics Review Board', label: 'Comité d’éthique' },
} as const satisfies Record<string, CodeEntry>;

// §4.11
export const PARTY_ORGANISATION_TYPE_CODES = {
  government: { display: 'Gouvernemental / Government', label: 'Organisme public' },
  nonprofit: { display: 'Sans but lucratif / Nonprofit', label: 'Organisme à but non lucratif' },
  academic: { display: 'Académique / Academic', label: 'Organisme académique' },
  industry: { display: 'Industriel / Industry', label: 'Industriel' },
} as const satisfies Record<string, CodeEntry>;

// §4.12
export const TITLE_TYPE_CODES = {
  primary: { display: 'Primary title', label: 'Titre principal' },
  official: { display: 'Official title', label: 'Titre officiel' },
  scientific: { display: 'Scientific title', label: 'Titre scientifique' },
  'plain-language': { display: 'Plain language title', label: 'Titre en langage courant' },
  subtitle: { display: 'Subtitle', label: 'Sous-titre' },
  'short-title': { display: 'Short title', label: 'Titre court' },
  acronym: { display: 'Acronym', label: 'Acronyme' },
  'earlier-title': { display: 'Different text in an earlier version', label: 'Titre précédent' },
  language: { display: 'Different language', label: 'Titre dans une autre langue' },
  autotranslated: { display: 'Different language derived from autotranslation', label: 'Titre traduit automatiquement' },
  'human-use': { display: 'Human use', label: 'Titre usuel' },
  'machine-use': { display: 'Machine use', label: 'Titre technique' },
  'duplicate-uid': { display: 'Different text for the same object with a different identifier', label: 'Titre d’un doublon' },
} as const satisfies Record<string, CodeEntry>;

// §4.13 administrative gender
export const GENDER_CODES = {
  male: { display: 'Male', label: 'Homme', sex: 'homme' },
  female: { display: 'Female', label: 'Femme', sex: 'femme' },
  other: { display: 'Other', label: 'Autre' },
  unknown: { display: 'Unknown', label: 'Non précisé' },
} as const satisfies Record<string, CodeEntry & { sex?: Sex }>;

/**
 * ISO 3166-1 alpha-2 (CONTRACT §4.13): all 249 codes ECLAIRE can send, English display and French label from the
 * runtime's ICU data (`lib/study/countries.ts`). A runtime without French region names falls back to the code.
 */
export const COUNTRY_CODES: Readonly<Record<string, CodeEntry>> = Object.freeze(Object.fromEntries(
  ISO_3166_ALPHA2.map((code) => [code, { display: countryNameEn(code) ?? code, label: countryNameFr(code) ?? code }]),
));

export { findCountryCode, isCountryName };

function has<T extends object>(table: T, code: string): code is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, code);
}

function toCoded(table: Readonly<Record<string, CodeEntry>>, code: string, display?: string, system?: string): Coded {
  const e = has(table, code) ? table[code] : undefined;
  const c: Coded = { code, label: e ? e.label : display?.trim() || code };
  if (system) c.system = system;
  return c;
}

export function lookupRegulation(code: string, display?: string): Coded & { regulation: Regulation } {
  if (has(REGULATION_CODES, code)) {
    const e = REGULATION_CODES[code];
    return { code, label: e.label, system: SYSTEMS.regulation, regulation: e.regulation };
  }
  return { code, label: display?.trim() || code, regulation: 'inconnu' };
}

/** Regulation code from a 2023 display-only coding (`REG745`, `REG536 (CTIS)`, `JARDE (Jarde)`). */
export function findRegulationByDisplay(display: string): RegulationCode | undefined {
  const d = display.trim().toUpperCase();
  for (const code of Object.keys(REGULATION_CODES) as RegulationCode[]) {
    if (d === code || d.startsWith(`${code} `) || d === REGULATION_CODES[code].display.toUpperCase()) return code;
  }
  if (d === 'JARDÉ') return 'JARDE';
  return undefined;
}

export function lookupPrecision(code: string, display?: string): Coded & { regulation: Regulation; jardeCategory?: 1 | 2 | 3 } {
  if (has(PRECISION_CODES, code)) {
    const e: (typeof PRECISION_CODES)[PrecisionCode] = PRECISION_CODES[code];
    const out: Coded & { regulation: Regulation; jardeCategory?: 1 | 2 | 3 } = {
      code, label: e.label, system: SYSTEMS.precision, regulation: e.regulation,
    };
    if ('jardeCategory' in e) out.jardeCategory = e.jardeCategory;
    return out;
  }
  return { code, label: display?.trim() || code, regulation: 'inconnu' };
}

const APOSTROPHE_RE = /['’]/g;
const foldPrecision = (s: string) => s.trim().toLowerCase().replace(APOSTROPHE_RE, '’');
const PRECISION_BY_TEXT: ReadonlyMap<string, PrecisionCode> = (() => {
  const m = new Map<string, PrecisionCode>();
  for (const code of Object.keys(PRECISION_CODES) as PrecisionCode[]) {
    m.set(foldPrecision(PRECISION_CODES[code].source), code);
    m.set(foldPrecision(PRECISION_CODES[code].display), code);
    m.set(foldPrecision(code), code);
  }
  return m;
})();

/** Precision code from a display-only coding (`IC-Cas 1`, `Catégorie 1`, `un essai clinique`), exact match. */
export function findPrecisionByDisplay(display: string): PrecisionCode | undefined {
  return PRECISION_BY_TEXT.get(foldPrecision(display));
}

export function lookupRecruitment(code: string, display?: string): Coded & { recruitment: Recruitment } {
  if (has(RECRUITMENT_CODES, code)) {
    const e = RECRUITMENT_CODES[code];
    return { code, label: e.label, system: SYSTEMS.recruitment, recruitment: e.recruitment };
  }
  return { code, label: display?.trim() || code, recruitment: 'inconnu' };
}

export function lookupStudyStatus(code: string, display?: string): Coded {
  if (has(FHIR_STUDY_STATUS, code)) return toCoded(FHIR_STUDY_STATUS, code, display);
  return toCoded(IG_STUDY_STATUS, code, display, has(IG_STUDY_STATUS, code) ? SYSTEMS.studyStatus : undefined);
}

const PHASE_BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(
  [...Object.keys(PHASE_SOURCE_CODES), ...Object.keys(PHASE_LEGACY_CODES), ...Object.keys(PHASE_IG_CODES)]
    .map((code) => [code.toLowerCase(), code]),
);

/**
 * Phase code of any of the three systems (current source codes, legacy HL7, the IG's `phase-3-phase-4`), with the
 * system it belongs to; unknown codes → bucket 'na'.
 */
export function lookupPhase(code: string, display?: string): Coded & { buckets: PhaseBucket[] } {
  if (has(PHASE_SOURCE_CODES, code)) {
    const e = PHASE_SOURCE_CODES[code];
    return { code, label: e.label, system: SYSTEMS.phaseSource, buckets: [...e.buckets] };
  }
  if (has(PHASE_LEGACY_CODES, code)) {
    const e = PHASE_LEGACY_CODES[code];
    return { code, label: e.label, system: SYSTEMS.phaseHl7, buckets: [...e.buckets] };
  }
  if (has(PHASE_IG_CODES, code)) {
    const e = PHASE_IG_CODES[code];
    return { code, label: e.label, system: SYSTEMS.phaseIg, buckets: [...e.buckets] };
  }
  // Codes mix upper-case Roman numerals and lower-case digits (§5.17): a code in the wrong case is still known.
  const canonical = PHASE_BY_LOWER_CASE.get(code.toLowerCase());
  if (canonical && canonical !== code) return lookupPhase(canonical, display);
  return { code, label: display?.trim() || code, buckets: ['na'] };
}

export function lookupPopulation(code: string, display?: string): Coded {
  return toCoded(POPULATION_CODES, code, display, has(POPULATION_CODES, code) ? SYSTEMS.population : undefined);
}

export function lookupCharacteristicKind(code: string, display?: string): Coded {
  return toCoded(CHARACTERISTIC_KIND_CODES, code, display);
}

export function lookupContactType(code: string, display?: string): Coded {
  return toCoded(CONTACT_TYPE_CODES, code, display);
}

export function lookupPartyRole(code: string, display?: string): Coded {
  return toCoded(PARTY_ROLE_CODES, code, display);
}

export function lookupPartyOrganisationType(code: string, display?: string): Coded {
  return toCoded(PARTY_ORGANISATION_TYPE_CODES, code, display);
}

export function lookupTitleType(code: string, display?: string): Coded {
  return toCoded(TITLE_TYPE_CODES, code, display);
}

export function lookupGender(code: string, display?: string): Coded & { sex?: Sex } {
  if (has(GENDER_CODES, code)) {
    const e: (typeof GENDER_CODES)[keyof typeof GENDER_CODES] = GENDER_CODES[code];
    const out: Coded & { sex?: Sex } = { code, label: e.label, system: SYSTEMS.gender };
    if ('sex' in e) out.sex = e.sex;
    return out;
  }
  return { code, label: display?.trim() || code };
}

/** Country by ISO code; unknown codes keep the code (or upstream display) as label. */
export function lookupCountry(code: string, display?: string): Coded {
  const c = code.trim().toUpperCase();
  if (has(COUNTRY_CODES, c)) return { code: c, label: COUNTRY_CODES[c].label, system: SYSTEMS.country };
  return { code: c, label: display?.trim() || c };
}
