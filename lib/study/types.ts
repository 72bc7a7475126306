/**
 * The domain model of a clinical study as Phare understands it.
 * Produced from ECLAIRE's FHIR resources by `lib/eclaire/normalise.ts` (the only place that knows FHIR);
 * read by the store, the search and every page. Absent values are `undefined`/empty, never placeholders
 * such as "INDISPONIBLE".
 */

/** Regulatory regime, from the ECLAIRE regulation code (REG536, REG745, REG746, JARDE). */
export type Regulation = 'jarde' | 'medicament' | 'dispositif' | 'diagnostic' | 'inconnu';

/** Public category filter values (DESIGN.md `categorie`). */
export type CategoryFilter = 'jarde-1' | 'jarde-2' | 'jarde-3' | 'medicament' | 'dispositif' | 'diagnostic';

/**
 * Recruitment as a visitor understands it (DESIGN.md `recrutement`, minus `tous`): the most conservative
 * reading of the recruitment extension and of the study's own status (DESIGN.md "Status"; the rule is in
 * `lib/eclaire/status.ts`). `ouvert` only when both the declaration and the study's state allow it; `suspendu` for
 * a temporarily closed study; `inconnu` when nothing confirms either way.
 */
export type Recruitment = 'ouvert' | 'a-venir' | 'suspendu' | 'termine' | 'inconnu';

/**
 * The study's own state, from the RIPH `etat` (narrative) or else `ResearchStudy.status` (CONTRACT §4.5):
 * `a-demarrer` À DÉMARRER, `prorogee` PROROGÉE (start deadline extended), `en-cours` EN COURS, `suspendue`
 * SUSPENDUE, `terminee` TERMINÉE or ARCHIVÉE, `arretee` TERMINÉE ANTICIPÉE, `abandonnee` ABANDONNÉE, `expiree`
 * EXPIRÉE (authorisation lapsed before the start), `inconnu` when nothing settles it.
 */
export type StudyStatus =
  | 'a-demarrer'
  | 'prorogee'
  | 'en-cours'
  | 'suspendue'
  | 'terminee'
  | 'arretee'
  | 'abandonnee'
  | 'expiree'
  | 'inconnu';

/** Public phase filter values: 1–4, or `na` (not applicable / unknown). */
export type PhaseBucket = '1' | '2' | '3' | '4' | 'na';

export type Sex = 'femme' | 'homme';

export interface Coded {
  code: string;
  /** French label from Phare's code-system tables, or the upstream display when the code is unknown. */
  label: string;
  system?: string;
}

export interface StudyIdentifier {
  value: string;
  /** `eu-ct` (CTIS), `id-rcb` (national), `eudract`, `nct`, `isrctn`, `utn`, `autre` */
  kind: 'eu-ct' | 'id-rcb' | 'eudract' | 'nct' | 'isrctn' | 'utn' | 'autre';
  system?: string;
  primary: boolean;
}

/**
 * An age bracket of the participants. ECLAIRE sends brackets (0–17, 18–64, 65+; CONTRACT §3.4 `grp-age`), never
 * the protocol's own limits: a study open to 18–64 may in fact take 40–60 year-olds only. Show them as brackets
 * (« adultes de 18 à 64 ans »), and use them to filter out, never to promise eligibility.
 */
export interface AgeRange {
  /** inclusive, years */
  min: number;
  /** inclusive, years; undefined = no upper bound (65+) */
  max?: number;
}

export interface Criterion {
  text: string;
  /** BCP 47 language when known not to be French (e.g. 'en'). */
  lang?: string;
}

export interface Eligibility {
  /** Empty = not stated by the upstream (does not mean "nobody"). */
  sexes: Sex[];
  ageRanges: AgeRange[];
  /** Conditions to take part (inclusion criteria). Only criteria ECLAIRE or its narrative says are inclusion ones. */
  inclusion: Criterion[];
  /** Situations that prevent taking part (exclusion criteria). */
  exclusion: Criterion[];
  /**
   * Criteria whose kind cannot be told: documents built before 2025-12-09 gave inclusion and outcome criteria the
   * same shape, and when neither the narrative nor their position settles it they land here, never in `inclusion`.
   * Shown under a neutral heading, never as conditions to take part.
   */
  unclassified: Criterion[];
  /** Groups of subjects as the upstream words them ("Patient", "Volontaire sain"). */
  groups: string[];
  healthyVolunteers: boolean;
  /** Study population codes (CTIS) or vulnerable population flags, with French labels. */
  populations: Coded[];
  /** JARDÉ/DM: whether vulnerable people are included (inverted `exclude` upstream), when known. */
  vulnerablePopulation?: boolean;
  /** Planned number of participants. */
  plannedParticipants?: number;
}

export interface ContactPerson {
  name?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  /**
   * Postal address (SCI contact only). City and country are put back in place for documents that swapped them
   * (CONTRACT §5.3, 2025-06-30 → 2026-06-23).
   */
  address?: {
    /** Street lines, nulls and placeholders removed. */
    lines: string[];
    city?: string;
    postcode?: string;
    /** Country in French when recognised (« Suisse »), else as sent. */
    country?: string;
  };
}

export interface StudyContacts {
  /** Sponsor or depositor contact (ECLAIRE type SCI). */
  scientific?: ContactPerson;
  /** Contact for the public (ECLAIRE type PUB). */
  public?: ContactPerson;
}

export interface StudySite {
  /** ECLAIRE Location id (positional upstream: not stable across updates). */
  id: string;
  name?: string;
  /** Street, service… (nulls and placeholders removed). */
  addressLines: string[];
  /** Service / department, when the upstream gives it (address.line[1]). */
  service?: string;
  city?: string;
  postcode?: string;
  country?: string;
  contact?: {
    name?: string;
    email?: string;
    phone?: string;
  };
}

/** What the study measures (judgement criteria): never a condition to take part. */
export interface Outcome {
  text: string;
  /** Principal (primary) outcome; false = secondary. */
  primary: boolean;
  /** BCP 47 language when known not to be French (CTIS criteria left untranslated: 'en'). */
  lang?: string;
}

export interface Study {
  /** ECLAIRE id = study number (EU CT number, ID-RCB or EudraCT). */
  id: string;
  identifiers: StudyIdentifier[];
  /** Clean title: entities decoded, whitespace folded, a "Ref CPP" first line moved to `refCpp`; falls back to the id. */
  title: string;
  /** True when the title came out empty upstream and `title` is the id. */
  titleMissing: boolean;
  /** BCP 47 language of the title when not French ('en'). */
  titleLang?: string;
  refCpp?: string;
  acronym?: string;
  /** Other labels carried by older documents (human-use…), placeholders removed. */
  labels: string[];
  regulation: Regulation;
  /** The raw regulation code when `regulation` is `inconnu`, or always (e.g. 'REG536'). */
  regulationCode?: string;
  /** JARDÉ category when regulation is 'jarde' and the precision says so. */
  jardeCategory?: 1 | 2 | 3;
  /** Regulatory precision (code + French label), e.g. cat2-jarde, IC-Cas-1, study-low-inter-ctis. */
  precision?: Coded;
  /** FHIR ResearchStudy.status, raw, when present. */
  fhirStatus?: string;
  /**
   * The study's own state (see `StudyStatus`): from the narrative's `etat` when readable, else from
   * `ResearchStudy.status`; `inconnu` (« Statut non précisé ») when missing, unknown or contradictory.
   */
  status: StudyStatus;
  /** Raw RIPH `etat` read from the narrative (e.g. `PROROGEE`), when present and unambiguous. */
  riphState?: string;
  /**
   * Raw `statut_recrutement` read from the narrative (« Recrutement ouvert », « Recrutement en attente »,
   * « Recrutement fermé »), when present; the most closed one if the narrative repeats it with different values.
   * Kept so that the status reconciliation can be recomputed from a Study (`recruitmentRuleOf`).
   */
  riphRecruitment?: string;
  recruitment: Recruitment;
  /** Raw recruitment code (recruiting, upcoming, completed-recruiting), when present. */
  recruitmentCode?: string;
  /**
   * Phase (code + French label + system), if any. `jarde-early` (and legacy JARDE `phase-1`, which meant the same)
   * reads « Phase précoce », never « Phase 1 ».
   */
  phase?: Coded;
  /** Phases the study belongs to for filtering (a 'phase-I-II' study is in 1 and 2); ['na'] when none. */
  phaseBuckets: PhaseBucket[];
  /**
   * The disease or condition studied, as the sponsor wrote it (CTIS `pathologies_maladies_rares`, translated when
   * ECLAIRE could). CTIS only; never the MedDRA terms.
   */
  conditions: { text: string; lang?: string }[];
  /** MedDRA lowest-level terms (code, French label): terms for professionals and search, not the disease's name. */
  meddra: { code: string; label?: string }[];
  therapeuticArea?: string;
  /** Summary (descriptionSummary), as text; may be English for CTIS. */
  summary?: string;
  summaryLang?: string;
  /** Objectives (primaryPurposeType.text). */
  objectives?: string;
  objectivesLang?: string;
  /** ResearchStudy.description verbatim (today "La durée de participation est de: N mois"). */
  description?: string;
  /** Participation length in months, parsed from the description when possible. */
  participationMonths?: number;
  outcomes: Outcome[];
  eligibility: Eligibility;
  sites: StudySite[];
  contacts: StudyContacts;
  sponsor?: string;
  /**
   * Recruitment period (`eclaire-recruitment-period`, else the narrative's `date_debut_recrutement` /
   * `date_fin_recrutement`): `start`/`end` as YYYY-MM-DD when parseable (ISO instants read as their day in Paris,
   * DD/MM/YYYY accepted); `endRaw` keeps the upstream end string. The legacy `ResearchStudy.period` (a completion
   * date, always « INDISPONIBLE ») is not a recruitment period and is not read.
   */
  recruitmentPeriod?: { start?: string; end?: string; endRaw?: string };
  /**
   * meta.lastUpdated (ISO), verbatim. Not a modification time (CONTRACT §5.11): the latest status or authorisation
   * date, or a fallback that may lie in the future. Before showing it or sorting by it, check
   * `isPlausibleLastUpdated` (lib/study/last-updated.ts) against the sync time.
   */
  lastUpdated?: string;
  /**
   * True when `lastUpdated` is a fallback ECLAIRE made up, not a dated event: the CTIS `2023-03-15`, a `1970-…`
   * date, or a narrative without any dated history or authorisation. Absent otherwise.
   */
  lastUpdatedFallback?: boolean;
  /**
   * ISO 3166-1 alpha-2 codes of the countries where the trial runs (CTIS `location`, else the narrative's
   * `pays_concernes`), upper case, upstream order. French names: `countryNameFr` (lib/study/countries.ts).
   */
  countries: string[];
}

/** A study in a list of results (API `/api/studies`). */
export interface StudySummary {
  id: string;
  title: string;
  titleLang?: string;
  regulation: Regulation;
  jardeCategory?: 1 | 2 | 3;
  recruitment: Recruitment;
  status: StudyStatus;
  phase?: Coded;
  conditions: string[];
  therapeuticArea?: string;
  sponsor?: string;
  lastUpdated?: string;
  /** Start of recruitment (YYYY-MM-DD) when known and past: the key of the « recent » order. */
  recruitmentStart?: string;
  siteCount: number;
  /** Sites within the radius, when the search had a place. */
  nearbySiteCount?: number;
  /** Nearest matching site, when the search had a place. */
  nearestSite?: { name?: string; city?: string; distanceKm: number };
}
