/**
 * The commune gazetteer: loaded once per process on first use, then indexed in memory (a few MB).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COORD_NONE, isOwnPoint, type CoordSource, type GazetteerData } from './gazetteer-data';
import { normaliseName, stripArticle } from './normalise-name';

export interface Commune {
  insee: string;
  name: string;
  department: string;
  region: string;
  postcodes: string[];
  lat: number | null;
  lon: number | null;
  population: number | null;
  /**
   * 3: centre of its territory (IGN contours), 1: GeoNames point, 2: estimated from neighbours sharing a postcode,
   * 0: none. 3 and 1 are points of its own (see isOwnPoint).
   */
  coordSource: CoordSource;
  /** INSEE code of Paris, Lyon or Marseille for their municipal arrondissements. */
  parent: string | null;
  /** normaliseName(name) */
  key: string;
}

export interface Department {
  code: string;
  name: string;
  region: string;
  /** Mean of the department's located communes: the point of a department-precision place. */
  lat: number | null;
  lon: number | null;
}

export interface Region {
  code: string;
  name: string;
}

export interface Gazetteer {
  communes: Commune[];
  byInsee: Map<string, Commune>;
  /** Postcode → communes (arrondissements, not their parent city, for the postcodes they have). */
  byPostcode: Map<string, Commune[]>;
  /** Normalised name → communes (arrondissements excluded: "paris 13" folds to "paris"). */
  byName: Map<string, Commune[]>;
  /** Normalised name without leading article → communes, second chance for "KREMLIN BICETRE". */
  byBareName: Map<string, Commune[]>;
  /** Former names (communes déléguées, associées) → the current commune. */
  byAlias: Map<string, Commune[]>;
  /** Former INSEE codes (merged communes, communes déléguées and associées) → the current commune. */
  byFormerCode: Map<string, Commune>;
  byDepartment: Map<string, Commune[]>;
  /** Arrondissements by parent INSEE code, in order. */
  arrondissements: Map<string, Commune[]>;
  departments: Map<string, Department>;
  regions: Map<string, Region>;
  sources: string[];
}

/** Default location of the file written by scripts/build-gazetteer.ts (relative to the app root). */
export const DEFAULT_GAZETTEER_PATH = path.join('lib', 'geo', 'data', 'communes.json');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the indexes from the compact data. Exposed for tests that bring their own data. */
export function createGazetteer(data: GazetteerData): Gazetteer {
  const communes: Commune[] = data.communes.map((t) => ({
    insee: t[0],
    name: t[1],
    department: t[2],
    region: t[3],
    postcodes: t[4],
    lat: t[5],
    lon: t[6],
    population: t[7],
    coordSource: t[8] ?? COORD_NONE,
    parent: t[9] ?? null,
    key: normaliseName(t[1]),
  }));

  const byInsee = new Map<string, Commune>();
  const byPostcode = new Map<string, Commune[]>();
  const byName = new Map<string, Commune[]>();
  const byBareName = new Map<string, Commune[]>();
  const byDepartment = new Map<string, Commune[]>();
  const arrondissements = new Map<string, Commune[]>();
  const childPostcodes = new Set<string>();
  for (const c of communes) if (c.parent) for (const cp of c.postcodes) childPostcodes.add(`${c.parent}|${cp}`);

  for (const c of communes) {
    byInsee.set(c.insee, c);
    push(byDepartment, c.department, c);
    for (const cp of c.postcodes) {
      if (!c.parent && childPostcodes.has(`${c.insee}|${cp}`)) continue;
      push(byPostcode, cp, c);
    }
    if (c.parent) {
      push(arrondissements, c.parent, c);
      continue;
    }
    push(byName, c.key, c);
    const bare = stripArticle(c.key);
    if (bare !== c.key) push(byBareName, bare, c);
  }

  const byAlias = new Map<string, Commune[]>();
  for (const [name, insee] of data.aliases ?? []) {
    const c = byInsee.get(insee);
    const key = normaliseName(name);
    if (c && key && !byAlias.get(key)?.includes(c)) push(byAlias, key, c);
  }

  const byFormerCode = new Map<string, Commune>();
  for (const [former, insee] of data.formerCodes ?? []) {
    const c = byInsee.get(insee);
    if (c && !byInsee.has(former)) byFormerCode.set(former, c);
  }

  const regions = new Map<string, Region>(data.regions.map(([code, name]) => [code, { code, name }]));
  const departments = new Map<string, Department>();
  for (const [code, name, region] of data.departments) {
    // Only points of their own (not estimates, not arrondissements) make the department's centre.
    const located = (byDepartment.get(code) ?? []).filter((c) => isOwnPoint(c.coordSource) && !c.parent);
    const lat = located.length ? located.reduce((s, c) => s + (c.lat as number), 0) / located.length : null;
    const lon = located.length ? located.reduce((s, c) => s + (c.lon as number), 0) / located.length : null;
    departments.set(code, {
      code,
      name,
      region,
      lat: lat == null ? null : Math.round(lat * 1e4) / 1e4,
      lon: lon == null ? null : Math.round(lon * 1e4) / 1e4,
    });
  }

  return {
    communes,
    byInsee,
    byPostcode,
    byName,
    byBareName,
    byAlias,
    byFormerCode,
    byDepartment,
    arrondissements,
    departments,
    regions,
    sources: data.sources,
  };
}

/** Reads and indexes a gazetteer file. */
export function loadGazetteer(filePath: string): Gazetteer {
  return createGazetteer(JSON.parse(readFileSync(filePath, 'utf8')) as GazetteerData);
}

let instance: Gazetteer | undefined;

/** The process-wide gazetteer, read from the app root on first use. */
export function getGazetteer(): Gazetteer {
  instance ??= loadGazetteer(path.resolve(process.cwd(), DEFAULT_GAZETTEER_PATH));
  return instance;
}

export function getCommune(insee: string): Commune | undefined {
  return getGazetteer().byInsee.get(insee.trim().toUpperCase());
}

export function getDepartment(code: string): Department | undefined {
  return getGazetteer().departments.get(code.trim().toUpperCase());
}

export function getRegion(code: string): Region | undefined {
  return getGazetteer().regions.get(code.trim());
}

/** The 18 regions, by INSEE code. */
export function listRegions(): Region[] {
  return [...getGazetteer().regions.values()];
}

/** The 101 departments, by code ("2A" and "2B" after "29", overseas last). */
export function listDepartments(): Department[] {
  return [...getGazetteer().departments.values()];
}

/** Communes whose postcodes include `postcode` (arrondissements rather than Paris/Lyon/Marseille as a whole). */
export function findCommunesByPostcode(postcode: string): Commune[] {
  return getGazetteer().byPostcode.get(postcode.trim()) ?? [];
}
