/**
 * A typed place NAME (or department number) → the places it may mean, ranked: communes, municipal arrondissements,
 * departments and regions. Meant for reading free text such as « asthme lyon » or « diabète enfant 13 »: the
 * caller splits the text, this says what a piece of it names.
 *
 * Names are folded as everywhere in lib/geo (case, accents, hyphens, apostrophes, « St »/« Ste », a leading
 * article, « CEDEX »), and former commune names (communes déléguées) still find their current commune.
 * Homonyms are ranked by population (see ranking.ts): « Saint-Denis » gives Saint-Denis (974) first and offers
 * Saint-Denis (93). A qualifier narrows them: « Saint-Denis 974 »,
 * « Saint-Denis (93) », « Saint-Pierre La Réunion ».
 */
import { getGazetteer, type Commune, type Gazetteer } from './gazetteer';
import { ARRONDISSEMENT_CITIES, expandAbbreviations, parseCityName, stripArticle } from './normalise-name';
import { foldText } from '@/lib/text/fold';

export interface CommuneMatch {
  kind: 'commune';
  insee: string;
  name: string;
  department: string;
  departmentName: string;
  region: string;
  regionName: string;
  population: number | null;
  lat: number | null;
  lon: number | null;
  /** INSEE code of Paris, Lyon or Marseille for a municipal arrondissement. */
  parent: string | null;
  /** Found by a former name (commune déléguée or associée), e.g. « Octeville » for Cherbourg-en-Cotentin. */
  formerName?: string;
  /** Only the first words of its name were given (« Cherbourg » for Cherbourg-en-Cotentin): a weaker match. */
  partial?: boolean;
}

export interface DepartmentMatch {
  kind: 'departement';
  code: string;
  name: string;
  region: string;
  regionName: string;
  population: number;
  lat: number | null;
  lon: number | null;
  /** Found by its number (« 13 », « 2A », « 974 ») rather than its name. */
  byNumber: boolean;
}

export interface RegionMatch {
  kind: 'region';
  code: string;
  name: string;
  population: number;
  lat: number | null;
  lon: number | null;
}

export type PlaceMatch = CommuneMatch | DepartmentMatch | RegionMatch;

/** Everyday names of regions that are not their official name (folded). */
const REGION_ALIASES: Readonly<Record<string, string>> = {
  idf: '11',
  'region parisienne': '11',
  paca: '93',
  'provence alpes cote azur': '93',
  'provence alpes cote d azur': '93',
  aura: '84',
  'auvergne rhone alpes': '84',
  bfc: '27',
  'bourgogne franche comte': '27',
  'centre val loire': '24',
  centre: '24',
  'nouvelle aquitaine': '75',
  reunion: '04',
  'ile de la reunion': '04',
  'guyane francaise': '03',
  // Regions before 2016, still said.
  alsace: '44',
  lorraine: '44',
  'champagne ardenne': '44',
  aquitaine: '75',
  limousin: '75',
  'poitou charentes': '75',
  'midi pyrenees': '76',
  'languedoc roussillon': '76',
  'nord pas de calais': '32',
  picardie: '32',
  'haute normandie': '28',
  'basse normandie': '28',
  bourgogne: '27',
  'franche comte': '27',
  auvergne: '84',
  'rhone alpes': '84',
};

interface NameIndex {
  /** Current and former commune names (normalised keys), sorted, for prefix search. */
  communeNames: string[];
  departments: Map<string, string[]>;
  regions: Map<string, string[]>;
  departmentPopulation: Map<string, number>;
  regionPopulation: Map<string, number>;
  regionCentre: Map<string, { lat: number; lon: number }>;
}

const indexes = new WeakMap<Gazetteer, NameIndex>();

/** Folded key of a department or region name: « Côtes-d'Armor » → « cotes d armor », « La Réunion » → « reunion ». */
function areaKeys(name: string): string[] {
  const key = expandAbbreviations(foldText(name));
  return [...new Set([key, stripArticle(key)])];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function getIndex(g: Gazetteer): NameIndex {
  let index = indexes.get(g);
  if (index) return index;
  const departments = new Map<string, string[]>();
  for (const d of g.departments.values()) for (const k of areaKeys(d.name)) push(departments, k, d.code);
  const regions = new Map<string, string[]>();
  for (const r of g.regions.values()) for (const k of areaKeys(r.name)) push(regions, k, r.code);
  for (const [alias, code] of Object.entries(REGION_ALIASES)) if (g.regions.has(code)) push(regions, alias, code);

  const departmentPopulation = new Map<string, number>();
  const regionPopulation = new Map<string, number>();
  const sums = new Map<string, { lat: number; lon: number; weight: number }>();
  for (const c of g.communes) {
    if (c.parent) continue;
    const p = c.population ?? 0;
    departmentPopulation.set(c.department, (departmentPopulation.get(c.department) ?? 0) + p);
    regionPopulation.set(c.region, (regionPopulation.get(c.region) ?? 0) + p);
    if (c.lat != null && c.lon != null && p > 0) {
      const s = sums.get(c.region) ?? { lat: 0, lon: 0, weight: 0 };
      s.lat += c.lat * p;
      s.lon += c.lon * p;
      s.weight += p;
      sums.set(c.region, s);
    }
  }
  const regionCentre = new Map<string, { lat: number; lon: number }>();
  for (const [code, s] of sums) {
    regionCentre.set(code, {
      lat: Math.round((s.lat / s.weight) * 1e4) / 1e4,
      lon: Math.round((s.lon / s.weight) * 1e4) / 1e4,
    });
  }
  const communeNames = [...new Set([...g.byName.keys(), ...g.byAlias.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  index = { communeNames, departments, regions, departmentPopulation, regionPopulation, regionCentre };
  indexes.set(g, index);
  return index;
}

function communeMatch(g: Gazetteer, c: Commune, formerName?: string, partial?: boolean): CommuneMatch {
  return {
    kind: 'commune',
    insee: c.insee,
    name: c.name,
    department: c.department,
    departmentName: g.departments.get(c.department)?.name ?? c.department,
    region: c.region,
    regionName: g.regions.get(c.region)?.name ?? c.region,
    population: c.population,
    lat: c.lat,
    lon: c.lon,
    parent: c.parent,
    ...(formerName ? { formerName } : {}),
    ...(partial ? { partial } : {}),
  };
}

/** Words too common to start a name search on their own (« Saint » would name 4,000 communes). */
const TOO_COMMON = /^(saint|sainte|saints|saintes|le|la|les|l|notre dame|mont|val|villers|ville|bois|font)$/;
/** At most this many communes for a partial name: beyond, the words say too little. */
const MAX_PARTIAL = 30;

/** Communes whose current or former name begins with the words of `key` (« cherbourg » → Cherbourg-en-Cotentin). */
function findByLeadingWords(g: Gazetteer, index: NameIndex, key: string): Commune[] {
  if (key.length < 3 || TOO_COMMON.test(key)) return [];
  const prefix = `${key} `;
  const names = index.communeNames;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found = new Set<Commune>();
  for (let i = lo; i < names.length && names[i].startsWith(prefix); i += 1) {
    for (const c of g.byName.get(names[i]) ?? []) found.add(c);
    for (const c of g.byAlias.get(names[i]) ?? []) found.add(c);
    if (found.size > MAX_PARTIAL) return [];
  }
  return [...found];
}

function departmentMatch(g: Gazetteer, index: NameIndex, code: string, byNumber: boolean): DepartmentMatch | undefined {
  const d = g.departments.get(code);
  if (!d) return undefined;
  return {
    kind: 'departement',
    code: d.code,
    name: d.name,
    region: d.region,
    regionName: g.regions.get(d.region)?.name ?? d.region,
    population: index.departmentPopulation.get(d.code) ?? 0,
    lat: d.lat,
    lon: d.lon,
    byNumber,
  };
}

function regionMatch(g: Gazetteer, index: NameIndex, code: string): RegionMatch | undefined {
  const r = g.regions.get(code);
  if (!r) return undefined;
  const centre = index.regionCentre.get(code);
  return {
    kind: 'region',
    code: r.code,
    name: r.name,
    population: index.regionPopulation.get(code) ?? 0,
    lat: centre?.lat ?? null,
    lon: centre?.lon ?? null,
  };
}

/** Communes named `text`: current names first, former names only when no current name matches. */
function findCommunes(g: Gazetteer, index: NameIndex, text: string): CommuneMatch[] {
  const parsed = parseCityName(text);
  if (!parsed.name) return [];

  // « Paris 15 », « Paris 15e », « Lyon 3e arrondissement », « Marseille 8eme »: the arrondissement, then its city.
  const cityCode = ARRONDISSEMENT_CITIES[parsed.name];
  if (cityCode && parsed.arrondissement) {
    const city = g.byInsee.get(cityCode);
    const arrondissement = (g.arrondissements.get(cityCode) ?? []).find(
      (a) => parseCityName(a.name).arrondissement === parsed.arrondissement,
    );
    return [arrondissement, city].filter((c): c is Commune => !!c).map((c) => communeMatch(g, c));
  }

  const bare = stripArticle(parsed.name);
  const exact = g.byName.get(parsed.name) ?? g.byName.get(bare) ?? g.byBareName.get(parsed.name) ?? g.byBareName.get(bare) ?? [];
  const former = exact.length ? [] : (g.byAlias.get(parsed.name) ?? g.byAlias.get(bare) ?? []);
  const partial = findByLeadingWords(g, index, parsed.name).filter((c) => !exact.includes(c) && !former.includes(c));
  let list: CommuneMatch[] = [
    ...exact.map((c) => communeMatch(g, c)),
    ...former.map((c) => communeMatch(g, c, text.trim())),
    ...partial.map((c) => communeMatch(g, c, undefined, true)),
  ];
  if (!list.length) return [];

  // Qualifiers narrow the homonyms when they match one (« Saint-Denis 974 », « Saint-Pierre La Réunion »).
  const narrow = (keep: (c: CommuneMatch) => boolean) => {
    const kept = list.filter(keep);
    if (kept.length) list = kept;
  };
  if (parsed.departmentHint) narrow((c) => c.department === parsed.departmentHint);
  if (parsed.regionHint) narrow((c) => c.region === parsed.regionHint);
  if (parsed.postcode) narrow((c) => g.byInsee.get(c.insee)?.postcodes.includes(parsed.postcode as string) === true);

  return list.sort((a, b) => score(b) - score(a) || a.insee.localeCompare(b.insee));
}

const KIND_ORDER: Record<PlaceMatch['kind'], number> = { commune: 0, departement: 1, region: 2 };

/** A name given only by its first words counts for a tenth: « Aix » is Aix-en-Provence, « Clermont » Clermont-Ferrand. */
const PARTIAL_WEIGHT = 0.1;

function score(m: PlaceMatch): number {
  if (m.kind !== 'commune') return m.population;
  return (m.population ?? 0) * (m.partial ? PARTIAL_WEIGHT : 1);
}

/**
 * The places `text` names, most populous first (on a tie a commune before
 * its department, a department before its region): communes and arrondissements by name, departments by name or
 * number (« Gironde », « 13 », « 2A », « 974 »), regions by name (« Bretagne », « ile de france », « PACA »).
 * An arrondissement asked by number (« Paris 15 ») comes before its city. Nothing matches → [].
 */
export function findPlacesByName(text: string, gazetteer: Gazetteer = getGazetteer()): PlaceMatch[] {
  const raw = typeof text === 'string' ? text.trim() : '';
  if (!raw) return [];
  const g = gazetteer;
  const index = getIndex(g);
  const out: PlaceMatch[] = [];

  // A department number, possibly introduced by « département » or « dép. ».
  const number = /^(?:d[eé]p(?:artement|t)?\.?\s*)?(\d{2,3}|2[ABab])$/i.exec(raw)?.[1]?.toUpperCase();
  if (number) {
    const d = departmentMatch(g, index, number, true);
    return d ? [d] : [];
  }

  const key = expandAbbreviations(foldText(raw));
  const keys = [...new Set([key, stripArticle(key), key.replace(/^(departement|region) (de |du |des |d )?/, '')])];
  const departmentCodes = new Set(keys.flatMap((k) => index.departments.get(k) ?? []));
  const regionCodes = new Set(keys.flatMap((k) => index.regions.get(k) ?? []));

  const communes = findCommunes(g, index, raw);
  const arrondissementFirst = communes[0]?.parent != null;
  for (const code of departmentCodes) {
    const d = departmentMatch(g, index, code, false);
    if (d) out.push(d);
  }
  for (const code of regionCodes) {
    const r = regionMatch(g, index, code);
    if (r) out.push(r);
  }
  const ranked = [...communes, ...out].sort(
    (a, b) => score(b) - score(a) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  if (!arrondissementFirst) return ranked;
  return [...communes, ...out];
}
