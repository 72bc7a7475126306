/**
 * FHIR (ECLAIRE) → Study. The only place that reads ECLAIRE's resource shapes (CONTRACT §3, §3.8, §5).
 * Lenient on purpose: every field is read defensively (arrays may hold null, codings may lack codes, extensions
 * are found by URL suffix, never by position), so odd data degrades a field, never the study.
 *
 * The narrative `text.div` (CONTRACT §7.4, `narrative.ts`) is read for what only it says: the raw RIPH state and
 * recruitment status (`status.ts`: the most conservative reading wins), the kind of criteria in documents built
 * before 2025-12-09, whether `meta.lastUpdated` is a fallback (`dates.ts`), and the contact address's real city.
 */
import type { Coding, Group, Location, Organization, ResearchStudy } from 'fhir/r4';
import { DEMO_TAG } from './provenance';
import type {
  AgeRange, Coded, ContactPerson, Criterion, Eligibility, Outcome, PhaseBucket, Regulation, Sex,
  Study, StudyContacts, StudyIdentifier, StudySite,
} from '@/lib/study/types';
import { identifierKind } from '@/lib/study/identifiers';
import { foldText } from '@/lib/text/fold';
import {
  findCountryCode, findPrecisionByDisplay, findRegulationByDisplay, isCountryName, lookupCountry, lookupPhase,
  lookupPopulation, lookupPrecision, lookupRegulation,
} from './code-systems';
import { isIsoCountryCode } from '@/lib/study/countries';
import { isLastUpdatedFallback, parseUpstreamDate } from './dates';
import { isObject as isObj } from './json';
import { narrativeOf, parseCriteriaList, type Narrative } from './narrative';
import { cautiousRecruitmentCode, foldRiphRecruitment, reconcileStatus } from './status';
import { cleanText, detectEnglish, isPlaceholder, present } from './text';

export { parseUpstreamDate };

/**
 * Version of the FHIR → Study mapping. The store keeps each study's raw FHIR beside its normalised Study and
 * re-normalises the stored raw FHIR when this number changes, so a fix here reaches every stored study without
 * a new crawl. Bump it (by one) whenever `toStudy` would give a different Study for the same input.
 * 1: the mapping before versions were numbered; 2: status reconciliation (most conservative reading), criteria
 * told apart through the narrative, `unclassified` criteria, `riphState`/`riphRecruitment`, `lastUpdatedFallback`,
 * MedDRA terms out of `conditions`, legacy `period` dropped, phase and country fixes; 3: an unreadable `etat` or
 * `statut_recrutement` never lets a study read as recruiting, states read in any spelling, the most closed of
 * several recruitment codes, empty narrative criteria lists read as « none of that kind ».
 */
export const NORMALISER_VERSION = 3;

export interface RawStudyResources {
  researchStudy: ResearchStudy;
  group?: Group;
  locations: Location[];
  organizations: Organization[];
}

export interface NormaliseProblem {
  resourceType?: string;
  id?: string;
  message: string;
}

// ---------- lenient readers ----------

type Obj = Record<string, unknown>;

function arr(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}
function objs(x: unknown): Obj[] {
  return arr(x).filter(isObj);
}
function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}
function obj(x: unknown): Obj | undefined {
  return isObj(x) ? x : undefined;
}

const URL_HTML_RE = /\.html?$/;
const URL_R5_RE = /-r5$/;
// Extension URLs are a handful of strings repeated on every study: compute each key once (bounded cache).
const extensionKeys = new Map<string, string>();

/** Last URL segment, lower-cased, without `.html` and `-r5`: how extensions are recognised whatever the vintage. */
function extensionKey(url: unknown): string {
  if (typeof url !== 'string') return '';
  const cached = extensionKeys.get(url);
  if (cached !== undefined) return cached;
  const cut = Math.max(url.lastIndexOf('/'), url.lastIndexOf('#'));
  const key = url.slice(cut + 1).toLowerCase().replace(URL_HTML_RE, '').replace(URL_R5_RE, '');
  if (extensionKeys.size < 1000) extensionKeys.set(url, key);
  return key;
}

/** Whether an extension's URL ends with one of the suffixes. */
const extensionIs = (...suffixes: string[]) => (e: Obj) => {
  const key = extensionKey(e.url);
  return suffixes.some((s) => key.endsWith(s));
};

function findExtension(exts: Obj[], ...suffixes: string[]): Obj | undefined {
  return exts.find(extensionIs(...suffixes));
}

/** Every extension of that kind, in document order. */
function findExtensions(exts: Obj[], ...suffixes: string[]): Obj[] {
  return exts.filter(extensionIs(...suffixes));
}

function codings(cc: unknown): Obj[] {
  return objs(obj(cc)?.coding);
}

/** Code and display of a coding, trimmed; a placeholder or empty code becomes undefined. */
function codeOf(c: Obj): string | undefined {
  const code = str(c.code)?.trim();
  return code && !isPlaceholder(code) ? code : undefined;
}

function refId(ref: unknown, type: string): string | undefined {
  const r = str(obj(ref)?.reference);
  if (!r) return undefined;
  const prefix = `${type}/`;
  const i = r.lastIndexOf(prefix);
  const id = i === -1 ? undefined : r.slice(i + prefix.length);
  return id || undefined;
}

function langOf(text: string): string | undefined {
  return detectEnglish(text) ? 'en' : undefined;
}

// ---------- identifiers ----------

function kindOfSecondary(system: string | undefined, value: string): StudyIdentifier['kind'] {
  const s = system?.toLowerCase() ?? '';
  if (s.includes('clinicaltrials.gov')) return 'nct';
  if (s.includes('isrctn')) return 'isrctn';
  if (s.includes('who.int')) return 'utn';
  return identifierKind(value);
}

function readIdentifiers(id: string, rs: Obj): StudyIdentifier[] {
  const out: StudyIdentifier[] = [{ value: id, kind: identifierKind(id), primary: true }];
  const seen = new Set([id.toLowerCase()]);
  for (const ident of objs(rs.identifier)) {
    const value = present(ident.value);
    // 2023 layout: identifier[0] INDISPONIBLE (dropped by present), the number repeated in identifier[1].
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    const system = str(ident.system);
    const item: StudyIdentifier = { value, kind: kindOfSecondary(system, value), primary: false };
    if (system) item.system = system;
    out.push(item);
  }
  return out;
}

// ---------- title ----------

const REF_CPP_RE = /^ref\.?\s*cpp\s*:?\s*(.*)$/i;
const NEWLINES_RE = /\s*\n\s*/g;
const SPACE_RE = /\s/;

function readTitle(id: string, raw: unknown): Pick<Study, 'title' | 'titleMissing' | 'titleLang' | 'refCpp'> {
  const cleaned = typeof raw === 'string' ? cleanText(raw) : '';
  let refCpp: string | undefined;
  let body = cleaned;
  const nl = cleaned.indexOf('\n');
  const firstLine = nl === -1 ? cleaned : cleaned.slice(0, nl);
  const m = REF_CPP_RE.exec(firstLine);
  // A one-line title is only a reference when nothing follows the number ("Ref CPP: 21.01234").
  if (m && (nl !== -1 || !SPACE_RE.test(m[1].trim()))) {
    refCpp = m[1].trim() || undefined;
    body = nl === -1 ? '' : cleaned.slice(nl + 1);
  }
  body = body.replace(NEWLINES_RE, ' ').trim();
  if (isPlaceholder(body)) return { title: id, titleMissing: true, ...(refCpp ? { refCpp } : {}) };
  const out: Pick<Study, 'title' | 'titleMissing' | 'titleLang' | 'refCpp'> = { title: body, titleMissing: false };
  if (refCpp) out.refCpp = refCpp;
  const lang = langOf(body);
  if (lang) out.titleLang = lang;
  return out;
}

// ---------- regulation ----------

interface RegulationInfo {
  regulation: Regulation;
  regulationCode?: string;
  jardeCategory?: 1 | 2 | 3;
  precision?: Coded;
}

function readRegulation(rs: Obj): RegulationInfo {
  let regulation: Regulation = 'inconnu';
  let regulationCode: string | undefined;
  let precision: (Coded & { regulation: Regulation; jardeCategory?: 1 | 2 | 3 }) | undefined;
  for (const cat of objs(rs.category)) {
    const catText = str(cat.text)?.toLowerCase() ?? '';
    for (const c of codings(cat)) {
      const system = str(c.system) ?? '';
      const code = codeOf(c);
      const display = str(c.display)?.trim();
      const isReg = system.endsWith('eclaire-regulation-code-code-system') || catText === 'regulation code';
      const isPrec = system.endsWith('eclaire-reglementation-precision-code-system') || catText === 'reglementation precision';
      if (code && isReg) {
        const r = lookupRegulation(code, display);
        regulation = r.regulation;
        regulationCode = code;
      } else if (code && isPrec) {
        precision = lookupPrecision(code, display);
      } else if (!code && display) {
        // 2023: display-only codings; recognised by their display whatever the category text says.
        const regCode = !isPrec ? findRegulationByDisplay(display) : undefined;
        if (regCode) {
          regulation = lookupRegulation(regCode).regulation;
          regulationCode = regCode;
          continue;
        }
        const precCode = !isReg ? findPrecisionByDisplay(display) : undefined;
        if (precCode) precision = lookupPrecision(precCode);
        else if (isReg) regulationCode = display;
        else if (isPrec) precision = { code: display, label: display, regulation: 'inconnu' };
      } else if (code && !system) {
        // Code without system: try both tables.
        const r = lookupRegulation(code, display);
        if (r.regulation !== 'inconnu') {
          regulation = r.regulation;
          regulationCode = code;
        } else {
          const p = lookupPrecision(code, display);
          if (p.regulation !== 'inconnu') precision = p;
        }
      }
    }
  }
  // Without a usable regulation coding, the precision still tells the regime.
  if (regulation === 'inconnu' && !regulationCode && precision && precision.regulation !== 'inconnu') {
    regulation = precision.regulation;
  }
  const out: RegulationInfo = { regulation };
  if (regulationCode) out.regulationCode = regulationCode;
  if (precision) {
    out.precision = { code: precision.code, label: precision.label, ...(precision.system ? { system: precision.system } : {}) };
    if (regulation === 'jarde' && precision.jardeCategory) out.jardeCategory = precision.jardeCategory;
  }
  return out;
}

// ---------- status and recruitment ----------

const MAX_RIPH_VALUE = 200;

/** The narrative's `statut_recrutement`; repeated with different values, the most closed recognised one. */
function readRiphRecruitment(narrative: Narrative): string | undefined {
  const values = narrative.all('statut_recrutement').filter((v) => v.length <= MAX_RIPH_VALUE);
  if (values.length <= 1) return values[0];
  const rank = { termine: 0, suspendu: 1, 'a-venir': 2, ouvert: 3 } as const;
  let best: string | undefined;
  let bestRank = Infinity;
  for (const v of values) {
    const r = foldRiphRecruitment(v);
    if (r !== undefined && rank[r] < bestRank) {
      best = v;
      bestRank = rank[r];
    }
  }
  return best ?? values[0];
}

/**
 * Status and recruitment, reconciled by `reconcileStatus` (status.ts: the most conservative reading wins) from the
 * recruitment extension, `ResearchStudy.status`, and the narrative's raw `etat` and `statut_recrutement`.
 */
function readStatus(
  exts: Obj[], fhirStatus: string | undefined, narrative: Narrative,
): Pick<Study, 'status' | 'recruitment' | 'recruitmentCode' | 'riphState' | 'riphRecruitment'> {
  // Every code of every recruitment extension: given more than once, the cautious one (status.ts).
  const codes = findExtensions(exts, 'eclaire-recruitment-status')
    .flatMap((e) => codings(e.valueCodeableConcept).map(codeOf))
    .filter((c): c is string => c !== undefined);
  const recruitmentCode = cautiousRecruitmentCode(codes);
  // An `etat` given twice with different values (one smuggled by another field, or next to a placeholder) is
  // unreadable, and said so: the reconciliation then never opens recruitment on `status` alone.
  const etats = narrative.all('etat');
  const etat = narrative.get('etat') ?? (etats.length > 0 ? `valeurs en désaccord (${[...new Set(etats)].join(', ')})` : undefined);
  const riphState = etat?.slice(0, MAX_RIPH_VALUE);
  const riphRecruitment = readRiphRecruitment(narrative);
  const { status, recruitment } = reconcileStatus({ fhirStatus, recruitmentCode, riphState, riphRecruitment });
  const out: Pick<Study, 'status' | 'recruitment' | 'recruitmentCode' | 'riphState' | 'riphRecruitment'> = { status, recruitment };
  if (recruitmentCode) out.recruitmentCode = recruitmentCode;
  if (riphState) out.riphState = riphState;
  if (riphRecruitment) out.riphRecruitment = riphRecruitment;
  return out;
}

// ---------- phase ----------

/**
 * The first coded phase. Before 2026-06-02 ECLAIRE gave a JARDE study the HL7 `phase-1` only when it was an
 * « Essai de phase précoce » (CONTRACT §4.6), so that code is read as `jarde-early` (« Phase précoce »).
 */
function readPhase(rs: Obj, regulation: Regulation): { phase?: Coded; phaseBuckets: PhaseBucket[] } {
  for (const c of codings(rs.phase)) {
    let code = codeOf(c);
    if (!code) continue;
    if (regulation === 'jarde' && code === 'phase-1') code = 'jarde-early';
    const p = lookupPhase(code, str(c.display));
    const phase: Coded = { code: p.code, label: p.label };
    if (p.system) phase.system = p.system;
    return { phase, phaseBuckets: p.buckets };
  }
  return { phaseBuckets: ['na'] };
}

// ---------- conditions ----------

const MEDDRA_ID_PREFIX = 'meddra-condition-';

function isMeddraSystem(system: unknown): boolean {
  const s = typeof system === 'string' ? system.toLowerCase() : '';
  return s.includes('meddra') || s.endsWith('/mdr');
}

/**
 * `conditions` = the disease text (CTIS `disease-condition-{id}`, `text`; in 2023 `coding[0].display` with text
 * `diseaseCondition`). MedDRA entries (`meddra-condition-{id}-{code}`, a MedDRA system, or the 2023 text
 * `medDRACondition`) only feed `meddra`: an LLT label is a term, not the name of the disease.
 */
function readConditions(rs: Obj): Pick<Study, 'conditions' | 'meddra'> {
  const conditions: Study['conditions'] = [];
  const meddra: Study['meddra'] = [];
  const seenText = new Set<string>();
  const seenCode = new Set<string>();
  const addText = (t: string | undefined) => {
    if (!t || seenText.has(t)) return;
    seenText.add(t);
    const lang = langOf(t);
    conditions.push(lang ? { text: t, lang } : { text: t });
  };
  for (const cond of objs(rs.condition)) {
    const cs = codings(cond);
    const text = present(cond.text);
    const foldedText = text?.toLowerCase();
    const isMeddra = (str(cond.id) ?? '').startsWith(MEDDRA_ID_PREFIX) || foldedText === 'meddracondition'
      || foldedText === 'meddra' || cs.some((c) => isMeddraSystem(c.system));
    if (isMeddra) {
      for (const c of cs) {
        const code = codeOf(c);
        if (!code || seenCode.has(code)) continue;
        seenCode.add(code);
        const label = present(c.display);
        meddra.push(label ? { code, label } : { code });
      }
      continue;
    }
    // 2023: disease text in coding[0].display with text "diseaseCondition".
    for (const c of cs) if (!codeOf(c)) addText(present(c.display));
    if (text && foldedText !== 'diseasecondition') addText(text);
  }
  return { conditions, meddra };
}

// ---------- description ----------

const PARTICIPATION_RE = /dur[ée]e de participation est de\s*:?\s*(\d+(?:[.,]\d+)?)\s*mois/i;
// "…est de: undefined mois": a template filled with a missing value says nothing.
const EMPTY_TEMPLATE_RE = /:\s*(?:undefined|null|indisponible)\b/i;

function readDescription(rs: Obj): Pick<Study, 'description' | 'participationMonths'> {
  const description = present(rs.description, { multiline: true });
  if (!description || EMPTY_TEMPLATE_RE.test(description)) return {};
  const m = PARTICIPATION_RE.exec(description);
  const months = m ? Number.parseFloat(m[1].replace(',', '.')) : NaN;
  return Number.isFinite(months) ? { description, participationMonths: months } : { description };
}

// ---------- labels (legacy) ----------

function readLabels(exts: Obj[]): { acronym?: string; labels: string[] } {
  let acronym: string | undefined;
  const labels: string[] = [];
  for (const e of exts) {
    const key = extensionKey(e.url);
    if (!key.endsWith('label')) continue;
    const subs = objs(e.extension);
    let value = present(e.valueString);
    let type: string | undefined;
    for (const s of subs) {
      const k = extensionKey(s.url);
      if (k === 'value' || k === 'labelvalue') value = present(s.valueString) ?? value;
      if (k === 'type' || k === 'labeltype') {
        type = str(s.valueString) ?? (codings(s.valueCodeableConcept).map(codeOf).find(Boolean) as string | undefined)
          ?? str(s.valueCode);
      }
    }
    if (!value) continue;
    if (type?.toLowerCase() === 'acronym' && !acronym) acronym = value;
    else if (!labels.includes(value)) labels.push(value);
  }
  return acronym ? { acronym, labels } : { labels };
}

function firstStringDeep(e: Obj, depth = 0): string | undefined {
  // The legacy outcome measure had `name` and `description` parts: the description is the text.
  const described = objs(e.extension).find((s) => extensionKey(s.url) === 'description');
  const fromDescription = described ? firstStringDeep(described, depth + 1) : undefined;
  if (fromDescription) return fromDescription;
  const direct = present(e.valueString, { multiline: true }) ?? present(e.valueMarkdown, { multiline: true });
  if (direct) return direct;
  if (depth > 3) return undefined;
  for (const s of objs(e.extension)) {
    const v = firstStringDeep(s, depth + 1);
    if (v) return v;
  }
  return undefined;
}

// ---------- eligibility and outcomes ----------

const HEALTHY_RE = /volontaires?\s+sains?|healthy/i;

function criterion(text: string): Criterion {
  const lang = langOf(text);
  return lang ? { text, lang } : { text };
}

function characteristicText(ch: Obj): string | undefined {
  const cc = obj(ch.valueCodeableConcept);
  for (const c of codings(cc)) {
    const t = present(c.display, { multiline: true });
    if (t) return t;
  }
  return present(cc?.text, { multiline: true }) ?? present(ch.valueString, { multiline: true });
}

type CriterionKind = 'inclusion' | 'exclusion' | 'primary' | 'secondary';

/** A `grp-other` characteristic without `description` (documents built before 2025-12-09, f027780). */
interface LegacyCriterion {
  text?: string;
  exclude: boolean;
}

/**
 * A criteria list of the narrative: parsed; empty when the item is there with no value (`criteres_jugement: ` or
 * `null`, how ECLAIRE writes a study without such criteria); undefined when absent or not of the expected shape.
 */
function criteriaListOf(narrative: Narrative, key: 'criteres_eligibilite' | 'criteres_jugement') {
  const value = narrative.get(key);
  if (value !== undefined) return parseCriteriaList(value);
  return narrative.has(key) && narrative.all(key).length === 0 ? [] : undefined;
}

/** The kinds the legacy ETL gave characteristics, in its order: eligibility (INCLUSION, EXCLUSION), then judgement. */
function legacySequence(
  eligibility: ReturnType<typeof parseCriteriaList>, judgement: ReturnType<typeof parseCriteriaList>, withUntitled: boolean,
): CriterionKind[] {
  const out: CriterionKind[] = [];
  for (const e of eligibility ?? []) {
    if (!withUntitled && !e.title) continue;
    if (e.type === 'INCLUSION') out.push('inclusion');
    else if (e.type === 'EXCLUSION') out.push('exclusion');
  }
  for (const j of judgement ?? []) {
    if (!withUntitled && !j.title) continue;
    if (j.type === 'PRINCIPAL') out.push('primary');
    else if (j.type === 'SECONDAIRE') out.push('secondary');
  }
  return out;
}

/**
 * Tells apart legacy criteria (CONTRACT §3.8, f027780): inclusion `exclude:false`, exclusion `exclude:true`, primary
 * AND secondary outcome criteria `exclude:false`, all without `description`. The legacy ETL pushed every eligibility
 * criterion (INCLUSION, EXCLUSION) then every judgement criterion (PRINCIPAL, SECONDAIRE), in the narrative's order.
 * In order of certainty:
 * 1. `exclude:true` is an exclusion criterion (outcomes never had it);
 * 2. the characteristics line up one to one, with the same `exclude`, with the sequence the narrative's
 *    `criteres_eligibilite` / `criteres_jugement` give (texts may differ: CTIS criteria are translated), and no text
 *    that the narrative files under another kind → that kind, position by position;
 * 3. an `exclude:false` before the last `exclude:true` is an eligibility criterion, hence an inclusion one;
 * 4. a text found in the narrative under exactly one kind → that kind;
 * 5. the same text as a criterion already classified → that criterion again (a duplicate);
 * 6. otherwise undefined: the caller files it as unclassified, never as a condition to take part.
 */
function classifyLegacy(items: LegacyCriterion[], narrative: Narrative): (CriterionKind | undefined)[] {
  const eligibility = criteriaListOf(narrative, 'criteres_eligibilite');
  const judgement = criteriaListOf(narrative, 'criteres_jugement');
  const byText = new Map<string, Set<CriterionKind>>();
  const note = (title: string | undefined, kind: CriterionKind) => {
    if (!title) return;
    const key = foldText(title);
    if (!key) return;
    const set = byText.get(key) ?? new Set<CriterionKind>();
    set.add(kind);
    byText.set(key, set);
  };
  for (const e of eligibility ?? []) {
    if (e.type === 'INCLUSION') note(e.title, 'inclusion');
    else if (e.type) note(e.title, 'exclusion');
  }
  for (const j of judgement ?? []) {
    if (j.type === 'PRINCIPAL') note(j.title, 'primary');
    else if (j.type) note(j.title, 'secondary');
  }
  const keys = items.map((i) => (i.text ? foldText(i.text) : ''));
  const contradicts = (kind: CriterionKind, i: number) => {
    const kinds = keys[i] ? byText.get(keys[i]) : undefined;
    return kinds !== undefined && !kinds.has(kind);
  };

  if (eligibility && judgement) {
    for (const withUntitled of [true, false]) {
      const expected = legacySequence(eligibility, judgement, withUntitled);
      const aligned = expected.length === items.length
        && expected.every((k, i) => (k === 'exclusion') === items[i].exclude && !contradicts(k, i));
      if (aligned) return expected;
    }
  }

  const out: (CriterionKind | undefined)[] = items.map((i) => (i.exclude ? 'exclusion' : undefined));
  let lastExclusion = -1;
  items.forEach((item, i) => {
    if (item.exclude) lastExclusion = i;
  });
  for (let i = 0; i < lastExclusion; i++) out[i] ??= 'inclusion';
  for (let i = 0; i < items.length; i++) {
    if (out[i] || !keys[i]) continue;
    const kinds = [...(byText.get(keys[i]) ?? [])].filter((k) => k !== 'exclusion');
    if (kinds.length === 1) out[i] = kinds[0];
  }
  const classified = new Map<string, CriterionKind>();
  out.forEach((k, i) => {
    if (k && keys[i] && !classified.has(keys[i])) classified.set(keys[i], k);
  });
  for (let i = 0; i < items.length; i++) out[i] ??= keys[i] ? classified.get(keys[i]) : undefined;
  return out;
}

function readGroup(
  group: Group | undefined, regulation: Regulation, narrative: Narrative,
): { eligibility: Eligibility; outcomes: Outcome[] } {
  const eligibility: Eligibility = {
    sexes: [], ageRanges: [], inclusion: [], exclusion: [], unclassified: [], groups: [], healthyVolunteers: false,
    populations: [],
  };
  const outcomes: Outcome[] = [];
  const g = obj(group);
  if (!g) return { eligibility, outcomes };
  const q = g.quantity;
  if (typeof q === 'number' && Number.isFinite(q) && q >= 0) eligibility.plannedParticipants = q;

  const seenCriteria = new Set<string>();
  const seenAges = new Set<string>();
  const seenPop = new Set<string>();
  const legacy: LegacyCriterion[] = [];
  const addCriterion = (kind: CriterionKind | undefined, t: string) => {
    const key = `${kind ?? 'u'}:${t}`;
    if (seenCriteria.has(key)) return;
    seenCriteria.add(key);
    if (kind === 'primary' || kind === 'secondary') {
      const lang = langOf(t);
      const primary = kind === 'primary';
      outcomes.push(lang ? { text: t, primary, lang } : { text: t, primary });
    } else if (kind === 'inclusion') eligibility.inclusion.push(criterion(t));
    else if (kind === 'exclusion') eligibility.exclusion.push(criterion(t));
    else eligibility.unclassified.push(criterion(t));
  };
  for (const ch of objs(g.characteristic)) {
    const kind = codings(ch.code).map(codeOf).find(Boolean);
    const description = (str(ch.description) ?? str(obj(ch.code)?.text) ?? '').trim().toLowerCase();
    const exclude = ch.exclude === true;
    switch (kind) {
      case 'grp-gender':
        for (const c of codings(ch.valueCodeableConcept)) {
          const v = (codeOf(c) ?? str(c.display) ?? '').trim().toLowerCase();
          const sex: Sex | undefined = v === 'male' || v === 'homme' ? 'homme' : v === 'female' || v === 'femme' ? 'femme' : undefined;
          if (sex && !eligibility.sexes.includes(sex)) eligibility.sexes.push(sex);
        }
        break;
      case 'grp-age': {
        const range = obj(ch.valueRange);
        const low = obj(range?.low)?.value;
        const high = obj(range?.high)?.value;
        if (typeof low !== 'number' && typeof high !== 'number') break;
        const r: AgeRange = { min: typeof low === 'number' ? low : 0 };
        if (typeof high === 'number') r.max = high;
        const key = `${r.min}-${r.max ?? ''}`;
        if (!seenAges.has(key)) {
          seenAges.add(key);
          eligibility.ageRanges.push(r);
        }
        break;
      }
      case 'grp-category': {
        const t = characteristicText(ch);
        if (t && !eligibility.groups.includes(t)) {
          eligibility.groups.push(t);
          if (HEALTHY_RE.test(t)) eligibility.healthyVolunteers = true;
        }
        break;
      }
      case 'grp-studypop': {
        const vulnerable = description === 'vulnerable_population'
          || (description === '' && regulation !== 'medicament' && regulation !== 'inconnu');
        if (vulnerable) {
          // Inverted upstream: exclude=true means "vulnerable population: yes". Before fff1202 every
          // characteristic had exclude=false and no description, so nothing can be concluded then.
          if (description === 'vulnerable_population') eligibility.vulnerablePopulation = exclude;
          break;
        }
        for (const c of codings(ch.valueCodeableConcept)) {
          const code = codeOf(c);
          if (!code || seenPop.has(code)) continue;
          seenPop.add(code);
          eligibility.populations.push(lookupPopulation(code, str(c.display)));
        }
        break;
      }
      case 'grp-other': {
        const t = characteristicText(ch);
        if (description === '') {
          // Legacy (no description): kept, text or not, so that positions line up with the narrative.
          legacy.push(t ? { text: t, exclude } : { exclude });
          break;
        }
        if (!t) break;
        // judgement-criteria: exclude false = primary, true = secondary (not an exclusion!).
        if (description === 'judgement-criteria') addCriterion(exclude ? 'secondary' : 'primary', t);
        else if (description === 'eligibility-criteria') addCriterion(exclude ? 'exclusion' : 'inclusion', t);
        else addCriterion(undefined, t);
        break;
      }
      default:
        break;
    }
  }
  if (legacy.length > 0) {
    const kinds = classifyLegacy(legacy, narrative);
    legacy.forEach((item, i) => {
      if (item.text) addCriterion(kinds[i], item.text);
    });
  }
  eligibility.ageRanges.sort((a, b) => a.min - b.min);
  return { eligibility, outcomes };
}

// ---------- people, addresses, sites ----------

function formatHumanName(n: unknown): string | undefined {
  const name = obj(n);
  if (!name) return undefined;
  const text = present(name.text);
  if (text) return text;
  const parts: string[] = [];
  for (const p of arr(name.prefix)) {
    const v = present(p);
    if (v) parts.push(v);
  }
  for (const p of arr(name.given)) {
    const v = present(p);
    if (v) parts.push(v);
  }
  const family = present(name.family);
  if (family) parts.push(family);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function readTelecoms(telecom: unknown): { email?: string; phone?: string } {
  const out: { email?: string; phone?: string } = {};
  for (const t of objs(telecom)) {
    const value = present(t.value);
    if (!value) continue;
    if (t.system === 'email' && !out.email) out.email = value;
    else if (t.system === 'phone' && !out.phone) out.phone = value;
  }
  return out;
}

function addressLines(line: unknown): string[] {
  const out: string[] = [];
  for (const l of arr(line)) {
    const v = present(l);
    if (v) out.push(v);
  }
  return out;
}

function toSite(loc: Location): StudySite | undefined {
  const l = obj(loc);
  const id = l ? str(l.id) : undefined;
  if (!l || !id) return undefined;
  const site: StudySite = { id, addressLines: [] };
  const name = present(l.name);
  if (name) site.name = name;
  const address = obj(l.address);
  if (address) {
    site.addressLines = addressLines(address.line);
    const rawLines = arr(address.line);
    const service = present(rawLines[1]);
    if (service) site.service = service;
    const city = present(address.city);
    if (city) site.city = city;
    const postcode = present(address.postalCode);
    if (postcode) site.postcode = postcode;
    // Kept as sent (today always the ISO code "FR"), for the geocoder.
    const country = present(address.country);
    if (country) site.country = country;
  }
  const contact: NonNullable<StudySite['contact']> = { ...readTelecoms(l.telecom) };
  for (const t of objs(l.telecom)) {
    const nameExt = findExtension(objs(t.extension), 'eclaire-site-contact-name');
    const n = formatHumanName(nameExt?.valueHumanName);
    if (n) {
      contact.name = n;
      break;
    }
  }
  if (contact.name || contact.email || contact.phone) site.contact = contact;
  return site;
}

function countryLabel(s: string): string {
  const code = findCountryCode(s);
  return code ? lookupCountry(code).label : s;
}

const sameText = (a: string | undefined, b: string | undefined) => !!a && !!b && foldText(a) === foldText(b);

/**
 * Documents built 2025-06-30 → 2026-06-23 swapped city and country (CONTRACT §5.3): `{city: "France",
 * country: "Valenciennes"}`. The narrative's raw `organisme_ville` / `organisme_pays` (the same source fields)
 * settle it when present; otherwise a city that names a country while the country does not is swapped back.
 */
function isSwapped(city: string | undefined, country: string | undefined, narrative: Narrative): boolean {
  const rawCity = narrative.get('organisme_ville');
  const rawCountry = narrative.get('organisme_pays');
  if (rawCity && rawCountry && !sameText(rawCity, rawCountry)) {
    if (sameText(city, rawCountry) && (!country || sameText(country, rawCity))) return true;
    if (sameText(city, rawCity) || sameText(country, rawCountry)) return false;
  }
  return !!city && isCountryName(city) && (!country || !isCountryName(country));
}

function readContactAddress(a: Obj, narrative: Narrative): ContactPerson['address'] | undefined {
  const lines = addressLines(a.line);
  let city = present(a.city);
  let country = present(a.country);
  if (isSwapped(city, country, narrative)) {
    const c = city;
    city = country;
    country = c;
  }
  const postcode = present(a.postalCode);
  if (lines.length === 0 && !city && !country && !postcode) return undefined;
  const out: NonNullable<ContactPerson['address']> = { lines };
  if (city) out.city = city;
  if (postcode) out.postcode = postcode;
  if (country) out.country = countryLabel(country);
  return out;
}

type ContactKind = 'SCI' | 'PUB';

function toContact(c: Obj, narrative: Narrative): { kind?: ContactKind | 'other'; person?: ContactPerson } {
  let kind: ContactKind | 'other' | undefined;
  const person: ContactPerson = {};
  for (const e of objs(c.extension)) {
    const key = extensionKey(e.url);
    // 2023 extensions had no url: recognised by value type.
    if (key.endsWith('eclaire-contact-type') || (!key && e.valueCodeableConcept)) {
      const code = codings(e.valueCodeableConcept).map(codeOf).find(Boolean)?.toUpperCase();
      kind = code === 'SCI' || code === 'PUB' ? code : 'other';
    } else if (key.endsWith('eclaire-contact-name') || (!key && e.valueHumanName)) {
      person.name = formatHumanName(e.valueHumanName) ?? person.name;
    } else if (key.endsWith('eclaire-contact-address') || (!key && e.valueAddress)) {
      const a = obj(e.valueAddress);
      const address = a ? readContactAddress(a, narrative) : undefined;
      if (address) person.address = address;
    } else if (key.endsWith('eclaire-contact-affiliation') || (!key && typeof e.valueString === 'string')) {
      const aff = present(e.valueString);
      if (aff && !person.organisation) person.organisation = aff;
    }
  }
  const organisation = present(c.name);
  if (organisation) person.organisation = organisation;
  Object.assign(person, readTelecoms(c.telecom));
  const empty = !person.name && !person.organisation && !person.email && !person.phone && !person.address;
  return { kind, person: empty ? undefined : person };
}

function readContacts(rs: Obj, narrative: Narrative): StudyContacts {
  const contacts: StudyContacts = {};
  const untyped: ContactPerson[] = [];
  for (const c of objs(rs.contact)) {
    const { kind, person } = toContact(c, narrative);
    // A contact typed with an unknown code is not guessed into a role.
    if (!person || kind === 'other') continue;
    if (kind === 'SCI' && !contacts.scientific) contacts.scientific = person;
    else if (kind === 'PUB' && !contacts.public) contacts.public = person;
    else if (!kind) untyped.push(person);
  }
  // Before fff1202 the SCI contact had no type and came first; a second untyped one is the public contact.
  for (const p of untyped) {
    if (!contacts.scientific) contacts.scientific = p;
    else if (!contacts.public) contacts.public = p;
  }
  return contacts;
}

// ---------- sponsor ----------

const REFERENCE_DISPLAY_RE = /^reference to /i;

function readSponsor(rs: Obj, exts: Obj[], organizations: Organization[]): string | undefined {
  let fallback: string | undefined;
  for (const e of exts) {
    const key = extensionKey(e.url);
    if (!key.endsWith('researchstudy.associatedparty') && !key.endsWith('associated-party')) continue;
    const subs = objs(e.extension);
    const name = present(subs.find((s) => extensionKey(s.url) === 'name')?.valueString);
    if (!name) continue;
    const role = subs.find((s) => extensionKey(s.url) === 'role');
    const roleCode = role ? codings(role.valueCodeableConcept).map(codeOf).find(Boolean) : undefined;
    if (!roleCode || roleCode === 'lead-sponsor' || roleCode === 'sponsor' || roleCode === 'sponsor-investigator') return name;
    fallback ??= name;
  }
  if (fallback) return fallback;
  // Legacy `sponsor` reference (until 2025-05-20): the Organization's name, else a meaningful display.
  const sponsorRef = obj(rs.sponsor);
  if (sponsorRef) {
    const orgId = refId(sponsorRef, 'Organization');
    const org = orgId ? organizations.find((o) => obj(o)?.id === orgId) : undefined;
    const orgName = present(org?.name);
    if (orgName) return orgName;
    const display = present(sponsorRef.display);
    if (display && !REFERENCE_DISPLAY_RE.test(display)) return display;
  }
  return undefined;
}

// ---------- dates ----------

const MAX_RAW_DATE = 100;

/**
 * The recruitment period extension (start: ISO instant; end: the raw source string), completed by the narrative's
 * `date_debut_recrutement` / `date_fin_recrutement` when a part is missing. The legacy `ResearchStudy.period`
 * (until 2025-05-20) was a completion date, always `{end: "INDISPONIBLE"}`: not a recruitment period, not read.
 */
function readPeriod(exts: Obj[], narrative: Narrative): Study['recruitmentPeriod'] {
  const period = obj(findExtension(exts, 'eclaire-recruitment-period')?.valuePeriod);
  const out: NonNullable<Study['recruitmentPeriod']> = {};
  const startRaw = present(period?.start) ?? narrative.get('date_debut_recrutement');
  const start = startRaw ? parseUpstreamDate(startRaw) : undefined;
  if (start) out.start = start;
  const endRaw = present(period?.end) ?? narrative.get('date_fin_recrutement');
  if (endRaw && endRaw.length <= MAX_RAW_DATE) {
    out.endRaw = endRaw;
    const end = parseUpstreamDate(endRaw);
    if (end) out.end = end;
  }
  return out.start || out.endRaw ? out : undefined;
}

// ---------- countries ----------

const TWO_LETTERS_RE = /^[A-Z]{2}$/;
const COUNTRY_LIST_SPLIT_RE = /[\s,;]+/;

/**
 * ISO 3166-1 alpha-2 codes of `ResearchStudy.location` (CTIS), upper case, in upstream order; a coding without a
 * usable code is recognised by its display. Without `location`, the narrative's `pays_concernes` (`BE,DE,FR`).
 */
function readCountries(rs: Obj, narrative: Narrative): string[] {
  const out: string[] = [];
  const add = (code: string | undefined) => {
    if (code && !out.includes(code)) out.push(code);
  };
  for (const loc of objs(rs.location)) {
    for (const c of codings(loc)) {
      const code = codeOf(c)?.toUpperCase();
      if (code && TWO_LETTERS_RE.test(code)) add(code);
      else {
        const display = present(c.display);
        add((code ? findCountryCode(code) : undefined) ?? (display ? findCountryCode(display) : undefined));
      }
    }
  }
  if (out.length === 0) {
    const listed = narrative.get('pays_concernes');
    if (listed && listed.length <= 2000) {
      for (const part of listed.split(COUNTRY_LIST_SPLIT_RE)) {
        const code = part.toUpperCase();
        if (isIsoCountryCode(code)) add(code);
      }
    }
  }
  return out;
}

// ---------- study ----------

/** Converts one study's resources to a Study. Throws only when the ResearchStudy has no usable id. */
export function toStudy(raw: RawStudyResources): Study {
  const rs = obj(raw?.researchStudy);
  const id = rs ? present(rs.id) : undefined;
  if (!rs || !id) throw new Error('ResearchStudy sans identifiant utilisable');

  const exts = objs(rs.extension);
  const status = present(rs.status);
  // The study's narrative; the Group carries a copy of it (since 2025-06-30) when the study's own is missing.
  let narrative = narrativeOf(rs);
  if (!narrative.readable) narrative = narrativeOf(raw.group);
  const reg = readRegulation(rs);
  const { acronym, labels } = readLabels(exts);
  const { eligibility, outcomes } = readGroup(raw.group, reg.regulation, narrative);
  const organizations = arr(raw.organizations) as Organization[];

  const study: Study = {
    id,
    identifiers: readIdentifiers(id, rs),
    ...readTitle(id, rs.title),
    labels,
    ...reg,
    ...readStatus(exts, status, narrative),
    ...readPhase(rs, reg.regulation),
    ...readConditions(rs),
    outcomes,
    eligibility,
    sites: [],
    contacts: readContacts(rs, narrative),
    countries: readCountries(rs, narrative),
  };
  if (acronym) study.acronym = acronym;
  if (status) study.fhirStatus = status;

  const area = present(findExtension(exts, 'eclaire-therapeutic-area')?.valueString);
  if (area) study.therapeuticArea = area;

  const summary = present(findExtension(exts, 'researchstudy.descriptionsummary')?.valueMarkdown, { multiline: true });
  if (summary) {
    study.summary = summary;
    const lang = langOf(summary);
    if (lang) study.summaryLang = lang;
  }

  const objectives = present(obj(rs.primaryPurposeType)?.text, { multiline: true })
    ?? (() => {
      const legacy = findExtension(exts, 'eclaire-outcome-measure');
      return legacy ? firstStringDeep(legacy) : undefined;
    })();
  if (objectives) {
    study.objectives = objectives;
    const lang = langOf(objectives);
    if (lang) study.objectivesLang = lang;
  }

  Object.assign(study, readDescription(rs));

  for (const loc of arr(raw.locations)) {
    const site = toSite(loc as Location);
    if (site) study.sites.push(site);
  }

  const sponsor = readSponsor(rs, exts, organizations);
  if (sponsor) study.sponsor = sponsor;

  const period = readPeriod(exts, narrative);
  if (period) study.recruitmentPeriod = period;

  const lastUpdated = present(obj(rs.meta)?.lastUpdated);
  if (lastUpdated) {
    study.lastUpdated = lastUpdated;
    if (isLastUpdatedFallback(lastUpdated, reg.regulation, narrative)) study.lastUpdatedFallback = true;
  }
  return study;
}

// ---------- pages ----------

const PAGE_TYPES = new Set(['ResearchStudy', 'Group', 'Location', 'Organization']);

/**
 * Groups the resources of an `_include=*` page per study. Malformed entries are skipped with a problem each;
 * references that do not resolve on the page are simply left out (Organizations `{id}-primary-sponsor` never do).
 */
export function groupPageResources(resources: unknown[]): { records: RawStudyResources[]; problems: NormaliseProblem[] } {
  const problems: NormaliseProblem[] = [];
  const studies = new Map<string, ResearchStudy>();
  const groups = new Map<string, Group>();
  const locations = new Map<string, Location>();
  const organizations = new Map<string, Organization>();

  for (const [i, r] of arr(resources).entries()) {
    if (!isObj(r)) {
      problems.push({ message: `Entrée ${i} ignorée : ce n’est pas une ressource (${r === null ? 'null' : typeof r}).` });
      continue;
    }
    const resourceType = str(r.resourceType);
    const id = str(r.id)?.trim();
    if (!resourceType) {
      problems.push({ ...(id ? { id } : {}), message: `Entrée ${i} ignorée : resourceType absent.` });
      continue;
    }
    if (!PAGE_TYPES.has(resourceType)) {
      problems.push({ resourceType, ...(id ? { id } : {}), message: `Entrée ${i} ignorée : type ${resourceType} inattendu.` });
      continue;
    }
    if (!id || isPlaceholder(id)) {
      problems.push({ resourceType, message: `Entrée ${i} ignorée : identifiant absent.` });
      continue;
    }
    // Duplicates keep the last occurrence, as the upstream does (§3.1); Map.set moves nothing, so order is kept.
    if (resourceType === 'ResearchStudy') studies.set(id, r as unknown as ResearchStudy);
    else if (resourceType === 'Group') groups.set(id, r as unknown as Group);
    else if (resourceType === 'Location') locations.set(id, r as unknown as Location);
    else organizations.set(id, r as unknown as Organization);
  }

  const records: RawStudyResources[] = [];
  for (const [id, study] of studies) {
    const s = study as unknown as Obj;
    let group: Group | undefined;
    for (const ref of arr(s.enrollment)) {
      const gid = refId(ref, 'Group');
      if (gid && groups.has(gid)) {
        group = groups.get(gid);
        break;
      }
    }
    group ??= groups.get(`${id}-enrollment-group`);

    const locs: Location[] = [];
    const seenLoc = new Set<string>();
    for (const ref of arr(s.site)) {
      const lid = refId(ref, 'Location');
      const loc = lid ? locations.get(lid) : undefined;
      if (loc && lid && !seenLoc.has(lid)) {
        seenLoc.add(lid);
        locs.push(loc);
      }
    }

    const orgs: Organization[] = [];
    const seenOrg = new Set<string>();
    const addOrg = (ref: unknown) => {
      const oid = refId(ref, 'Organization');
      const org = oid ? organizations.get(oid) : undefined;
      if (org && oid && !seenOrg.has(oid)) {
        seenOrg.add(oid);
        orgs.push(org);
      }
    };
    for (const ident of objs(s.identifier)) addOrg(ident.assigner);
    addOrg(s.sponsor);

    const record: RawStudyResources = { researchStudy: study, locations: locs, organizations: orgs };
    if (group) record.group = group;
    records.push(record);
  }
  return { records, problems };
}

/** Groups and normalises one page; a study that cannot be normalised becomes a problem, the others go on. */
export function normalisePage(resources: unknown[]): { studies: { study: Study; raw: RawStudyResources }[]; problems: NormaliseProblem[] } {
  const { records, problems } = groupPageResources(resources);
  const studies: { study: Study; raw: RawStudyResources }[] = [];
  for (const raw of records) {
    try {
      studies.push({ study: toStudy(raw), raw });
    } catch (err) {
      const id = str((raw.researchStudy as unknown as Obj)?.id);
      problems.push({
        resourceType: 'ResearchStudy', ...(id ? { id } : {}),
        message: `Étude non normalisée : ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  return { studies, problems };
}

/** True when the resource carries the demo provenance tag. */
export function isDemoResource(r: { meta?: { tag?: Coding[] } }): boolean {
  const tags = arr(obj(obj(r)?.meta)?.tag);
  return tags.some((t) => isObj(t) && t.system === DEMO_TAG.system && t.code === DEMO_TAG.code);
}
