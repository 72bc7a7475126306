/**
 * Places an ECLAIRE site (free-text city, optional postcode, street lines) at a commune, or at a department,
 * or honestly nowhere. A wrong place is worse than none: every ambiguity that the data cannot settle ends in a
 * coarser precision or `inconnue`.
 */
import { COORD_ESTIMATED } from './gazetteer-data';
import { getGazetteer, type Commune, type Gazetteer } from './gazetteer';
import { foldText } from '@/lib/text/fold';
import { isPlaceholder, parseCityName, stripArticle, type ParsedCity } from './normalise-name';

export type GeoPrecision = 'adresse' | 'commune' | 'departement' | 'inconnue';

export interface GeoPlace {
  precision: GeoPrecision;
  insee?: string;
  communeName?: string;
  department?: string;
  region?: string;
  lat?: number;
  lon?: number;
  /**
   * True when the point is not the commune's own: estimated from neighbouring communes, or an arrondissement placed
   * at its city. Every commune of the current gazetteer has a point of its own, so a site resolved to a commune is
   * placed at that commune (the centre of its territory, or its town).
   */
  approximate?: boolean;
}

export interface SiteAddress {
  city?: string;
  postcode?: string;
  addressLines?: string[];
}

/** A name shared by several communes resolves to the most populous only if it is this many times bigger. */
const DOMINANT_POPULATION_RATIO = 10;
const MEMO_LIMIT = 20_000;

const UNKNOWN: GeoPlace = Object.freeze({ precision: 'inconnue' });

/** Departments a postcode can belong to: the first two digits, three overseas, Corsica split at 20200. */
export function departmentsFromPostcode(postcode: string, gazetteer: Gazetteer = getGazetteer()): string[] {
  if (!/^\d{5}$/.test(postcode)) return [];
  let codes: string[];
  if (postcode.startsWith('97')) codes = [postcode.slice(0, 3)];
  else if (postcode.startsWith('20')) codes = Number(postcode.slice(2, 3)) < 2 ? ['2A'] : ['2B'];
  else codes = [postcode.slice(0, 2)];
  return codes.filter((c) => gazetteer.departments.has(c));
}

function cleanPostcode(raw: string | undefined): string | undefined {
  if (!raw || isPlaceholder(raw)) return undefined;
  const digits = raw.replace(/\s+/g, '');
  if (/^\d{5}$/.test(digits)) return digits;
  // Spreadsheets drop the leading zero of Ain…Ariège postcodes ("1400").
  if (/^\d{4}$/.test(digits)) return `0${digits}`;
  return undefined;
}

interface LineCity {
  postcode: string;
  city: string;
}

/** "12 rue X 44093 NANTES CEDEX 1" → { postcode: "44093", city: "NANTES CEDEX 1" }; BP/CS numbers are not postcodes. */
function readAddressLines(lines: string[]): { postcodes: string[]; cities: LineCity[] } {
  const postcodes: string[] = [];
  const cities: LineCity[] = [];
  for (const line of lines) {
    if (!line || isPlaceholder(line)) continue;
    const re = /(?:^|[^\d])(\d{5})(?!\d)/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const before = foldText(line.slice(0, m.index + m[0].length - 5));
      if (/\b(bp|cs|tsa|cp|tel|fax)$/.test(before)) continue;
      postcodes.push(m[1]);
      const after = line.slice(m.index + m[0].length).replace(/^[\s,.-]+/, '');
      if (/[a-zA-ZÀ-ÿ]/.test(after)) cities.push({ postcode: m[1], city: after });
    }
  }
  return { postcodes, cities };
}

function place(g: Gazetteer, c: Commune): GeoPlace {
  const result: GeoPlace = {
    precision: 'commune',
    insee: c.insee,
    communeName: c.name,
    department: c.department,
    region: c.region,
  };
  if (c.lat != null && c.lon != null) {
    result.lat = c.lat;
    result.lon = c.lon;
    if (c.coordSource === COORD_ESTIMATED) result.approximate = true;
  } else {
    // An arrondissement without its own point still has its city's.
    const parent = c.parent ? g.byInsee.get(c.parent) : undefined;
    if (parent?.lat != null && parent.lon != null) {
      result.lat = parent.lat;
      result.lon = parent.lon;
      result.approximate = true;
    }
  }
  return Object.freeze(result);
}

function departmentPlace(g: Gazetteer, code: string): GeoPlace {
  const d = g.departments.get(code);
  if (!d) return UNKNOWN;
  const result: GeoPlace = { precision: 'departement', department: d.code, region: d.region };
  if (d.lat != null && d.lon != null) {
    result.lat = d.lat;
    result.lon = d.lon;
  }
  return Object.freeze(result);
}

/** Paris, Lyon or Marseille narrowed to an arrondissement by its number or postcode, when one is given. */
function refineArrondissement(g: Gazetteer, c: Commune, parsed: ParsedCity, postcodes: string[]): Commune {
  const children = g.arrondissements.get(c.insee);
  if (!children) return c;
  if (parsed.arrondissement) {
    const byNumber = children.find((a) => parseCityName(a.name).arrondissement === parsed.arrondissement);
    if (byNumber) return byNumber;
  }
  for (const cp of postcodes) {
    const byPostcode = children.find((a) => a.postcodes.includes(cp));
    if (byPostcode) return byPostcode;
  }
  return c;
}

function lookupName(g: Gazetteer, name: string): Commune[] {
  if (!name) return [];
  const bare = stripArticle(name);
  const current = g.byName.get(name) ?? g.byName.get(bare) ?? g.byBareName.get(name) ?? g.byBareName.get(bare) ?? [];
  const former = g.byAlias.get(name) ?? g.byAlias.get(bare) ?? [];
  // Former names join the candidates (never replace them), so a homonym keeps the answer ambiguous.
  return former.length ? [...new Set([...current, ...former])] : current;
}

/** Keeps the candidates matching a clue, or all of them when the clue matches none (clues are soft). */
function softFilter(list: Commune[], keep: (c: Commune) => boolean): Commune[] {
  const kept = list.filter(keep);
  return kept.length ? kept : list;
}

type Outcome = { commune: Commune } | { department: string } | null;

/** Several homonyms and nothing left to tell them apart. */
function settle(list: Commune[]): Outcome {
  if (list.length === 1) return { commune: list[0] };
  if (list.length === 0) return null;
  const byPopulation = [...list].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const [top, next] = byPopulation;
  if (
    top.population != null &&
    top.lat != null &&
    top.population > DOMINANT_POPULATION_RATIO * (next.population ?? 0)
  ) {
    return { commune: top };
  }
  const departments = new Set(list.map((c) => c.department));
  if (departments.size === 1) return { department: list[0].department };
  return null;
}

function resolveByName(
  g: Gazetteer,
  candidates: Commune[],
  parsed: ParsedCity,
  strong: string[],
  weak: string[],
): Outcome {
  if (strong.length) {
    const exact = candidates.filter((c) => c.postcodes.some((cp) => strong.includes(cp)));
    if (exact.length) return settle(exact);
    const departments = new Set(strong.flatMap((cp) => departmentsFromPostcode(cp, g)));
    const inDepartment = candidates.filter((c) => departments.has(c.department));
    if (inDepartment.length) return settle(inDepartment);
    // The name is the start of the one commune of that postcode: a commune renamed by a merger (« Evry, 91000 »
    // is Évry-Courcouronnes, « Boulogne, 92100 » Boulogne-Billancourt).
    const renamed = byNameStartInPostcodes(g, parsed.name, strong);
    if (renamed) return { commune: renamed };
    // Otherwise the name and the postcode disagree: trust neither.
    return null;
  }
  let list = candidates;
  if (weak.length) {
    const exact = list.filter((c) => c.postcodes.some((cp) => weak.includes(cp)));
    if (exact.length) return settle(exact);
    const departments = new Set(weak.flatMap((cp) => departmentsFromPostcode(cp, g)));
    list = softFilter(list, (c) => departments.has(c.department));
  }
  if (parsed.departmentHint) list = softFilter(list, (c) => c.department === parsed.departmentHint);
  if (parsed.regionHint) list = softFilter(list, (c) => c.region === parsed.regionHint);
  return settle(list);
}

/** The one commune of these postcodes whose name starts with `name` as whole words, if there is exactly one. */
function byNameStartInPostcodes(g: Gazetteer, name: string, postcodes: string[]): Commune | undefined {
  if (!name) return undefined;
  const found = new Set<Commune>();
  for (const cp of postcodes) {
    for (const c of g.byPostcode.get(cp) ?? []) if (c.key.startsWith(`${name} `)) found.add(c);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function resolveByPostcode(g: Gazetteer, postcodes: string[]): Outcome {
  for (const cp of postcodes) {
    const communes = g.byPostcode.get(cp);
    if (communes?.length === 1) return { commune: communes[0] };
    if (communes?.length) {
      const departments = new Set(communes.map((c) => c.department));
      if (departments.size === 1) return { department: communes[0].department };
      continue;
    }
    // Not a distribution postcode (CEDEX, company code): its prefix still names the department.
    const departments = departmentsFromPostcode(cp, g);
    if (departments.length === 1) return { department: departments[0] };
  }
  return null;
}

function toPlace(g: Gazetteer, outcome: Outcome, parsed: ParsedCity, postcodes: string[]): GeoPlace {
  if (!outcome) return UNKNOWN;
  if ('department' in outcome) return departmentPlace(g, outcome.department);
  return place(g, refineArrondissement(g, outcome.commune, parsed, postcodes));
}

function geocodeParsed(
  g: Gazetteer,
  parsed: ParsedCity,
  strong: string[],
  weak: string[],
  lineCities: LineCity[],
): GeoPlace {
  const all = [...strong, ...weak];
  const candidates = lookupName(g, parsed.name);
  if (candidates.length) return toPlace(g, resolveByName(g, candidates, parsed, strong, weak), parsed, all);

  // The city field is unusable: a "44093 NANTES CEDEX 1" line may carry the real city.
  for (const lc of lineCities) {
    const lineParsed = parseCityName(lc.city);
    const lineCandidates = lookupName(g, lineParsed.name);
    if (!lineCandidates.length) continue;
    const found = resolveByName(g, lineCandidates, lineParsed, [lc.postcode, ...strong], []);
    if (found && 'commune' in found) return toPlace(g, found, lineParsed, [lc.postcode, ...all]);
  }

  // A city written but found nowhere, with nothing else: unknown rather than a guess.
  if (!all.length) return UNKNOWN;
  return toPlace(g, resolveByPostcode(g, [...strong, ...weak]), parsed, all);
}

export type Geocoder = (site: SiteAddress) => GeoPlace;

/** A geocoder over a given gazetteer, memoised on its normalised input (many sites share a city). */
export function createGeocoder(gazetteer: () => Gazetteer): Geocoder {
  const memo = new Map<string, GeoPlace>();
  return (site) => {
    try {
      const g = gazetteer();
      const parsed = parseCityName(typeof site?.city === 'string' ? site.city : undefined);
      const lines = Array.isArray(site?.addressLines)
        ? site.addressLines.filter((l): l is string => typeof l === 'string')
        : [];
      const fromLines = readAddressLines(lines);
      const valid = (cp: string | undefined): cp is string => !!cp && departmentsFromPostcode(cp, g).length > 0;
      const strong = [
        ...new Set([cleanPostcode(typeof site?.postcode === 'string' ? site.postcode : undefined), parsed.postcode]),
      ].filter(valid);
      const weak = [...new Set(fromLines.postcodes)].filter((cp) => valid(cp) && !strong.includes(cp));
      const lineCities = fromLines.cities.filter((lc) => valid(lc.postcode));

      const key = JSON.stringify([
        parsed.name,
        parsed.arrondissement,
        parsed.departmentHint,
        parsed.regionHint,
        strong,
        weak,
        lineCities.map((lc) => [lc.postcode, foldText(lc.city)]),
      ]);
      const cached = memo.get(key);
      if (cached) return cached;
      const result = geocodeParsed(g, parsed, strong, weak, lineCities);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, result);
      return result;
    } catch {
      // Never throw from geocoding: a site we cannot place is simply not placed.
      return UNKNOWN;
    }
  };
}

const defaultGeocoder = createGeocoder(getGazetteer);

/** Places an ECLAIRE site with the process-wide gazetteer. Never throws. */
export function geocodeSite(site: SiteAddress): GeoPlace {
  return defaultGeocoder(site);
}
