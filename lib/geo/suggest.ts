/**
 * Place suggestions for the search box (commune names and postcodes by prefix) and resolution of the `lieu`
 * search parameter (INSEE code or postcode) to a point.
 */
import { getGazetteer, type Commune, type Gazetteer } from './gazetteer';
import { foldText } from '@/lib/text/fold';
import { expandAbbreviations, stripArticle } from './normalise-name';

export interface PlaceSuggestion {
  insee: string;
  name: string;
  postcode?: string;
  department: string;
  departmentName: string;
  region: string;
  regionName: string;
  lat: number | null;
  lon: number | null;
}

interface SuggestIndex {
  /** Sorted by key; a commune appears under its folded name and again without its leading article. */
  names: { key: string; commune: Commune }[];
  /** Sorted by postcode. */
  postcodes: { postcode: string; commune: Commune }[];
}

const indexes = new WeakMap<Gazetteer, SuggestIndex>();

/** Folding shared by the suggestions: case, accents, punctuation, « St »/« Ste ». */
export function foldQuery(value: string): string {
  return expandAbbreviations(foldText(value));
}

function getIndex(g: Gazetteer): SuggestIndex {
  let index = indexes.get(g);
  if (index) return index;
  const names: SuggestIndex['names'] = [];
  for (const commune of g.communes) {
    const key = foldQuery(commune.name);
    names.push({ key, commune });
    const bare = stripArticle(key);
    if (bare !== key) names.push({ key: bare, commune });
  }
  names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const postcodes: SuggestIndex['postcodes'] = [];
  for (const [postcode, communes] of g.byPostcode) for (const commune of communes) postcodes.push({ postcode, commune });
  postcodes.sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0));
  index = { names, postcodes };
  indexes.set(g, index);
  return index;
}

/** First position whose value is ≥ prefix, in an array sorted on `get`. */
function lowerBound<T>(items: T[], prefix: string, get: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (get(items[mid]) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Match {
  commune: Commune;
  postcode?: string;
  exact: boolean;
}

export function toSuggestion(g: Gazetteer, m: { commune: Commune; postcode?: string }): PlaceSuggestion {
  const c = m.commune;
  const postcode = m.postcode ?? (c.postcodes.length === 1 ? c.postcodes[0] : undefined);
  return {
    insee: c.insee,
    name: c.name,
    ...(postcode ? { postcode } : {}),
    department: c.department,
    departmentName: g.departments.get(c.department)?.name ?? c.department,
    region: c.region,
    regionName: g.regions.get(c.region)?.name ?? c.region,
    lat: c.lat,
    lon: c.lon,
  };
}

function rank(a: Match, b: Match): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  const pop = (b.commune.population ?? -1) - (a.commune.population ?? -1);
  if (pop !== 0) return pop;
  return a.commune.name.localeCompare(b.commune.name, 'fr');
}

/**
 * Communes whose name starts with `q` (case, accents, hyphens and "St" folded), or whose postcode starts with
 * `q` when it is made of digits. Exact matches first, then the most populous, then alphabetical.
 */
export function suggestPlaces(q: string, limit = 8, gazetteer: Gazetteer = getGazetteer()): PlaceSuggestion[] {
  const max = Math.max(0, Math.min(50, Math.floor(limit)));
  const text = typeof q === 'string' ? q.trim() : '';
  if (!text || max === 0) return [];
  const index = getIndex(gazetteer);
  const matches: Match[] = [];

  if (/^\d{1,5}$/.test(text)) {
    for (let i = lowerBound(index.postcodes, text, (e) => e.postcode); i < index.postcodes.length; i += 1) {
      const e = index.postcodes[i];
      if (!e.postcode.startsWith(text)) break;
      matches.push({ commune: e.commune, postcode: e.postcode, exact: e.postcode === text });
    }
  } else {
    const key = foldQuery(text);
    if (!key) return [];
    // Arrondissements only when the person types a number ("paris 13"): otherwise they crowd out the cities.
    const withArrondissements = /\d/.test(key);
    const seen = new Set<string>();
    for (let i = lowerBound(index.names, key, (e) => e.key); i < index.names.length; i += 1) {
      const e = index.names[i];
      if (!e.key.startsWith(key)) break;
      if (e.commune.parent && !withArrondissements) continue;
      if (seen.has(e.commune.insee)) continue;
      seen.add(e.commune.insee);
      matches.push({ commune: e.commune, exact: e.key === key });
    }
  }

  return matches
    .sort(rank)
    .slice(0, max)
    .map((m) => toSuggestion(gazetteer, m));
}

export interface ResolvedPlace {
  kind: 'commune' | 'code-postal';
  lat: number;
  lon: number;
  /** For display: "Nantes (44)", "Nantes (44000)", "01400 (6 communes)". */
  label: string;
  insee?: string;
  postcode?: string;
  department: string;
  region: string;
}

/**
 * The point of the `lieu` search parameter: an INSEE commune code ("44109", "2A004") or a postcode ("44000"), or
 * the former INSEE code of a merged commune ("50173" → Cherbourg-en-Cotentin). A code that is both an INSEE code
 * and a postcode is read as an INSEE code (what the suggestions send). Unknown or unplaceable → null: then
 * suggestClosePlaces (close-places.ts) offers what the person may have meant.
 */
export function resolvePlace(lieu: string, gazetteer: Gazetteer = getGazetteer()): ResolvedPlace | null {
  const code = typeof lieu === 'string' ? lieu.trim().toUpperCase() : '';
  if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) return null;
  const g = gazetteer;

  const commune = g.byInsee.get(code);
  if (commune && commune.lat != null && commune.lon != null) {
    return {
      kind: 'commune',
      lat: commune.lat,
      lon: commune.lon,
      label: `${commune.name} (${commune.department})`,
      insee: commune.insee,
      department: commune.department,
      region: commune.region,
    };
  }

  const communes = (g.byPostcode.get(code) ?? []).filter((c) => c.lat != null && c.lon != null);
  if (communes.length) {
    const lat = communes.reduce((s, c) => s + (c.lat as number), 0) / communes.length;
    const lon = communes.reduce((s, c) => s + (c.lon as number), 0) / communes.length;
    const all = g.byPostcode.get(code) ?? [];
    const first = communes[0];
    return {
      kind: 'code-postal',
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      label: all.length === 1 ? `${first.name} (${code})` : `${code} (${all.length} communes)`,
      postcode: code,
      ...(all.length === 1 ? { insee: first.insee } : {}),
      department: first.department,
      region: first.region,
    };
  }

  const current = g.byFormerCode.get(code);
  if (current && current.lat != null && current.lon != null) {
    return {
      kind: 'commune',
      lat: current.lat,
      lon: current.lon,
      label: `${current.name} (${current.department})`,
      insee: current.insee,
      department: current.department,
      region: current.region,
    };
  }
  return null;
}
