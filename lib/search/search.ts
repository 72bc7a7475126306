import type Database from 'better-sqlite3';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { boundingBox, distanceKm } from '@/lib/geo/distance';
import { buildTextMatch } from '@/lib/search/match';
import { hasPlacePoint, resolveSort, type SearchQuery } from '@/lib/search/params';
import {
  resolvePlaceFromGazetteer,
  resolvePlaceFromSites,
  SearchInputError,
  type PlaceResolver,
  type ResolvedPlace,
} from '@/lib/search/place';
import { prepareCached } from '@/lib/search/statements';
import type { CategoryFilter, Coded, PhaseBucket, Recruitment, Regulation, StudyStatus, StudySummary } from '@/lib/study/types';

/**
 * Typed query → SQL on the mirror (schema in lib/store/migrations.ts). Every value is a bound parameter;
 * statements are prepared once per connection and SQL text. Facets are counted with every filter but their
 * own, so each count says what choosing that value would give.
 *
 * Filters, facets and the page's order read `study_search`, the narrow copy of `studies` that the store's
 * triggers keep (a `studies` row carries the whole JSON, tens of kB: scanning those rows read one page per
 * study). Only the rows of the page are read from `studies`. Nothing is written per search.
 */

export interface SearchFacets {
  categorie: Record<CategoryFilter, number>;
  recrutement: Record<'ouvert' | 'a-venir' | 'termine', number>;
  phase: Record<PhaseBucket, number>;
  region: Record<string, number>;
}

export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  results: StudySummary[];
  facets: SearchFacets;
  /** End of the last complete sync of the mirror (ISO), when known. */
  dataAsOf?: string;
  place?: { label: string; lat: number; lon: number; rayon: number };
}

export interface SearchOptions {
  /** Reference time; reserved for date-relative filters (tests pass a fixed one). */
  now?: Date;
  /** Resolves `lieu`; defaults to the commune gazetteer, then the mirror's own sites. */
  resolvePlace?: PlaceResolver;
}

export interface SiteFeatureProperties {
  studyId: string;
  title: string;
  siteName?: string;
  city?: string;
  recruitment: Recruitment;
}

export interface CommuneFeatureProperties {
  city?: string;
  insee?: string;
  /** Sites aggregated in this commune. */
  count: number;
  studyCount: number;
}

export type SitesCollection = FeatureCollection<Point, SiteFeatureProperties | CommuneFeatureProperties> & {
  aggregated: boolean;
  total: number;
};

type FacetName = 'categorie' | 'recrutement' | 'phase' | 'region';

/** Sites whose point stands for the place itself; department centroids are not distances anyone can use. */
const DISTANCE_PRECISIONS = "('adresse', 'commune')";
/** Identifier hits go first in relevance order whatever bm25 says. */
const IDENTIFIER_BONUS = -1e9;

const registered = new WeakSet<Database.Database>();

/** Registers the SQL functions the search uses, once per connection. */
function registerFunctions(db: Database.Database): void {
  if (registered.has(db)) return;
  // Deterministic so SQLite may factor it; haversine from lib/geo so distances agree everywhere.
  db.function('phare_distance_km', { deterministic: true }, (lat1, lon1, lat2, lon2) =>
    lat2 === null || lon2 === null
      ? null
      : distanceKm({ lat: lat1 as number, lon: lon1 as number }, { lat: lat2 as number, lon: lon2 as number }),
  );
  registered.add(db);
}

function prepare(db: Database.Database, sql: string): Database.Statement {
  registerFunctions(db);
  return prepareCached(db, sql);
}

/** What a query needs beyond its own fields: its text expression, its centre and the studies near it. */
interface Plan {
  query: SearchQuery;
  match?: string;
  identifierRowids: number[];
  point?: ResolvedPlace;
  /** With a point: the studies with a site inside the radius, nearest first (distance, then id). */
  near?: Map<string, NearStudy>;
  /** Named parameters of every statement of this search (each statement binds the ones it names). */
  params: Record<string, unknown>;
}

interface NearStudy {
  /** rowid of the study (in `studies` and `study_search`). */
  rid: number;
  dist: number;
  /** The nearest site: rowid in `sites`, and its point (ties go to the first in (lat, lon, rowid) order). */
  site: number;
  lat: number;
  lon: number;
  /** Sites of the study inside the radius. */
  n: number;
}

/**
 * The studies with a placed site within the radius, computed once per search: the covering (lat, lon) index
 * narrows to the bounding box, then the exact haversine (lib/geo, as everywhere). For each study, its nearest
 * site and the number of its sites inside. Ordered by distance, then id. With a text, only the studies that
 * match it (every use of this set is joined with the text match): their sites are fewer than the box's.
 */
function findNear(
  db: Database.Database,
  point: ResolvedPlace,
  rayon: number,
  match: string | undefined,
): Map<string, NearStudy> {
  const box = boundingBox(point, rayon);
  const inBox = `st.lat BETWEEN ? AND ? AND st.lon BETWEEN ? AND ? AND st.precision IN ${DISTANCE_PRECISIONS}`;
  const boxParams = [box.minLat, box.maxLat, box.minLon, box.maxLon];
  const rows = (
    match
      ? prepare(
          db,
          `SELECT st.rowid, ss.rid, st.study_id, st.lat, st.lon
           FROM (SELECT rowid AS rid FROM studies_fts WHERE studies_fts MATCH ?) m
             JOIN study_search ss ON ss.rid = m.rid JOIN sites st ON st.study_id = ss.id
           WHERE ${inBox}`,
        )
          .raw(true)
          .all(match, ...boxParams)
      : prepare(
          db,
          `SELECT st.rowid, ss.rid, st.study_id, st.lat, st.lon FROM sites st INDEXED BY sites_box
             JOIN study_search ss ON ss.id = st.study_id
           WHERE ${inBox}`,
        )
          .raw(true)
          .all(...boxParams)
  ) as [number, number, string, number, number][];
  const byStudy = new Map<string, NearStudy>();
  for (const [site, rid, studyId, lat, lon] of rows) {
    const d = distanceKm(point, { lat, lon });
    if (!(d <= rayon)) continue;
    const cur = byStudy.get(studyId);
    if (!cur) byStudy.set(studyId, { rid, dist: d, site, lat, lon, n: 1 });
    else {
      cur.n++;
      const first =
        d < cur.dist ||
        (d === cur.dist &&
          (lat < cur.lat || (lat === cur.lat && (lon < cur.lon || (lon === cur.lon && site < cur.site)))));
      if (first) Object.assign(cur, { dist: d, site, lat, lon });
    }
  }
  const ids = [...byStudy.keys()].sort((a, b) => {
    const da = byStudy.get(a)!.dist;
    const dbb = byStudy.get(b)!.dist;
    return da !== dbb ? da - dbb : a < b ? -1 : a > b ? 1 : 0;
  });
  return new Map(ids.map((id) => [id, byStudy.get(id)!]));
}

/**
 * The candidate set of a search, as SQL over `study_search ss`: common table expressions for the text match
 * (`m`) and the radius (`near`), the `FROM` clause, the filters that every count shares, and one condition per
 * facet, so that one pass can count each facet "with every filter but its own". Values are named parameters
 * of `plan.params`.
 */
interface Candidates {
  with: string;
  from: string;
  /** Text, place, age, sex, healthy volunteers: in every count. */
  base: string[];
  facet: Record<FacetName, string | undefined>;
}

/**
 * `score`: the text CTE computes the relevance (only the page sorted by relevance needs it).
 * `index`: without text or place, the covering index to read all studies along (each pass names the one whose
 * order it needs: SQLite would otherwise take an equality on `regulation` or `recruitment` and sort).
 */
function candidates(
  plan: Plan,
  opts: { score?: boolean; index?: 'study_search_facets' | 'study_search_regions' | 'study_search_recent' } = {},
): Candidates {
  const { query } = plan;
  const ctes: string[] = [];
  let from = opts.index ? `study_search ss INDEXED BY ${opts.index}` : 'study_search ss';
  const base: string[] = [];

  if (plan.match) {
    ctes.push(
      opts.score
        ? `m AS MATERIALIZED (SELECT rowid AS rid, bm25(studies_fts, 0, 10, 6, 1)
             + CASE WHEN rowid IN (SELECT value FROM json_each(@identifierRowids)) THEN ${IDENTIFIER_BONUS} ELSE 0 END AS score
           FROM studies_fts WHERE studies_fts MATCH @match)`
        : 'm AS MATERIALIZED (SELECT rowid AS rid FROM studies_fts WHERE studies_fts MATCH @match)',
    );
    from = 'm JOIN study_search ss ON ss.rid = m.rid';
  }
  if (plan.near) {
    // The studies found by `findNear` (rowids), nearest first: `rank` orders by distance, then id.
    ctes.push('near AS MATERIALIZED (SELECT value AS rid, key AS rank FROM json_each(@near))');
    from = plan.match ? `${from} JOIN near ON near.rid = ss.rid` : 'near JOIN study_search ss ON ss.rid = near.rid';
  }

  if (query.age !== undefined) {
    // Unknown ranges ('[]') match: the study did not say, so nobody is excluded by us. Decided once per distinct
    // list of ranges (there are few), not once per study. (`+` keeps SQLite on the covering indexes rather than
    // fetching rows through the age index.)
    base.push(`+ss.age_ranges IN (SELECT d.age_ranges FROM (SELECT DISTINCT age_ranges FROM study_search) d
      WHERE d.age_ranges = '[]' OR EXISTS (SELECT 1 FROM json_each(d.age_ranges) a
        WHERE json_extract(a.value, '$[0]') <= @age AND coalesce(json_extract(a.value, '$[1]'), 1000) >= @age))`);
  }
  if (query.sexe) base.push("(ss.sexes = '' OR ss.sexes LIKE @sexe)");
  if (query.volontaire === 'sain') base.push('ss.healthy_volunteers = 1');

  // Regions and departments of a study's placed sites, as ',11,84,' lists kept by the store's triggers.
  const place: string[] = [];
  if (query.region) place.push("instr(ss.regions, ',' || @region || ',') > 0");
  if (query.departement) place.push("instr(ss.departments, ',' || @departement || ',') > 0");

  let categorie: string | undefined;
  if (query.categorie.length > 0) {
    categorie = `(${query.categorie
      .map((c, i) =>
        c.startsWith('jarde-') ? `(ss.regulation = 'jarde' AND ss.jarde_category = @cat${i})` : `ss.regulation = @cat${i}`,
      )
      .join(' OR ')})`;
  }
  const phase =
    query.phase.length > 0 ? `(${query.phase.map((_, i) => `ss.phase_buckets LIKE @phase${i}`).join(' OR ')})` : undefined;

  return {
    with: ctes.length ? `WITH ${ctes.join(', ')} ` : '',
    from: `FROM ${from}`,
    base,
    facet: {
      region: place.length ? place.join(' AND ') : undefined,
      categorie,
      recrutement: query.recrutement !== 'tous' ? 'ss.recruitment = @recrutement' : undefined,
      phase,
    },
  };
}

function planParams(plan: Omit<Plan, 'params'>): Record<string, unknown> {
  const { query } = plan;
  const params: Record<string, unknown> = {};
  if (plan.match) {
    params.match = plan.match;
    params.identifierRowids = JSON.stringify(plan.identifierRowids);
  }
  if (plan.point) Object.assign(params, { lat: plan.point.lat, lon: plan.point.lon, rayon: query.rayon });
  if (plan.near) params.near = JSON.stringify([...plan.near.values()].map((n) => n.rid));
  if (query.age !== undefined) params.age = query.age;
  if (query.sexe) params.sexe = `%,${query.sexe},%`;
  if (query.region) params.region = query.region;
  if (query.departement) params.departement = query.departement;
  query.categorie.forEach((c, i) => {
    params[`cat${i}`] = c.startsWith('jarde-') ? Number(c.slice('jarde-'.length)) : c;
  });
  query.phase.forEach((p, i) => {
    params[`phase${i}`] = `%,${p},%`;
  });
  if (query.recrutement !== 'tous') params.recrutement = query.recrutement;
  return params;
}

function where(conditions: (string | undefined)[]): string {
  const list = conditions.filter((c): c is string => !!c);
  return list.length ? ` WHERE ${list.join(' AND ')}` : '';
}

function orderBy(plan: Plan): string {
  const sort = resolveSort(plan.query);
  if (sort === 'pertinence' && plan.match) return 'ORDER BY m.score ASC, ss.id ASC';
  if (sort === 'distance' && plan.near) return 'ORDER BY near.rank ASC';
  // The order of the index `study_search_recent`: a filtered page reads it in order and stops early.
  return 'ORDER BY ss.last_updated IS NULL, ss.last_updated DESC, ss.id ASC';
}

function resolvePoint(db: Database.Database, query: SearchQuery, opts: SearchOptions): ResolvedPlace | undefined {
  if (!hasPlacePoint(query)) return undefined;
  if (query.lieu) {
    const resolver = opts.resolvePlace ?? resolvePlaceFromGazetteer;
    const place = resolver(query.lieu) ?? resolvePlaceFromSites(db, query.lieu);
    if (!place) {
      throw new SearchInputError(
        'lieu',
        `Aucune commune ne correspond au code « ${query.lieu} ». Vérifiez le code postal ou le code INSEE.`,
      );
    }
    return place;
  }
  const lat = query.lat as number;
  const lon = query.lon as number;
  return { label: 'Votre position', lat, lon };
}

function planQuery(db: Database.Database, query: SearchQuery, opts: SearchOptions): Plan {
  registerFunctions(db);
  const text = buildTextMatch(db, query.maladie);
  const point = resolvePoint(db, query, opts);
  const plan: Omit<Plan, 'params'> = {
    query,
    match: text.expression,
    identifierRowids: text.identifierRowids,
    point,
    near: point ? findNear(db, point, query.rayon, text.expression) : undefined,
  };
  return { ...plan, params: planParams(plan) };
}

interface SummaryRow {
  id: string;
  title: string;
  regulation: Regulation;
  jarde_category: number | null;
  recruitment: Recruitment;
  site_count: number;
  last_updated: string | null;
  title_lang: string | null;
  status: string | null;
  phase: string | null;
  conditions: string | null;
  therapeutic_area: string | null;
  sponsor: string | null;
  dist?: number | null;
  near_name?: string | null;
  near_city?: string | null;
  n?: number | null;
}

function toSummary(row: SummaryRow, withPlace: boolean): StudySummary {
  const conditions = row.conditions ? (JSON.parse(row.conditions) as { text: string }[]) : [];
  const summary: StudySummary = {
    id: row.id,
    title: row.title,
    regulation: row.regulation,
    recruitment: row.recruitment,
    status: (row.status as StudyStatus | null) ?? 'inconnu',
    conditions: conditions.map((c) => c.text).filter(Boolean),
    siteCount: row.site_count,
  };
  if (row.title_lang) summary.titleLang = row.title_lang;
  if (row.jarde_category === 1 || row.jarde_category === 2 || row.jarde_category === 3) {
    summary.jardeCategory = row.jarde_category;
  }
  if (row.phase) summary.phase = JSON.parse(row.phase) as Coded;
  if (row.therapeutic_area) summary.therapeuticArea = row.therapeutic_area;
  if (row.sponsor) summary.sponsor = row.sponsor;
  if (row.last_updated) summary.lastUpdated = row.last_updated;
  if (withPlace && row.dist !== undefined && row.dist !== null) {
    summary.nearbySiteCount = row.n ?? 0;
    summary.nearestSite = {
      ...(row.near_name ? { name: row.near_name } : {}),
      ...(row.near_city ? { city: row.near_city } : {}),
      // One decimal: enough to say « à 18,4 km », and stable for tests and caches.
      distanceKm: Math.round(row.dist * 10) / 10,
    };
  }
  return summary;
}

const SUMMARY_COLUMNS = `s.id, s.title, s.regulation, s.jarde_category, s.recruitment, s.site_count, s.last_updated,
  json_extract(s.study_json, '$.titleLang') AS title_lang,
  json_extract(s.study_json, '$.status') AS status,
  json_extract(s.study_json, '$.phase') AS phase,
  json_extract(s.study_json, '$.conditions') AS conditions,
  json_extract(s.study_json, '$.therapeuticArea') AS therapeutic_area,
  json_extract(s.study_json, '$.sponsor') AS sponsor`;

/**
 * The total and the facets in two passes over the candidates. The first is grouped by the columns the
 * category, recruitment and phase facets count, in the order of the index `study_search_facets` (SQLite streams
 * the groups without sorting); each group carries one flag per facet filter (they depend on those columns
 * only) and counts its studies that pass the region filter, so each facet sums the groups that pass every
 * filter but its own. The second, along `study_search_regions`, counts the region facet.
 */
function countTotalAndFacets(db: Database.Database, plan: Plan): { total: number; facets: SearchFacets } {
  const c = candidates(plan, { index: 'study_search_facets' });
  const flag = (cond: string | undefined) => (cond ? `coalesce(${cond}, 0)` : '1');
  const rows = prepare(
    db,
    `${c.with}SELECT ss.regulation AS reg, ss.jarde_category AS jc, ss.recruitment AS rec, ss.phase_buckets AS pb,
       ${flag(c.facet.categorie)} AS fc, ${flag(c.facet.recrutement)} AS fr, ${flag(c.facet.phase)} AS fp,
       ${c.facet.region ? `sum(coalesce(${c.facet.region}, 0))` : 'count(*)'} AS n
     ${c.from}${where(c.base)} GROUP BY ss.regulation, ss.jarde_category, ss.recruitment, ss.phase_buckets`,
  ).all(plan.params) as {
    reg: string;
    jc: number | null;
    rec: string;
    pb: string;
    fc: number;
    fr: number;
    fp: number;
    n: number;
  }[];

  let total = 0;
  const categorie: Record<CategoryFilter, number> = {
    'jarde-1': 0, 'jarde-2': 0, 'jarde-3': 0, medicament: 0, dispositif: 0, diagnostic: 0,
  };
  const recrutement = { ouvert: 0, 'a-venir': 0, termine: 0 };
  const phase: Record<PhaseBucket, number> = { '1': 0, '2': 0, '3': 0, '4': 0, na: 0 };
  for (const r of rows) {
    const fc = r.fc === 1;
    const fr = r.fr === 1;
    const fp = r.fp === 1;
    if (fc && fr && fp) total += r.n;
    if (fr && fp) {
      if (r.reg === 'jarde' && (r.jc === 1 || r.jc === 2 || r.jc === 3)) categorie[`jarde-${r.jc}`] += r.n;
      else if (r.reg === 'medicament' || r.reg === 'dispositif' || r.reg === 'diagnostic') categorie[r.reg] += r.n;
    }
    if (fc && fp && r.rec in recrutement) recrutement[r.rec as keyof typeof recrutement] += r.n;
    if (fc && fr) {
      // As `phase_buckets LIKE '%,1,%'` (LIKE ignores ASCII case).
      const pb = r.pb.toLowerCase();
      for (const p of ['1', '2', '3', '4', 'na'] as const) if (pb.includes(`,${p},`)) phase[p] += r.n;
    }
  }

  const rc = candidates(plan, { index: 'study_search_regions' });
  const regionRows = prepare(
    db,
    `${rc.with}SELECT ss.regions AS k, count(*) AS n ${rc.from}${where([
      ...rc.base,
      rc.facet.categorie,
      rc.facet.recrutement,
      rc.facet.phase,
    ])} GROUP BY ss.regions`,
  ).all(plan.params) as { k: string; n: number }[];
  const counts = new Map<string, number>();
  for (const r of regionRows) {
    if (!r.k) continue;
    for (const code of r.k.slice(1, -1).split(',')) counts.set(code, (counts.get(code) ?? 0) + r.n);
  }
  // Keys in code order, as `ORDER BY region` gives them.
  const region: Record<string, number> = {};
  for (const code of [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) region[code] = counts.get(code)!;

  return { total, facets: { categorie, recrutement, phase, region } };
}

/** End of the last complete sync, as the store records it (`sync_state.last_success`). */
function readDataAsOf(db: Database.Database): string | undefined {
  const row = prepare(db, "SELECT value FROM sync_state WHERE key = 'last_success'").get() as
    | { value: string }
    | undefined;
  if (!row?.value) return undefined;
  try {
    const v: unknown = JSON.parse(row.value);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return row.value;
  }
}

export function searchStudies(db: Database.Database, query: SearchQuery, opts: SearchOptions = {}): SearchResult {
  const plan = planQuery(db, query, opts);
  const { total, facets } = countTotalAndFacets(db, plan);

  let rows: SummaryRow[] = [];
  const offset = (query.page - 1) * query.parPage;
  if (offset < total) {
    // The page's ids first, on the narrow table; then the summaries of those rows only.
    const sort = resolveSort(query);
    const c = candidates(plan, {
      score: sort === 'pertinence',
      index: sort === 'recent' ? 'study_search_recent' : undefined,
    });
    const page = prepare(
      db,
      `${c.with}SELECT ss.rid AS rid, ss.id AS id ${c.from}${where([
        ...c.base,
        c.facet.region,
        c.facet.categorie,
        c.facet.recrutement,
        c.facet.phase,
      ])} ${orderBy(plan)} LIMIT @limit OFFSET @offset`,
    ).all({ ...plan.params, limit: query.parPage, offset }) as { rid: number; id: string }[];
    if (page.length > 0) {
      const summaries = prepare(
        db,
        `SELECT s.rowid AS rid, ${SUMMARY_COLUMNS} FROM studies s WHERE s.rowid IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(page.map((r) => r.rid))) as (SummaryRow & { rid: number })[];
      const byRid = new Map(summaries.map((r) => [r.rid, r]));
      const nearSites = new Map<number, { name: string | null; city: string | null }>();
      if (plan.near) {
        const sites = page.map((p) => plan.near!.get(p.id)?.site).filter((x): x is number => x !== undefined);
        const siteRows = prepare(
          db,
          'SELECT rowid AS site, name, city FROM sites WHERE rowid IN (SELECT value FROM json_each(?))',
        ).all(JSON.stringify(sites)) as { site: number; name: string | null; city: string | null }[];
        for (const r of siteRows) nearSites.set(r.site, r);
      }
      rows = page.flatMap((p) => {
        const row = byRid.get(p.rid);
        if (!row) return [];
        const near = plan.near?.get(p.id);
        if (!near) return [row];
        const site = nearSites.get(near.site);
        return [{ ...row, dist: near.dist, near_name: site?.name ?? null, near_city: site?.city ?? null, n: near.n }];
      });
    }
  }

  const result: SearchResult = {
    total,
    page: query.page,
    perPage: query.parPage,
    results: rows.map((r) => toSummary(r, !!plan.point)),
    facets,
  };
  const dataAsOf = readDataAsOf(db);
  if (dataAsOf) result.dataAsOf = dataAsOf;
  if (plan.point) result.place = { ...plan.point, rayon: query.rayon };
  return result;
}

/**
 * The placed sites of every study matching the query (pagination ignored), for the map. With a place, only
 * the sites inside it (radius, region or department) are shown: the others are not where the visitor looks.
 * Beyond `limit` sites, one point per commune with a `count`, so a search over all of France stays light.
 */
export function searchSites(
  db: Database.Database,
  query: SearchQuery,
  opts: SearchOptions & { limit?: number } = {},
): SitesCollection {
  const limit = opts.limit ?? 5000;
  const plan = planQuery(db, query, opts);
  const siteWhere: string[] = ["st.precision <> 'inconnue'", 'st.lat IS NOT NULL', 'st.lon IS NOT NULL'];
  if (query.region) siteWhere.push('st.region = @region');
  if (query.departement) siteWhere.push('st.department = @departement');
  if (plan.point) {
    siteWhere.push(`st.precision IN ${DISTANCE_PRECISIONS}`, 'phare_distance_km(@lat, @lon, st.lat, st.lon) <= @rayon');
  }
  const c = candidates(plan);
  const conditions = where([...c.base, c.facet.region, c.facet.categorie, c.facet.recrutement, c.facet.phase]);
  const sitesJoin = `JOIN sites st ON st.study_id = ss.id AND ${siteWhere.join(' AND ')}`;
  const joined = `${c.from} ${sitesJoin}${conditions}`;
  const params = plan.params;

  const total = (prepare(db, `${c.with}SELECT count(*) AS n ${joined}`).get(params) as { n: number }).n;
  if (total <= limit) {
    const rows = prepare(
      db,
      `${c.with}SELECT ss.id AS id, s.title AS title, ss.recruitment AS recruitment, st.name AS name, st.city AS city,
         st.lat AS lat, st.lon AS lon ${c.from} ${sitesJoin} JOIN studies s ON s.rowid = ss.rid${conditions}
       ORDER BY ss.id, st.ord`,
    ).all(params) as {
      id: string;
      title: string;
      recruitment: Recruitment;
      name: string | null;
      city: string | null;
      lat: number;
      lon: number;
    }[];
    const features: Feature<Point, SiteFeatureProperties>[] = rows.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: {
        studyId: r.id,
        title: r.title,
        ...(r.name ? { siteName: r.name } : {}),
        ...(r.city ? { city: r.city } : {}),
        recruitment: r.recruitment,
      },
    }));
    return { type: 'FeatureCollection', features, aggregated: false, total };
  }
  const rows = prepare(
    db,
    `${c.with}SELECT coalesce(st.insee, st.department || ':' || st.city, 'dep:' || st.department, st.lat || ',' || st.lon) AS k, max(st.insee) AS insee,
       max(st.city) AS city, avg(st.lat) AS lat, avg(st.lon) AS lon, count(*) AS n, count(DISTINCT ss.id) AS studies
     ${joined} GROUP BY k ORDER BY n DESC, k`,
  ).all(params) as {
    k: string | null;
    insee: string | null;
    city: string | null;
    lat: number;
    lon: number;
    n: number;
    studies: number;
  }[];
  const features: Feature<Point, CommuneFeatureProperties>[] = rows.map((r) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [Math.round(r.lon * 1e5) / 1e5, Math.round(r.lat * 1e5) / 1e5] },
    properties: {
      ...(r.city ? { city: r.city } : {}),
      ...(r.insee ? { insee: r.insee } : {}),
      count: r.n,
      studyCount: r.studies,
    },
  }));
  return { type: 'FeatureCollection', features, aggregated: true, total };
}
