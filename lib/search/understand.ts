/**
 * One search box that understands « maladie + lieu »: what people type in the disease box — « asthme lyon »,
 * « cancer du sein près de Rennes », « diabète enfant 13 », « essai alzheimer paris 15 » — read into the text to
 * search and the filters it names, applied as the real filters by every reader (run-search.ts), and said back to
 * the person with a way back (`texte=exact`).
 *
 * Rules (each one a line of the table in understand-cases.ts):
 * - Only the START and the END of the text are read; the middle of a disease name is never cut
 *   (« cancer du sein près de Rennes » → « cancer du sein » + Rennes; « maladie de Lyme » stays whole).
 * - A place: a commune (name, postcode or INSEE code), a department (name or number) or a region, found by
 *   lib/geo's findPlacesByName and ranked there (the most populous homonym wins, the others are offered). A
 *   connector before it is consumed with it: « près de », « à », « autour de », « sur », « dans le/la/les », « en »…
 *   Without a connector, a commune must be a town of 3,000 inhabitants or more (a first-words match: 20,000)
 *   typed with its article if its name has one (« le tampon », not « tampon »),
 *   and a department or region name must not be an everyday word (« lot », « cher », « manche »…): « douleur bras »
 *   is not Bras (Var), « baisse de la vue » is not Vue (Loire-Atlantique).
 * - Qualifiers: enfant (0–17 years), adolescent (12–17), adulte (18–64), senior / personne âgée (65 and over),
 *   « 45 ans », « plus de 65 ans », « moins de 18 ans »; femme / homme; volontaire sain / en bonne santé. With
 *   « chez », « pour », « de l’ »… before them.
 * - Noise at the start: « essai », « étude », « étude clinique », « je cherche »… (with « sur le », « de la »…),
 *   dropped and said so — unless nothing would be left.
 * - The disease wins: words that are a disease (a synonym phrase of synonyms.ts, or a condition of the mirror)
 *   are never a place nor a qualifier (« Charcot », « Lyme », « Paget »), nor are words that complete one with
 *   their neighbours (« sclérose en plaques », « trisomie 21 », « covid 19 », « femme enceinte », « essai
 *   randomisé »). A place word after « de », « du », « des », « d’ » without a connector is part of a name
 *   (« maladie de Basedow »); a number after « type », « stade », « trisomie »… is part of the disease.
 * - A study number (« 2022-500014-26 », « NCT01234567 ») is searched as it is.
 * - A place that names nothing known stays in the text (« asthme lyonn »); text that reads as nothing is searched
 *   as typed. Never throws, whatever the input.
 */
import { findPlacesByName, type PlaceMatch } from '@/lib/geo/find-places';
import { getGazetteer, type Commune, type Gazetteer } from '@/lib/geo/gazetteer';
import { normaliseName, stripArticle } from '@/lib/geo/normalise-name';
import { compareHomonyms } from '@/lib/geo/ranking';
import { identifierKind, looksLikeIdentifier } from '@/lib/study/identifiers';
import type { Sex } from '@/lib/study/types';
import { analyseText, compactIdentifier } from '@/lib/text/analyse';
import { foldText } from '@/lib/text/fold';
import { defaultRecruitment, serializeSearchQuery, type SearchQuery } from './params';
import { getSynonymIndex } from './synonyms';

// ---------------------------------------------------------------------------------------------------------------
// What the text says
// ---------------------------------------------------------------------------------------------------------------

export type PlaceKind = 'commune' | 'departement' | 'region';

export interface NamedPlace {
  kind: PlaceKind;
  /** INSEE commune code, department code or INSEE region code. */
  code: string;
  name: string;
  /** « Lyon (69) », « Bouches-du-Rhône (13) », « Bretagne ». */
  label: string;
}

export interface TextPlace extends NamedPlace {
  /** The words read as the place, as typed, connector included (« près de Rennes »). */
  typed: string;
  /** Other places these words may name, most likely first (homonyms, the other communes of a postcode). */
  others: NamedPlace[];
}

/** `age`: one age (« 45 ans »); `tranche`: « plus de 65 ans », « moins de 18 ans ». */
export type AgeBracket = 'enfant' | 'adolescent' | 'adulte' | 'senior' | 'age' | 'tranche';

export interface TextAge {
  bracket: AgeBracket;
  /** Years, inclusive. */
  min: number;
  /** Years, inclusive; null: no upper bound. */
  max: number | null;
  typed: string;
}

export interface TextParse {
  /** What is left to search as text ('' when nothing is). The text as typed when nothing was understood. */
  text: string;
  place?: TextPlace;
  age?: TextAge;
  sexe?: { value: Sex; typed: string };
  volontaire?: { value: 'sain'; typed: string };
  /** Words dropped as noise, as typed (« essai clinique sur le »). */
  dropped: string[];
}

export interface UnderstandOptions {
  /**
   * Analysed phrases (analyseText, joined by one space) of the conditions the mirror holds: a disease of that name
   * wins over a place or a qualifier (see conditionPhrases).
   */
  conditions?: ReadonlySet<string>;
  gazetteer?: Gazetteer;
}

/** Age brackets (years, inclusive). The data hold age ranges: a bracket keeps the studies whose ranges overlap it. */
export const AGE_BRACKETS: Readonly<Record<'enfant' | 'adolescent' | 'adulte' | 'senior', { min: number; max: number | null }>> = {
  enfant: { min: 0, max: 17 },
  adolescent: { min: 12, max: 17 },
  adulte: { min: 18, max: 64 },
  senior: { min: 65, max: null },
};

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary (folded keys: lower case, no accents, apostrophes and hyphens as spaces)
// ---------------------------------------------------------------------------------------------------------------

const phrases = (list: string[]) => list.map((p) => p.split(' '));

/** Before a place, longest first. */
const PLACE_CONNECTORS = phrases([
  'dans la region de', 'dans la region d', 'dans le secteur de', 'dans le secteur d', 'aux alentours de',
  'aux alentours d', 'aux environs de', 'aux environs d', 'a proximite de', 'a proximite d', 'du cote de', 'du cote d',
  'a cote de', 'a cote d', 'dans la ville de', 'dans la ville d', 'pas loin de', 'pas loin d',
  'region de', 'region d', 'pres de', 'pres d', 'proche de', 'proche d', 'autour de', 'autour d', 'vers de',
  // « du », « des »: « de le », « de les » (« près du Havre », « autour des Abymes »).
  'aux alentours du', 'aux alentours des', 'aux environs du', 'aux environs des', 'a proximite du', 'a proximite des',
  'du cote du', 'du cote des', 'a cote du', 'a cote des', 'pas loin du', 'pas loin des', 'pres du', 'pres des',
  'proche du', 'proche des', 'autour du', 'autour des',
  'dans le', 'dans la', 'dans les', 'dans l', 'sur le', 'sur la', 'sur les', 'sur l', 'a l',
  'en', 'a', 'au', 'aux', 'dans', 'sur', 'vers', 'pres', 'proche', 'autour', 'cote',
]).sort((a, b) => b.length - a.length);

const QUALIFIER_PREPOSITIONS = ['chez', 'pour', 'de', 'du', 'des', 'd', 'au', 'aux'];
const QUALIFIER_ARTICLES = ['l', 'le', 'la', 'les', 'un', 'une', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'notre', 'nos'];
/** Before a qualifier: « chez l’enfant », « pour les femmes », « de l’adulte », « des seniors ». */
const QUALIFIER_CONNECTORS = [
  ...QUALIFIER_PREPOSITIONS.filter((p) => ['chez', 'pour', 'de', 'd'].includes(p)).flatMap((p) =>
    QUALIFIER_ARTICLES.map((a) => [p, a]),
  ),
  ...QUALIFIER_PREPOSITIONS.map((p) => [p]),
  ['l'], ['le'], ['la'], ['les'],
].sort((a, b) => b.length - a.length);

/** After a qualifier at the start: « enfants atteints de mucoviscidose », « femme avec endométriose ». */
const START_LINKS = [
  ...['atteint', 'atteinte', 'atteints', 'atteintes', 'souffrant', 'souffrante', 'souffrants', 'souffrantes', 'malade', 'malades']
    .flatMap((h) => ['de', 'd', 'du', 'des', 'par'].map((t) => [h, t])),
  ['qui', 'ont'], ['qui', 'a'], ['avec'], ['ayant'],
].sort((a, b) => b.length - a.length);

const AGE_WORDS: Readonly<Record<string, 'enfant' | 'adolescent' | 'adulte' | 'senior'>> = {
  enfant: 'enfant', enfants: 'enfant', pediatrique: 'enfant', pediatriques: 'enfant', pediatrie: 'enfant',
  adolescent: 'adolescent', adolescents: 'adolescent', adolescente: 'adolescent', adolescentes: 'adolescent',
  ado: 'adolescent', ados: 'adolescent',
  adulte: 'adulte', adultes: 'adulte',
  senior: 'senior', seniors: 'senior', 'personne agee': 'senior', 'personnes agees': 'senior', 'sujet age': 'senior',
  'sujets ages': 'senior', 'troisieme age': 'senior', '3e age': 'senior', '3eme age': 'senior', 'grand age': 'senior',
};
const SEX_WORDS: Readonly<Record<string, Sex>> = { femme: 'femme', femmes: 'femme', homme: 'homme', hommes: 'homme' };
const VOLUNTEER_WORDS = new Set([
  'volontaire sain', 'volontaires sains', 'volontaire saine', 'volontaires saines', 'sujet sain', 'sujets sains',
  'volontaire en bonne sante', 'volontaires en bonne sante', 'personne en bonne sante', 'personnes en bonne sante',
  'en bonne sante',
]);

/** Dropped at the start (then any of NOISE_TAILS): what says « a study » rather than what it is about. */
const NOISE_HEADS = phrases([
  'je cherche', 'je recherche', 'je voudrais', 'nous cherchons', 'cherche', 'recherche clinique', 'recherches cliniques',
  'recherche biomedicale', 'recherche', 'essai clinique', 'essais cliniques', 'essai therapeutique',
  'essais therapeutiques', 'essai', 'essais', 'etude clinique', 'etudes cliniques', 'etude', 'etudes', 'protocole',
  'protocoles', 'trouver',
]).sort((a, b) => b.length - a.length);
const NOISE_TAILS = new Set([
  'un', 'une', 'des', 'd', 'de', 'du', 'sur', 'pour', 'contre', 'dans', 'concernant', 'en', 'l', 'le', 'la', 'les',
  'clinique', 'cliniques', 'therapeutique', 'therapeutiques',
]);
/** Dropped at the end: « près de chez moi » names no place (the « Où ? » box and « Autour de moi » do). */
const END_NOISE = phrases([
  'pres de chez moi', 'pres de chez nous', 'pres de moi', 'pres d ici', 'autour de moi', 'autour de chez moi',
  'proche de moi', 'proche de chez moi', 'a proximite', 'a proximite de chez moi', 'dans ma region', 'dans ma ville',
  'dans mon departement', 'dans mon coin', 'pas loin de chez moi',
]).sort((a, b) => b.length - a.length);

/** Department and region names that are everyday words: a place only after a connector (« dans le Lot »). */
const EVERYDAY_AREA_WORDS = new Set(['lot', 'cher', 'var', 'manche', 'somme', 'centre', 'nord', 'ain', 'orne', 'aube']);
/** A number after these words belongs to the disease (« trisomie 18 », « hpv 16 », « il 17 », « stade 4 »). */
const NUMBERED_WORDS = new Set([
  'type', 'types', 'stade', 'grade', 'phase', 'trisomie', 'monosomie', 'covid', 'hpv', 'vih', 'hiv', 'sars', 'cov',
  'cd', 'il', 'brca', 'her', 'classe', 'niveau', 'n', 'no', 'numero', 'chromosome', 'mody', 'facteur', 'groupe',
  'score', 'tnm', 'lignee', 'ligne', 'cycle', 'semaine', 'semaines', 'jour', 'jours', 'mois', 'an', 'annee', 'version',
  'generation', 'variant', 'souche', 'serotype', 'genotype', 'vhc', 'vhb', 'hla', 'kras', 'egfr', 'alk', 'pd', 'tp',
  'nyha', 'gold', 'ecog', 'gleason', 'dose', 'vitamine',
]);
const GENITIVES = new Set(['de', 'du', 'des', 'd']);

/** A town without a connector: at least this many inhabitants (below, common words are villages too). */
const BARE_COMMUNE_MIN_POPULATION = 3000;
/** A town named by its first words only (« Cherbourg »), without a connector. */
const BARE_PARTIAL_MIN_POPULATION = 20000;
/** A town named by its first words only, after a connector. */
const PARTIAL_MIN_POPULATION = 2000;
const MAX_PLACE_WORDS = 8;
const MAX_QUALIFIER_WORDS = 7;
const MAX_OTHERS = 5;
/** Beyond this many words, nothing is read: a pasted paragraph is searched as it is. */
const MAX_WORDS = 40;
/** Longest known phrase (in analysed tokens) looked for across a cut. */
const MAX_KNOWN_TOKENS = 12;

// ---------------------------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------------------------

interface Word {
  raw: string;
  /** foldText(raw): may hold spaces (« saint etienne »). */
  key: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[^\s,;:!?()[\]{}"«»<>|]+/gu;
const ELISION_RE = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const push = (raw: string, start: number) => {
    const key = foldText(raw);
    if (key) out.push({ raw, key, start, end: start + raw.length });
  };
  for (const m of text.matchAll(TOKEN_RE)) {
    let raw = m[0];
    let start = m.index ?? 0;
    const lead = /^[.\-'’_*~]+/.exec(raw)?.[0].length ?? 0;
    raw = raw.slice(lead);
    start += lead;
    const trail = /[.\-_*~]+$/.exec(raw)?.[0].length ?? 0;
    raw = raw.slice(0, raw.length - trail);
    if (!raw) continue;
    const elision = ELISION_RE.exec(raw);
    if (elision) {
      push(raw.slice(0, elision[0].length), start);
      raw = raw.slice(elision[0].length);
      start += elision[0].length;
    }
    push(raw, start);
  }
  return out;
}

const keysOf = (words: readonly Word[]) => words.map((w) => w.key);
/** The text of these words as typed, from the first to the last (a closing bracket opened inside comes along). */
function slice(text: string, words: readonly Word[]): string {
  if (!words.length) return '';
  let end = words[words.length - 1].end;
  const inner = text.slice(words[0].start, end);
  if ((inner.match(/\(/g)?.length ?? 0) > (inner.match(/\)/g)?.length ?? 0) && text[end] === ')') end += 1;
  return text.slice(words[0].start, end);
}

/** The length of the longest phrase of `list` that `keys` starts with (0: none). */
function startsWithPhrase(keys: readonly string[], list: readonly string[][]): number {
  for (const p of list) if (p.length <= keys.length && p.every((k, i) => keys[i] === k)) return p.length;
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The disease wins
// ---------------------------------------------------------------------------------------------------------------

interface Known {
  has(phrase: string): boolean;
}

function knownPhrases(opts: UnderstandOptions): Known {
  const { byPhrase } = getSynonymIndex();
  const conditions = opts.conditions;
  return { has: (p) => byPhrase.has(p) || (conditions?.has(p) ?? false) };
}

/**
 * True when a known phrase (synonym or condition) runs across the cut between `before` and `after` (analysed
 * tokens of the words on each side): cutting there would split a disease name.
 */
function cutsKnownPhrase(known: Known, before: readonly string[], after: readonly string[]): boolean {
  const left = before.slice(-MAX_KNOWN_TOKENS);
  const right = after.slice(0, MAX_KNOWN_TOKENS);
  const tokens = [...left, ...right];
  const cut = left.length;
  for (let i = 0; i < cut; i++) {
    for (let j = cut + 1; j <= tokens.length && j - i <= MAX_KNOWN_TOKENS; j++) {
      if (known.has(tokens.slice(i, j).join(' '))) return true;
    }
  }
  return false;
}

const analyse = (text: string, words: readonly Word[]) => analyseText(slice(text, words));

// ---------------------------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------------------------

function communePlace(c: { insee: string; name: string; department: string }): NamedPlace {
  return { kind: 'commune', code: c.insee, name: c.name, label: `${c.name} (${c.department})` };
}

function toNamedPlace(m: PlaceMatch): NamedPlace {
  if (m.kind === 'commune') return communePlace({ insee: m.insee, name: m.name, department: m.department });
  if (m.kind === 'departement') return { kind: 'departement', code: m.code, name: m.name, label: `${m.name} (${m.code})` };
  return { kind: 'region', code: m.code, name: m.name, label: m.name };
}

/** The same area under another kind (Paris the commune and Paris the department; La Réunion, department and region). */
function sameArea(a: PlaceMatch, b: PlaceMatch): boolean {
  if (foldText(a.name) !== foldText(b.name)) return false;
  const region = (m: PlaceMatch) => (m.kind === 'region' ? m.code : m.region);
  const department = (m: PlaceMatch) => (m.kind === 'commune' ? m.department : m.kind === 'departement' ? m.code : undefined);
  if (a.kind === 'region' || b.kind === 'region') return region(a) === region(b);
  return department(a) === department(b);
}

/** The department and region a place lies in (itself included). */
function areaOf(g: Gazetteer, place: NamedPlace): { department?: string; region?: string } {
  if (place.kind === 'region') return { region: place.code };
  if (place.kind === 'departement') return { department: place.code, region: g.departments.get(place.code)?.region };
  const commune = g.byInsee.get(place.code);
  return { department: commune?.department, region: commune?.region };
}

/** From the most precise kind of place to the widest. */
const PLACE_RANK: Readonly<Record<PlaceKind, number>> = { commune: 0, departement: 1, region: 2 };

/**
 * Two places read side by side that name the same place, or one inside the other: the more precise one (the
 * commune in its department, the department in its region); undefined when they are different places.
 */
function samePlace(g: Gazetteer, a: NamedPlace, b: NamedPlace): NamedPlace | undefined {
  if (a.kind === b.kind) return a.code === b.code ? a : undefined;
  const [inner, outer] = PLACE_RANK[a.kind] < PLACE_RANK[b.kind] ? [a, b] : [b, a];
  const area = areaOf(g, inner);
  const contains = outer.kind === 'region' ? area.region === outer.code : area.department === outer.code;
  return contains ? inner : undefined;
}

const hasPoint = (m: PlaceMatch) => m.kind !== 'commune' || (m.lat != null && m.lon != null);

/** A commune by postcode (the most populous first), INSEE code or former INSEE code. */
function placeByCode(g: Gazetteer, code: string): { place: NamedPlace; others: NamedPlace[] } | undefined {
  const placed = (c: Commune) => c.lat != null && c.lon != null;
  const byPostcode = (g.byPostcode.get(code) ?? []).filter(placed).sort(compareHomonyms);
  if (byPostcode.length) {
    return { place: communePlace(byPostcode[0]), others: byPostcode.slice(1, 1 + MAX_OTHERS).map((c) => communePlace(c)) };
  }
  const commune = g.byInsee.get(code) ?? g.byFormerCode.get(code);
  return commune && placed(commune) ? { place: communePlace(commune), others: [] } : undefined;
}

/**
 * The place that `words` name, if they are one and may be read as one here (`bare`: no connector before them).
 */
function findPlace(
  g: Gazetteer,
  text: string,
  words: readonly Word[],
  bare: boolean,
): { place: NamedPlace; others: NamedPlace[] } | undefined {
  const typed = slice(text, words);
  const compact = typed.replace(/\s+/g, '').toUpperCase();
  if (/^(?:\d{5}|2[AB]\d{3})$/.test(compact)) return placeByCode(g, compact);
  const matches = findPlacesByName(typed, g).filter(hasPoint);
  const top = matches[0];
  if (!top) return undefined;
  const key = words.map((w) => w.key).join(' ');
  if (top.kind === 'commune') {
    const population = top.population ?? 0;
    // A first-words match counts only when it is the current name (not a former commune's) that starts so.
    const topKey = normaliseName(top.name);
    const typedKey = normaliseName(typed);
    const partialOk = !top.partial || topKey.startsWith(`${typedKey} `);
    if (!partialOk) return undefined;
    if (bare) {
      if (top.formerName) return undefined;
      // A name with its article is typed with it when no connector says « place » (« allergie moule » is not
      // Le Moule, « globules blanc » not Le Blanc, « asthme hopital » not L'Hôpital; « asthme le havre » is).
      if (stripArticle(topKey) !== topKey && stripArticle(typedKey) === typedKey) return undefined;
      if (population < (top.partial ? BARE_PARTIAL_MIN_POPULATION : BARE_COMMUNE_MIN_POPULATION)) return undefined;
    } else if (top.partial && population < PARTIAL_MIN_POPULATION) return undefined;
  } else if (bare && !(top.kind === 'departement' && top.byNumber) && EVERYDAY_AREA_WORDS.has(key)) {
    return undefined;
  }
  // Offered instead: true homonyms (Saint-Denis 93 and 974; the department and the town of Vienne), the other
  // towns a first word may begin (« Aix »), the whole city of an arrondissement — not every name that starts so.
  const name = foldText(top.name);
  const others = matches
    .slice(1)
    .filter(
      (m) =>
        !sameArea(top, m) &&
        (foldText(m.name) === name ||
          (top.kind === 'commune' && top.partial && m.kind === 'commune' && m.partial) ||
          (top.kind === 'commune' && top.parent !== null && m.kind === 'commune' && m.insee === top.parent)),
    )
    .slice(0, MAX_OTHERS)
    .map((m) => toNamedPlace(m));
  return { place: toNamedPlace(top), others };
}

// ---------------------------------------------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------------------------------------------

type Qualifier =
  | { kind: 'age'; age: Omit<TextAge, 'typed'> }
  | { kind: 'sexe'; value: Sex }
  | { kind: 'volontaire' };

function readQualifier(keys: readonly string[]): Qualifier | undefined {
  const phrase = keys.join(' ');
  const bracket = AGE_WORDS[phrase];
  if (bracket) return { kind: 'age', age: { bracket, ...AGE_BRACKETS[bracket] } };
  const sexe = SEX_WORDS[phrase];
  if (sexe) return { kind: 'sexe', value: sexe };
  if (VOLUNTEER_WORDS.has(phrase)) return { kind: 'volontaire' };
  const years = /^(?:(plus|moins) de |age de |agee? de |de )?(\d{1,3}) ans?$/.exec(phrase);
  if (years) {
    const n = Number(years[2]);
    if (n > 120) return undefined;
    if (years[1] === 'plus') return { kind: 'age', age: { bracket: 'tranche', min: n, max: null } };
    if (years[1] === 'moins') return n === 0 ? undefined : { kind: 'age', age: { bracket: 'tranche', min: 0, max: n - 1 } };
    return { kind: 'age', age: { bracket: 'age', min: n, max: n } };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

type SegmentKind = 'noise' | 'place' | 'age' | 'sexe' | 'volontaire';

interface Segment {
  kind: SegmentKind;
  /** Word indexes [from, to). */
  from: number;
  to: number;
}

interface Reading {
  parse: TextParse;
  words: Word[];
  segments: Segment[];
}

function nothingUnderstood(text: string, words: Word[] = []): Reading {
  return { parse: { text, dropped: [] }, words, segments: [] };
}

function looksLikeStudyNumber(value: string): boolean {
  return looksLikeIdentifier(value) || /^(?:nct|isrctn)\d{6,}$/.test(compactIdentifier(value));
}

function read(typed: string, opts: UnderstandOptions): Reading {
  const text = typeof typed === 'string' ? typed : '';
  if (!text.trim() || looksLikeStudyNumber(text)) return nothingUnderstood(text);
  const words = splitWords(text);
  if (words.length === 0 || words.length > MAX_WORDS) return nothingUnderstood(text, words);
  const g = opts.gazetteer ?? getGazetteer();
  const known = knownPhrases(opts);
  // Numbers beside a study number belong to it: only the noise before it is read.
  const withNumber = words.some((w) => identifierKind(w.raw) !== 'autre' || looksLikeIdentifier(w.raw));

  const segments: Segment[] = [];
  const parse: TextParse = { text: '', dropped: [] };
  let lo = 0;
  let hi = words.length;
  const tokensOf = (from: number, to: number) => analyse(text, words.slice(from, to));
  /** The cut between [from, to) and what stays beside it keeps every known phrase whole. */
  const cutIsClean = (from: number, to: number, atEnd: boolean) =>
    atEnd
      ? !cutsKnownPhrase(known, tokensOf(Math.max(lo, from - MAX_KNOWN_TOKENS), from), tokensOf(from, to))
      : !cutsKnownPhrase(known, tokensOf(from, to), tokensOf(to, Math.min(hi, to + MAX_KNOWN_TOKENS)));

  // Noise at the start, as long as something is left after it.
  for (;;) {
    const keys = keysOf(words.slice(lo, hi));
    let n = startsWithPhrase(keys, NOISE_HEADS);
    if (n === 0) break;
    while (n < keys.length && NOISE_TAILS.has(keys[n])) n++;
    if (lo + n >= hi || !cutIsClean(lo, lo + n, false)) break;
    segments.push({ kind: 'noise', from: lo, to: lo + n });
    lo += n;
  }
  // Noise at the end: « près de chez moi ».
  for (const p of END_NOISE) {
    const keys = keysOf(words.slice(Math.max(lo, hi - p.length), hi));
    if (hi - lo > p.length && keys.length === p.length && p.every((k, i) => keys[i] === k)) {
      segments.push({ kind: 'noise', from: hi - p.length, to: hi });
      hi -= p.length;
      break;
    }
  }

  const tryQualifier = (atEnd: boolean): boolean => {
    const room = Math.min(hi - lo, MAX_QUALIFIER_WORDS);
    for (let n = room; n >= 1; n--) {
      const from = atEnd ? hi - n : lo;
      const to = atEnd ? hi : lo + n;
      const keys = keysOf(words.slice(from, to));
      const before = [[], ...QUALIFIER_CONNECTORS];
      const after = atEnd ? [[]] : [[], ...START_LINKS];
      for (const c of before) {
        if (c.length && !c.every((k, i) => keys[i] === k)) continue;
        for (const l of after) {
          if (l.length && !l.every((k, i) => keys[keys.length - l.length + i] === k)) continue;
          const core = keys.slice(c.length, keys.length - l.length);
          if (core.length === 0) continue;
          const q = readQualifier(core);
          if (!q || parse[q.kind]) continue;
          if (!cutIsClean(from, to, atEnd)) continue;
          const typedWords = slice(text, words.slice(from, to));
          if (q.kind === 'age') parse.age = { ...q.age, typed: typedWords };
          else if (q.kind === 'sexe') parse.sexe = { value: q.value, typed: typedWords };
          else parse.volontaire = { value: 'sain', typed: typedWords };
          segments.push({ kind: q.kind, from, to });
          if (atEnd) hi = from;
          else lo = to;
          return true;
        }
      }
    }
    return false;
  };

  /**
   * The place words[from, to) name, connector included, with every guard of the rules above; undefined if none.
   * `confirmed`: a place beside it already says these words are a place, so a small commune counts without a
   * connector (it must then lie in that place: see samePlace).
   */
  const placeAt = (
    from: number, to: number, atEnd: boolean, confirmed = false,
  ): { place: NamedPlace; others: NamedPlace[] } | undefined => {
    const keys = keysOf(words.slice(from, to));
    const c = startsWithPhrase(keys, PLACE_CONNECTORS);
    const n = to - from;
    for (const skip of c > 0 && c < n ? [c, 0] : [0]) {
      const placeWords = words.slice(from + skip, to);
      const bare = skip === 0;
      const placeTokens = analyse(text, placeWords);
      if (placeTokens.length === 0) continue;
      // The disease wins: the words are a disease, or complete one with their neighbours.
      if (known.has(placeTokens.join(' '))) continue;
      const previous = from > lo ? words[from - 1].key : undefined;
      if (bare && atEnd && previous && GENITIVES.has(previous)) continue;
      if (/^\d+[ab]?$/.test(placeWords.map((w) => w.key).join('')) && previous && (NUMBERED_WORDS.has(previous) || /^\d+$/.test(previous))) {
        continue;
      }
      if (!cutIsClean(from, to, atEnd)) continue;
      const found = findPlace(g, text, placeWords, bare && !confirmed);
      if (found) return found;
    }
    return undefined;
  };

  const tryPlace = (atEnd: boolean): boolean => {
    if (parse.place) return false;
    const room = Math.min(hi - lo, MAX_PLACE_WORDS);
    for (let n = room; n >= 1; n--) {
      let from = atEnd ? hi - n : lo;
      let to = atEnd ? hi : lo + n;
      let found = placeAt(from, to, atEnd);
      if (!found) continue;
      if (atEnd) hi = from;
      else lo = to;
      // A second name of the same place beside it (« la réunion 974 », « 69 lyon », « champfromier 01 »): read
      // with it, the more precise of the two kept, so that no place word is left in the disease text.
      const next = Math.min(hi - lo, MAX_PLACE_WORDS);
      for (let m = next; m >= 1; m--) {
        const nFrom = atEnd ? hi - m : lo;
        const nTo = atEnd ? hi : lo + m;
        const other = placeAt(nFrom, nTo, atEnd, true);
        const kept = other ? samePlace(g, found.place, other.place) : undefined;
        if (!other || !kept) continue;
        if (kept === other.place) found = other;
        if (atEnd) {
          from = nFrom;
          hi = nFrom;
        } else {
          to = nTo;
          lo = nTo;
        }
        break;
      }
      parse.place = { ...found.place, typed: slice(text, words.slice(from, to)), others: found.others };
      segments.push({ kind: 'place', from, to });
      return true;
    }
    return false;
  };

  if (!withNumber) {
    for (let changed = true; changed && lo < hi; ) {
      changed = false;
      if (lo < hi && (tryQualifier(true) || tryPlace(true))) changed = true;
      if (lo < hi && (tryQualifier(false) || tryPlace(false))) changed = true;
    }
  }

  if (segments.length === 0) return nothingUnderstood(text, words);
  // Consecutive noise reads as one phrase: « je cherche un essai clinique sur le ».
  const noise = segments.filter((s) => s.kind === 'noise').sort((a, b) => a.from - b.from);
  for (let i = 0; i < noise.length; i++) {
    let to = noise[i].to;
    const from = noise[i].from;
    while (i + 1 < noise.length && noise[i + 1].from === to) to = noise[++i].to;
    parse.dropped.push(slice(text, words.slice(from, to)));
  }
  parse.text = joinWords(text, words, new Set(range(lo, hi)));
  return { parse, words, segments };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** The words at these indexes, as typed: each run of neighbours sliced from the text, runs joined by a space. */
function joinWords(text: string, words: readonly Word[], keep: ReadonlySet<number>): string {
  const parts: string[] = [];
  let run: Word[] = [];
  words.forEach((w, i) => {
    if (keep.has(i)) run.push(w);
    else if (run.length) {
      parts.push(slice(text, run));
      run = [];
    }
  });
  if (run.length) parts.push(slice(text, run));
  return parts.join(' ');
}

/** What a typed text says: the text to search, a place, an age, a sex, healthy volunteers, dropped words. */
export function understandText(typed: string, opts: UnderstandOptions = {}): TextParse {
  try {
    return read(typed, opts).parse;
  } catch (error) {
    // Reading is a convenience: a fault in it must never stop a search.
    console.error('[recherche] Lecture du texte en échec', error);
    return { text: typeof typed === 'string' ? typed : '', dropped: [] };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Applying it to a search
// ---------------------------------------------------------------------------------------------------------------

/** Another place the words may name, with the same search centred on it instead. */
export interface UnderstoodAlternative extends NamedPlace {
  /** Canonical URL parameters of the same search with this place as an explicit parameter. */
  params: string;
}

/** A part of the text read as a filter. `applied` is false when a URL parameter of the same kind wins. */
interface Applied {
  typed: string;
  applied: boolean;
}

/** What was understood in `maladie`, as `/api/studies` answers it and the results page shows it. */
export interface Understood {
  /** `maladie` as typed. */
  typed: string;
  /** What was searched as text ('' when nothing was: the filters alone). */
  text: string;
  /** `texte=exact`: nothing was read from the text. */
  exact?: true;
  place?: NamedPlace & Applied & { rayon?: number; others: UnderstoodAlternative[] };
  age?: Omit<TextAge, 'typed'> & Applied;
  sexe?: { value: Sex } & Applied;
  volontaire?: { value: 'sain' } & Applied;
  /** Words dropped as noise, as typed. */
  dropped: string[];
  /**
   * The same search with what was understood written as public parameters (canonical query string), when it
   * differs from the one asked: `maladie=asthme&lieu=69123`. An age bracket has no parameter: its words stay in
   * `maladie`.
   */
  params?: string;
}

export interface Understanding {
  /** The query searched: the text's filters applied where no URL parameter of their kind was given. */
  effective: SearchQuery;
  /** Undefined without `maladie`. */
  understood?: Understood;
}

/**
 * Reads `query.maladie` and applies what it says. Explicit URL parameters always win: a place in the text is not
 * applied when `lieu`, `lat`/`lon`, `departement` or `region` is given (its words leave the text all the same, and
 * `understood` says so); an age, a sex or healthy volunteers likewise against `age`, `sexe`, `volontaire`.
 */
export function understandQuery(query: SearchQuery, opts: UnderstandOptions = {}): Understanding {
  if (!query.maladie) return { effective: query };
  const typed = query.maladie;
  if (query.texte === 'exact') return { effective: query, understood: { typed, text: typed, exact: true, dropped: [] } };
  let reading: Reading;
  try {
    reading = read(typed, opts);
  } catch (error) {
    console.error('[recherche] Lecture du texte en échec', error);
    return { effective: query, understood: { typed, text: typed, dropped: [] } };
  }
  const { parse, words, segments } = reading;
  if (segments.length === 0) return { effective: query, understood: { typed, text: typed, dropped: [] } };

  const effective: SearchQuery = { ...query, maladie: parse.text || undefined };
  const understood: Understood = { typed, text: parse.text, dropped: parse.dropped };

  if (parse.place) {
    const p = parse.place;
    const explicit = query.lieu !== undefined || query.lat !== undefined || query.region !== undefined || query.departement !== undefined;
    const applied = !explicit || (p.kind === 'commune' && query.lieu === p.code);
    if (applied) {
      if (p.kind === 'commune') Object.assign(effective, { lieu: p.code, lat: undefined, lon: undefined });
      else if (p.kind === 'departement') effective.departement = p.code;
      else effective.region = p.code;
    }
    understood.place = {
      kind: p.kind,
      code: p.code,
      name: p.name,
      label: p.label,
      typed: p.typed,
      applied,
      ...(p.kind === 'commune' ? { rayon: query.rayon } : {}),
      others: [],
    };
  }
  if (parse.age) {
    const { typed: t, ...age } = parse.age;
    const applied = query.age === undefined || (age.bracket === 'age' && query.age === age.min);
    if (applied) {
      if (age.bracket === 'age') effective.age = age.min;
      else effective.ageRange = { min: age.min, max: age.max };
    }
    understood.age = { ...age, typed: t, applied };
  }
  if (parse.sexe) {
    const applied = !query.sexe || query.sexe === parse.sexe.value;
    if (applied) effective.sexe = parse.sexe.value;
    understood.sexe = { value: parse.sexe.value, typed: parse.sexe.typed, applied };
  }
  if (parse.volontaire) {
    effective.volontaire = 'sain';
    understood.volontaire = { value: 'sain', typed: parse.volontaire.typed, applied: true };
  }
  // A study number left once the noise is gone (« essai 2022-500014-26 ») is looked for whatever its status, as
  // when typed alone — unless the person chose a recruitment.
  if (query.recrutement === defaultRecruitment(query.maladie)) effective.recrutement = defaultRecruitment(effective.maladie);

  // The same search in explicit parameters: the words of an age bracket stay in the text (no parameter holds one).
  const bracketKept = understood.age?.applied && understood.age.bracket !== 'age';
  const keep = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const segment = segments.find((s) => i >= s.from && i < s.to);
    if (!segment || (bracketKept && segment.kind === 'age')) keep.add(i);
  }
  const explicitText = parse.text && !bracketKept ? parse.text : joinWords(typed, words, keep);
  const materialised: SearchQuery = { ...effective, maladie: explicitText || undefined, ageRange: undefined };
  const params = serializeSearchQuery(materialised).toString();
  if (params !== serializeSearchQuery(query).toString()) understood.params = params;

  if (parse.place && understood.place?.applied) {
    understood.place.others = parse.place.others.map((o) => {
      const alternative: SearchQuery = { ...materialised, lieu: undefined, lat: undefined, lon: undefined, region: undefined, departement: undefined, page: 1 };
      if (o.kind === 'commune') alternative.lieu = o.code;
      else if (o.kind === 'departement') alternative.departement = o.code;
      else alternative.region = o.code;
      return { ...o, params: serializeSearchQuery(alternative).toString() };
    });
  }
  return { effective, understood };
}

// ---------------------------------------------------------------------------------------------------------------
// The mirror's conditions
// ---------------------------------------------------------------------------------------------------------------

const phraseSets = new WeakMap<readonly { text: string }[], ReadonlySet<string>>();

/**
 * The analysed phrases of the mirror's conditions (store.readConditionTerms()), computed once per list — the store
 * gives the same list while its data do not change.
 */
export function conditionPhrases(terms: readonly { text: string }[]): ReadonlySet<string> {
  let set = phraseSets.get(terms);
  if (!set) {
    const out = new Set<string>();
    for (const t of terms) {
      const tokens = analyseText(t.text);
      if (tokens.length > 0 && tokens.length <= MAX_KNOWN_TOKENS) out.add(tokens.join(' '));
    }
    phraseSets.set(terms, (set = out));
  }
  return set;
}
