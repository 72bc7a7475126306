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
import type { CategoryFilter, Coded, PhaseBucket, Recruitment, Regulation, StudySummary } from '@/lib/study/types';

/**
 * Typed query → SQL on the mirror (schema in lib/store/migrations.ts). Every value is a bound parameter;
 * statements are prepared once per connection and SQL text. Facets are counted with every filter but their
 * own, so each count says what choosing that value would give.
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

interface DbState {
  statements: Map<string, Database.Statement>;
}

const states = new WeakMap<Database.Database, DbState>();

function getState(db: Database.Database): DbState {
  let state = states.get(db);
  if (!state) {
    // Deterministic so SQLite may factor it; haversine from lib/geo so distances agree everywhere.
    db.function('phare_distance_km', { deterministic: true }, (lat1, lon1, lat2, lon2) =>
      lat2 === null || lon2 === null
        ? null
        : distanceKm({ lat: lat1 as number, lon: lon1 as number }, { lat: lat2 as number, lon: lon2 as number }),
    );
    // Per-connection scratch tables: the text match and the distances of one search, computed once and then
    // joined by the count, the page and the four facets (better-sqlite3 is synchronous: no interleaving).
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS phare_match (rid INTEGER PRIMARY KEY, score REAL NOT NULL);
      CREATE TEMP TABLE IF NOT EXISTS phare_near (study_id TEXT PRIMARY KEY, dist REAL NOT NULL, near_name TEXT,
        near_city TEXT, n INTEGER NOT NULL)`);
    state = { statements: new Map() };
    states.set(db, state);
  }
  return state;
}

function prepare(db: Database.Database, sql: string): Database.Statement {
  const state = getState(db);
  let stmt = state.statements.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    state.statements.set(sql, stmt);
  }
  return stmt;
}

/** Fills the scratch tables for a plan; must run before any statement built by `buildFrom` for it. */
function fillCandidates(db: Database.Database, plan: Plan): void {
  if (plan.match) {
    prepare(db, 'DELETE FROM temp.phare_match').run();
    prepare(
      db,
      `INSERT INTO temp.phare_match (rid, score)
       SELECT rowid, bm25(studies_fts, 0, 10, 6, 1)
         + CASE WHEN rowid IN (SELECT value FROM json_each(?)) THEN ${IDENTIFIER_BONUS} ELSE 0 END
       FROM studies_fts WHERE studies_fts MATCH ?`,
    ).run(JSON.stringify(plan.identifierRowids), plan.match);
  }
  if (plan.point) {
    const rayon = plan.query.rayon;
    const box = boundingBox(plan.point, rayon);
    prepare(db, 'DELETE FROM temp.phare_near').run();
    // Bounding box on the (lat, lon) index first, exact haversine after; min() picks the nearest site's row.
    prepare(
      db,
      `INSERT INTO temp.phare_near (study_id, dist, near_name, near_city, n)
       SELECT study_id, min(d), name, city, count(*) FROM (
         SELECT study_id, name, city, phare_distance_km(?, ?, lat, lon) AS d FROM sites
         WHERE precision IN ${DISTANCE_PRECISIONS} AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
       ) WHERE d <= ? GROUP BY study_id`,
    ).run(plan.point.lat, plan.point.lon, box.minLat, box.maxLat, box.minLon, box.maxLon, rayon);
  }
}

/** What a query needs beyond its own fields: its text expression and its centre, computed once. */
interface Plan {
  query: SearchQuery;
  match?: string;
  identifierRowids: number[];
  point?: ResolvedPlace;
}

interface SqlParts {
  sql: string;
  params: unknown[];
}


/** `FROM studies s … WHERE …` with every filter except those in `exclude` (text and place: see `fillCandidates`). */
function buildFrom(
  plan: Plan,
  exclude: ReadonlySet<FacetName> = new Set(),
  extraJoin?: SqlParts,
): SqlParts {
  const { query } = plan;
  const joins: string[] = [];
  const where: string[] = [];
  const params: unknown[] = [];

  if (plan.match) joins.push('JOIN temp.phare_match m ON m.rid = s.rowid');
  if (plan.point) joins.push('JOIN temp.phare_near near ON near.study_id = s.id');
  if (extraJoin) {
    joins.push(extraJoin.sql);
    params.push(...extraJoin.params);
  }

  // Uncorrelated IN lists: SQLite builds them once (a correlated EXISTS picked the region index per study).
  if (!exclude.has('region')) {
    if (query.region) {
      where.push(
        "s.id IN (SELECT study_id FROM sites WHERE region = ? AND precision <> 'inconnue')",
      );
      params.push(query.region);
    }
    if (query.departement) {
      where.push(
        "s.id IN (SELECT study_id FROM sites WHERE department = ? AND precision <> 'inconnue')",
      );
      params.push(query.departement);
    }
  }
  if (!exclude.has('categorie') && query.categorie.length > 0) {
    const ors = query.categorie.map((c) => {
      if (c.startsWith('jarde-')) {
        params.push(Number(c.slice('jarde-'.length)));
        return "(s.regulation = 'jarde' AND s.jarde_category = ?)";
      }
      params.push(c);
      return 's.regulation = ?';
    });
    where.push(`(${ors.join(' OR ')})`);
  }
  if (!exclude.has('recrutement') && query.recrutement !== 'tous') {
    where.push('s.recruitment = ?');
    params.push(query.recrutement);
  }
  if (!exclude.has('phase') && query.phase.length > 0) {
    where.push(`(${query.phase.map(() => 's.phase_buckets LIKE ?').join(' OR ')})`);
    for (const p of query.phase) params.push(`%,${p},%`);
  }
  if (query.age !== undefined) {
    // Unknown ranges ('[]') match: the study did not say, so nobody is excluded by us.
    where.push(`(s.age_ranges = '[]' OR EXISTS (SELECT 1 FROM json_each(s.age_ranges) a
      WHERE json_extract(a.value, '$[0]') <= ? AND coalesce(json_extract(a.value, '$[1]'), 1000) >= ?))`);
    params.push(query.age, query.age);
  }
  if (query.sexe) {
    where.push("(s.sexes = '' OR s.sexes LIKE ?)");
    params.push(`%,${query.sexe},%`);
  }
  if (query.volontaire === 'sain') where.push('s.healthy_volunteers = 1');

  const sql = `FROM studies s ${joins.join(' ')}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  return { sql, params };
}

function orderBy(plan: Plan): string {
  const sort = resolveSort(plan.query);
  if (sort === 'pertinence' && plan.match) return 'ORDER BY m.score ASC, s.id ASC';
  if (sort === 'distance' && plan.point) return 'ORDER BY near.dist ASC, s.id ASC';
  return 'ORDER BY s.last_updated IS NULL, s.last_updated DESC, s.id ASC';
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
  getState(db);
  const text = buildTextMatch(db, query.maladie);
  const plan: Plan = {
    query,
    match: text.expression,
    identifierRowids: text.identifierRowids,
    point: resolvePoint(db, query, opts),
  };
  fillCandidates(db, plan);
  return plan;
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
  json_extract(s.study_json, '$.phase') AS phase,
  json_extract(s.study_json, '$.conditions') AS conditions,
  json_extract(s.study_json, '$.therapeuticArea') AS therapeutic_area,
  json_extract(s.study_json, '$.sponsor') AS sponsor`;

function countFacets(db: Database.Database, plan: Plan): SearchFacets {
  const categorie: Record<CategoryFilter, number> = {
    'jarde-1': 0, 'jarde-2': 0, 'jarde-3': 0, medicament: 0, dispositif: 0, diagnostic: 0,
  };
  const cat = buildFrom(plan, new Set(['categorie']));
  const catRows = prepare(
    db,
    `SELECT s.regulation AS reg, s.jarde_category AS jc, count(*) AS n ${cat.sql} GROUP BY s.regulation, s.jarde_category`,
  ).all(...cat.params) as { reg: string; jc: number | null; n: number }[];
  for (const r of catRows) {
    if (r.reg === 'jarde' && (r.jc === 1 || r.jc === 2 || r.jc === 3)) categorie[`jarde-${r.jc}`] += r.n;
    else if (r.reg === 'medicament' || r.reg === 'dispositif' || r.reg === 'diagnostic') categorie[r.reg] += r.n;
  }

  const recrutement = { ouvert: 0, 'a-venir': 0, termine: 0 };
  const rec = buildFrom(plan, new Set(['recrutement']));
  const recRows = prepare(db, `SELECT s.recruitment AS k, count(*) AS n ${rec.sql} GROUP BY s.recruitment`).all(
    ...rec.params,
  ) as { k: string; n: number }[];
  for (const r of recRows) if (r.k in recrutement) recrutement[r.k as keyof typeof recrutement] = r.n;

  const ph = buildFrom(plan, new Set(['phase']));
  const phRow = prepare(
    db,
    `SELECT ${(['1', '2', '3', '4', 'na'] as const)
      .map((p, i) => `coalesce(sum(s.phase_buckets LIKE '%,${p},%'), 0) AS p${i}`)
      .join(', ')} ${ph.sql}`,
  ).get(...ph.params) as Record<string, number>;
  const phase: Record<PhaseBucket, number> = { '1': phRow.p0, '2': phRow.p1, '3': phRow.p2, '4': phRow.p3, na: phRow.p4 };

  const reg = buildFrom(plan, new Set(['region']), {
    sql: "JOIN sites st ON st.study_id = s.id AND st.region IS NOT NULL AND st.precision <> 'inconnue'",
    params: [],
  });
  const regRows = prepare(
    db,
    `SELECT st.region AS k, count(DISTINCT s.id) AS n ${reg.sql} GROUP BY st.region ORDER BY st.region`,
  ).all(...reg.params) as { k: string; n: number }[];
  const region: Record<string, number> = {};
  for (const r of regRows) region[r.k] = r.n;

  return { categorie, recrutement, phase, region };
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
  const from = buildFrom(plan);
  const total = (prepare(db, `SELECT count(*) AS n ${from.sql}`).get(...from.params) as { n: number }).n;

  const placeColumns = plan.point ? ', near.dist, near.near_name, near.near_city, near.n' : '';
  const rows = prepare(db, `SELECT ${SUMMARY_COLUMNS}${placeColumns} ${from.sql} ${orderBy(plan)} LIMIT ? OFFSET ?`).all(
    ...from.params,
    query.parPage,
    (query.page - 1) * query.parPage,
  ) as SummaryRow[];

  const result: SearchResult = {
    total,
    page: query.page,
    perPage: query.parPage,
    results: rows.map((r) => toSummary(r, !!plan.point)),
    facets: countFacets(db, plan),
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
  const siteParams: unknown[] = [];
  if (query.region) {
    siteWhere.push('st.region = ?');
    siteParams.push(query.region);
  }
  if (query.departement) {
    siteWhere.push('st.department = ?');
    siteParams.push(query.departement);
  }
  if (plan.point) {
    siteWhere.push(`st.precision IN ${DISTANCE_PRECISIONS}`, 'phare_distance_km(?, ?, st.lat, st.lon) <= ?');
    siteParams.push(plan.point.lat, plan.point.lon, query.rayon);
  }
  const from = buildFrom(plan, new Set(), {
    sql: `JOIN sites st ON st.study_id = s.id AND ${siteWhere.join(' AND ')}`,
    params: siteParams,
  });
  const joined = from.sql;
  const params = from.params;

  const total = (prepare(db, `SELECT count(*) AS n ${joined}`).get(...params) as { n: number }).n;
  if (total <= limit) {
    const rows = prepare(
      db,
      `SELECT s.id, s.title, s.recruitment, st.name, st.city, st.lat, st.lon ${joined} ORDER BY s.id, st.ord`,
    ).all(...params) as {
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
    `SELECT coalesce(st.insee, st.department || ':' || st.city, 'dep:' || st.department, st.lat || ',' || st.lon) AS k, max(st.insee) AS insee,
       max(st.city) AS city, avg(st.lat) AS lat, avg(st.lon) AS lon, count(*) AS n, count(DISTINCT s.id) AS studies
     ${joined} GROUP BY k ORDER BY n DESC, k`,
  ).all(...params) as {
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
