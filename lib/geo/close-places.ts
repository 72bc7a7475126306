/**
 * « Nous ne trouvons pas « X ». Vouliez-vous dire : … ? » — places close to what the person typed when a `lieu`
 * cannot be resolved: codes one keystroke away (INSEE codes, postcodes, former INSEE codes) or names a few typos
 * away (folded like the suggestions: case, accents, hyphens, « St », leading article, former names).
 *
 * What was typed, if it is a known place, always comes first: this never says that an existing commune is unknown.
 */
import { editDistance } from './edit-distance';
import { getGazetteer, type Commune, type Gazetteer } from './gazetteer';
import { ARRONDISSEMENT_CITIES, normaliseName, parseCityName, stripArticle } from './normalise-name';
import { compareHomonyms } from './ranking';
import { foldQuery, suggestPlaces, toSuggestion, type PlaceSuggestion } from './suggest';

interface CodeEntry {
  code: string;
  commune: Commune;
  postcode?: string;
}

interface CloseIndex {
  /** Folded names (current, without article, former) → commune. */
  names: { key: string; commune: Commune }[];
  /** INSEE codes, former INSEE codes and postcodes (one commune per postcode: the most populous). */
  codes: CodeEntry[];
}

const indexes = new WeakMap<Gazetteer, CloseIndex>();

function getIndex(g: Gazetteer): CloseIndex {
  let index = indexes.get(g);
  if (index) return index;
  const names: CloseIndex['names'] = [];
  for (const commune of g.communes) {
    const key = foldQuery(commune.name);
    names.push({ key, commune });
    const bare = stripArticle(key);
    if (bare !== key) names.push({ key: bare, commune });
  }
  for (const [key, communes] of g.byAlias) for (const commune of communes) names.push({ key, commune });

  const codes: CodeEntry[] = g.communes.map((commune) => ({ code: commune.insee, commune }));
  for (const [code, commune] of g.byFormerCode) codes.push({ code, commune });
  for (const [postcode, communes] of g.byPostcode) {
    const top = [...communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    if (top) codes.push({ code: postcode, commune: top, postcode });
  }
  index = { names, codes };
  indexes.set(g, index);
  return index;
}

interface Candidate {
  commune: Commune;
  postcode?: string;
  distance: number;
}

function rank(a: Candidate, b: Candidate): number {
  return a.distance - b.distance || compareHomonyms(a.commune, b.commune);
}

/** Typed text that looks like a code: digits (and the A/B of Corsica), 3 to 6 characters, spaces ignored. */
function asCode(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return /^[0-9AB]{3,6}$/.test(compact) && /\d{3}/.test(compact) ? compact : undefined;
}

function closeCodes(g: Gazetteer, code: string): Candidate[] {
  // Spreadsheets drop the leading zero of Ain…Ariège codes: « 1400 » is « 01400 ».
  const restored = /^\d{4}$/.test(code) ? `0${code}` : undefined;
  const out: Candidate[] = [];
  for (const entry of getIndex(g).codes) {
    const distance = entry.code === restored ? 0 : editDistance(code, entry.code, 1);
    // An INSEE code before a postcode at the same distance (what the suggestions send).
    if (distance <= 1) out.push({ commune: entry.commune, postcode: entry.postcode, distance: distance + (entry.postcode ? 0.1 : 0) });
  }
  return out;
}

/** How many typos a name of this length may carry and still be recognised. */
function tolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

function closeNames(g: Gazetteer, text: string): Candidate[] {
  const key = foldQuery(text);
  if (!key) return [];
  const keys = [...new Set([key, normaliseName(text), stripArticle(key)])].filter(Boolean);
  const max = tolerance(key.length);
  const withArrondissements = /\d/.test(key);
  const out: Candidate[] = [];
  // « Lyon 3 », « Paris 15e »: the arrondissement itself, then its city.
  const parsed = parseCityName(text);
  const city = g.byInsee.get(ARRONDISSEMENT_CITIES[parsed.name] ?? '');
  if (city && parsed.arrondissement) {
    const arrondissement = (g.arrondissements.get(city.insee) ?? []).find(
      (a) => parseCityName(a.name).arrondissement === parsed.arrondissement,
    );
    if (arrondissement) out.push({ commune: arrondissement, distance: -1 });
  }
  // The name itself (0), then names that start with what was typed (the search box's own suggestions, 0.5).
  for (const s of suggestPlaces(text, 8, g)) {
    const commune = g.byInsee.get(s.insee);
    const exact = commune && keys.some((k) => k === foldQuery(commune.name) || k === stripArticle(foldQuery(commune.name)));
    if (commune) out.push({ commune, postcode: s.postcode, distance: exact ? 0 : 0.5 });
  }
  if (max === 0) return out;
  for (const entry of getIndex(g).names) {
    if (entry.commune.parent && !withArrondissements) continue;
    let distance = max + 1;
    for (const k of keys) distance = Math.min(distance, editDistance(k, entry.key, max));
    if (distance <= max) out.push({ commune: entry.commune, distance });
  }
  return out;
}

/**
 * A few places close to `typed` (a mistyped INSEE code, postcode or commune name), nearest first, then the most
 * populous. An exact match, when there is one, comes first. Nothing is returned for nothing.
 */
export function suggestClosePlaces(typed: string, limit = 5, gazetteer: Gazetteer = getGazetteer()): PlaceSuggestion[] {
  const max = Math.max(0, Math.min(20, Math.floor(limit)));
  const text = typeof typed === 'string' ? typed.trim() : '';
  if (!text || max === 0) return [];
  const code = asCode(text);
  const candidates = code ? closeCodes(gazetteer, code) : closeNames(gazetteer, text);
  const seen = new Set<string>();
  const out: PlaceSuggestion[] = [];
  for (const c of candidates.sort(rank)) {
    if (seen.has(c.commune.insee)) continue;
    seen.add(c.commune.insee);
    out.push(toSuggestion(gazetteer, c));
    if (out.length >= max) break;
  }
  return out;
}
