import type Database from 'better-sqlite3';
import type { Feature, Point } from 'geojson';
import { distanceKm, type BoundingBox } from '@/lib/geo/distance';
import type { CommuneFeatureProperties, SiteFeatureProperties, SitesCollection } from '@/lib/study/sites';
import type {
  CategoryFilter, Coded, PhaseBucket, Recruitment, Regulation, Sex, StudyStatus, StudySummary,
} from '@/lib/study/types';
import { prepareCached } from './statements';

/**
 * The search's SQL over the mirror's index tables (schema: migrations.ts): `study_search` (the narrow copy of
 * `studies` kept by triggers), `studies_fts` and `sites`. `lib/search` decides what to look for (parameters,
 * text analysis, places, facets, caching); this module is the only one that turns it into SQL.
 *
 * Every statement has a fixed shape: a filter that is not set is a NULL parameter (`@x IS NULL OR …`), lists
 * are ',a,b,' strings. The SQL texts therefore do not vary with the visitor's filters — only with whether the
 * search has a text, a place and which order — so the statement cache stays a few dozen entries whatever
 * the traffic (a statement per filter combination once grew the server by 120 MB). One exception: the age test
 * is written only when an age is asked, because SQLite builds its list of matching age ranges on every run even
 * when `@ageMin` is NULL (3 ms a statement on 20,000 studies); that doubles the shapes, no more.
 */

/** What a search filters on, in the store's terms. Absent = not filtered. */
export interface StudyFilter {
  /** FTS5 MATCH expression (built by lib/search/match.ts; never visitor text). */
  match?: string;
  /** Studies whose identifier is the text itself: first in relevance order. */
  identifierRowids?: readonly number[];
  /** A radius search: the rowids of the studies with a site inside, nearest first. */
  near?: readonly number[];
  /** Age of the person: studies whose age ranges include it. */
  age?: number;
  /**
   * An age bracket (« enfant » → 0–17, « senior » → 65 and over; `max` null = no upper bound): studies whose age
   * ranges overlap it, i.e. that take at least some people of that age. Ignored when `age` is set.
   */
  ageRange?: { min: number; max: number | null };
  sexe?: Sex;
  healthyVolunteers?: boolean;
  region?: string;
  departement?: string;
  categories?: readonly CategoryFilter[];
  phases?: readonly PhaseBucket[];
  recruitment?: Recruitment;
}

export type StudyOrder = 'relevance' | 'distance' | 'recent';

/** One group of candidates for the facet counts, with a flag per facet filter it passes. */
export interface FacetGroup {
  regulation: Regulation;
  jardeCategory: number | null;
  recruitment: Recruitment;
  /** ',1,2,' */
  phaseBuckets: string;
  passesCategory: boolean;
  passesRecruitment: boolean;
  passesPhase: boolean;
  /** Studies of the group that also pass the region/department filter. */
  count: number;
}

export interface SiteInBox {
  site: number;
  rid: number;
  studyId: string;
  lat: number;
  lon: number;
}

export interface MapSitesFilter {
  region?: string;
  departement?: string;
  /** Only sites within `rayon` km of this point (sites placed at their commune or better). */
  point?: { lat: number; lon: number; rayon: number };
}

export interface SearchIndex {
  /** Candidates grouped by the columns the category, recruitment and phase facets count. */
  facetGroups(filter: StudyFilter): FacetGroup[];
  /** Candidates passing every filter but the region's, by their ',11,84,' list of regions. */
  regionLists(filter: StudyFilter): { regions: string; count: number }[];
  /** One page of the candidates passing every filter, in `order`. */
  pageRowids(filter: StudyFilter, order: StudyOrder, limit: number, offset: number): { rid: number; id: string }[];
  /** Summaries of these studies, by rowid. */
  readSummaries(rids: readonly number[]): Map<number, StudySummary>;
  /** Placed sites (commune precision or better) inside a box, of the studies matching `match` if given. */
  sitesInBox(box: BoundingBox, match?: string): SiteInBox[];
  /** Name and city of sites, by site rowid. */
  readSiteNames(siteRowids: readonly number[]): Map<number, { name?: string; city?: string }>;
  /** The placed sites of the matching studies, for the map; one point per commune beyond `limit`. */
  mapSites(filter: StudyFilter, where: MapSitesFilter, limit: number): SitesCollection;
  /** Text matches, counted up to `limit` (callers compare with a small threshold). */
  countTextMatches(expression: string, limit: number): number;
  /** Studies whose id is `id` (any case), or whose FTS row holds `compactPhrase`: candidates, with identifiers. */
  identifierCandidates(id: string, compactPhrase: string): { rowid: number; id: string; identifiers: string[] }[];
  /** Terms of the full-text index (letters only, at least `minLength` long), for typo tolerance. */
  readVocabulary(minLength: number): string[];
  /** Changes when studies are added or removed (the vocabulary's freshness key). */
  studiesFingerprint(): string;
}

/** Sites whose point stands for the place itself; department centroids are not distances anyone can use. */
const DISTANCE_PRECISIONS = "('adresse', 'commune')";
/** Identifier hits go first in relevance order whatever bm25 says. */
const IDENTIFIER_BONUS = -1e9;
const PHASE_SLOTS = 5;

const registered = new WeakSet<Database.Database>();

/** The SQL functions the search uses, once per connection (haversine from lib/geo, as everywhere). */
function registerFunctions(db: Database.Database): void {
  if (registered.has(db)) return;
  db.function('phare_distance_km', { deterministic: true }, (lat1, lon1, lat2, lon2) =>
    lat2 === null || lon2 === null
      ? null
      : distanceKm({ lat: lat1 as number, lon: lon1 as number }, { lat: lat2 as number, lon: lon2 as number }),
  );
  registered.add(db);
}

/** Named parameters of a filter: every name is always bound (NULL when the filter is not set). */
function bind(f: StudyFilter): Record<string, unknown> {
  const phases = [...new Set(f.phases ?? [])];
  const params: Record<string, unknown> = {
    match: f.match ?? null,
    identifierRowids: JSON.stringify(f.identifierRowids ?? []),
    near: f.near ? JSON.stringify(f.near) : null,
    // One age is the bracket [age, age]: the same overlap test serves both.
    ageMin: f.age ?? f.ageRange?.min ?? null,
    ageMax: f.age ?? (f.ageRange ? (f.ageRange.max ?? 1000) : null),
    sexe: f.sexe ?? null,
    healthy: f.healthyVolunteers ? 1 : null,
    region: f.region ?? null,
    departement: f.departement ?? null,
    categories: f.categories?.length ? `,${f.categories.join(',')},` : null,
    phases: phases.length ? 1 : null,
    recruitment: f.recruitment ?? null,
  };
  for (let i = 0; i < PHASE_SLOTS; i++) params[`phase${i}`] = phases[i] ? `,${phases[i]},` : null;
  return params;
}

/**
 * The candidate set as SQL over `study_search ss`: common table expressions for the text match (`m`) and the
 * radius (`near`), the FROM clause, the conditions every count shares, and one condition per facet, so that
 * one pass can count each facet "with every filter but its own".
 */
interface Candidates {
  with: string;
  from: string;
  base: string;
  region: string;
  category: string;
  recruitment: string;
  phase: string;
}

type CoveringIndex = 'study_search_facets' | 'study_search_regions' | 'study_search_recent';

/**
 * Unknown age ranges ('[]') match: the study did not say, so nobody is excluded by us. Decided once per distinct
 * list of ranges (there are few), not once per study; `+` keeps SQLite on the covering indexes.
 */
const AGE_CONDITION = `+ss.age_ranges IN (SELECT d.age_ranges FROM (SELECT DISTINCT age_ranges FROM study_search) d
  WHERE d.age_ranges = '[]' OR EXISTS (SELECT 1 FROM json_each(d.age_ranges) a
    WHERE json_extract(a.value, '$[0]') <= @ageMax AND coalesce(json_extract(a.value, '$[1]'), 1000) >= @ageMin))`;

const hasAge = (f: StudyFilter) => f.age !== undefined || f.ageRange !== undefined;

function candidates(f: StudyFilter, opts: { score?: boolean; index?: CoveringIndex } = {}): Candidates {
  const ctes: string[] = [];
  // Without text or place, each pass names the covering index whose order it needs: SQLite would otherwise
  // take an equality on `regulation` or `recruitment` and sort.
  let from = opts.index ? `study_search ss INDEXED BY ${opts.index}` : 'study_search ss';
  if (f.match) {
    ctes.push(
      opts.score
        ? `m AS MATERIALIZED (SELECT rowid AS rid, bm25(studies_fts, 0, 10, 6, 1)
             + CASE WHEN rowid IN (SELECT value FROM json_each(@identifierRowids)) THEN ${IDENTIFIER_BONUS} ELSE 0 END AS score
           FROM studies_fts WHERE studies_fts MATCH @match)`
        : 'm AS MATERIALIZED (SELECT rowid AS rid FROM studies_fts WHERE studies_fts MATCH @match)',
    );
    from = 'm JOIN study_search ss ON ss.rid = m.rid';
  }
  if (f.near) {
    ctes.push('near AS MATERIALIZED (SELECT value AS rid, key AS rank FROM json_each(@near))');
    from = f.match ? `${from} JOIN near ON near.rid = ss.rid` : 'near JOIN study_search ss ON ss.rid = near.rid';
  }
  const phaseSlots = Array.from({ length: PHASE_SLOTS }, (_, i) => `coalesce(instr(ss.phase_buckets, @phase${i}), 0)`);
  return {
    with: ctes.length ? `WITH ${ctes.join(', ')} ` : '',
    from: `FROM ${from}`,
    base: `${hasAge(f) ? AGE_CONDITION : '1'}
      AND (@sexe IS NULL OR ss.sexes = '' OR instr(ss.sexes, ',' || @sexe || ',') > 0)
      AND (@healthy IS NULL OR ss.healthy_volunteers = 1)`,
    region: `(@region IS NULL OR instr(ss.regions, ',' || @region || ',') > 0)
      AND (@departement IS NULL OR instr(ss.departments, ',' || @departement || ',') > 0)`,
    category: `(@categories IS NULL OR instr(@categories, ',' || CASE WHEN ss.regulation = 'jarde'
      THEN 'jarde-' || ss.jarde_category ELSE ss.regulation END || ',') > 0)`,
    recruitment: '(@recruitment IS NULL OR ss.recruitment = @recruitment)',
    phase: `(@phases IS NULL OR ${phaseSlots.join(' + ')} > 0)`,
  };
}

function all(c: Candidates): string {
  return `${c.base} AND ${c.region} AND ${c.category} AND ${c.recruitment} AND ${c.phase}`;
}

function orderBy(order: StudyOrder, f: StudyFilter): string {
  if (order === 'relevance' && f.match) return 'ORDER BY m.score ASC, ss.id ASC';
  if (order === 'distance' && f.near) return 'ORDER BY near.rank ASC';
  // The order of the index `study_search_recent`: a filtered page reads it in order and stops early.
  return 'ORDER BY ss.recent_date IS NULL, ss.recent_date DESC, ss.id ASC';
}

interface SummaryRow {
  rid: number;
  id: string;
  title: string;
  regulation: Regulation;
  jarde_category: number | null;
  recruitment: Recruitment;
  site_count: number;
  last_updated: string | null;
  recent_date: string | null;
  title_lang: string | null;
  status: string | null;
  phase: string | null;
  conditions: string | null;
  therapeutic_area: string | null;
  sponsor: string | null;
}

function toSummary(row: SummaryRow): StudySummary {
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
  if (row.recent_date) summary.recruitmentStart = row.recent_date;
  return summary;
}

const SUMMARY_COLUMNS = `s.rowid AS rid, s.id, s.title, s.regulation, s.jarde_category, s.recruitment, s.site_count,
  s.last_updated, s.recent_date,
  json_extract(s.study_json, '$.titleLang') AS title_lang,
  json_extract(s.study_json, '$.status') AS status,
  json_extract(s.study_json, '$.phase') AS phase,
  json_extract(s.study_json, '$.conditions') AS conditions,
  json_extract(s.study_json, '$.therapeuticArea') AS therapeutic_area,
  json_extract(s.study_json, '$.sponsor') AS sponsor`;

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export function createSearchIndex(db: Database.Database): SearchIndex {
  registerFunctions(db);
  const prepare = (sql: string) => prepareCached(db, sql);

  return {
    facetGroups(f) {
      const c = candidates(f, { index: 'study_search_facets' });
      const rows = prepare(
        `${c.with}SELECT ss.regulation AS reg, ss.jarde_category AS jc, ss.recruitment AS rec, ss.phase_buckets AS pb,
           coalesce(${c.category}, 0) AS fc, coalesce(${c.recruitment}, 0) AS fr, coalesce(${c.phase}, 0) AS fp,
           sum(coalesce(${c.region}, 0)) AS n
         ${c.from} WHERE ${c.base} GROUP BY ss.regulation, ss.jarde_category, ss.recruitment, ss.phase_buckets`,
      ).all(bind(f)) as { reg: Regulation; jc: number | null; rec: Recruitment; pb: string; fc: number; fr: number; fp: number; n: number }[];
      return rows.map((r) => ({
        regulation: r.reg,
        jardeCategory: r.jc,
        recruitment: r.rec,
        phaseBuckets: r.pb,
        passesCategory: r.fc === 1,
        passesRecruitment: r.fr === 1,
        passesPhase: r.fp === 1,
        count: r.n,
      }));
    },

    regionLists(f) {
      const c = candidates(f, { index: 'study_search_regions' });
      const rows = prepare(
        `${c.with}SELECT ss.regions AS k, count(*) AS n ${c.from}
         WHERE ${c.base} AND ${c.category} AND ${c.recruitment} AND ${c.phase} GROUP BY ss.regions`,
      ).all(bind(f)) as { k: string; n: number }[];
      return rows.map((r) => ({ regions: r.k, count: r.n }));
    },

    pageRowids(f, order, limit, offset) {
      const c = candidates(f, {
        score: order === 'relevance',
        index: order === 'recent' && !f.match && !f.near ? 'study_search_recent' : undefined,
      });
      return prepare(
        `${c.with}SELECT ss.rid AS rid, ss.id AS id ${c.from} WHERE ${all(c)} ${orderBy(order, f)} LIMIT @limit OFFSET @offset`,
      ).all({ ...bind(f), limit, offset }) as { rid: number; id: string }[];
    },

    readSummaries(rids) {
      if (rids.length === 0) return new Map();
      const rows = prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM studies s WHERE s.rowid IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(rids)) as SummaryRow[];
      return new Map(rows.map((r) => [r.rid, toSummary(r)]));
    },

    sitesInBox(box, match) {
      const inBox = `st.lat BETWEEN @minLat AND @maxLat AND st.lon BETWEEN @minLon AND @maxLon
        AND st.precision IN ${DISTANCE_PRECISIONS}`;
      const params = { minLat: box.minLat, maxLat: box.maxLat, minLon: box.minLon, maxLon: box.maxLon };
      // With a text, only the sites of the studies that match it (fewer than the box's).
      const rows = (
        match
          ? prepare(
              `SELECT st.rowid, ss.rid, st.study_id, st.lat, st.lon
               FROM (SELECT rowid AS rid FROM studies_fts WHERE studies_fts MATCH @match) m
                 JOIN study_search ss ON ss.rid = m.rid JOIN sites st ON st.study_id = ss.id
               WHERE ${inBox}`,
            )
              .raw(true)
              .all({ ...params, match })
          : prepare(
              `SELECT st.rowid, ss.rid, st.study_id, st.lat, st.lon FROM sites st INDEXED BY sites_box
                 JOIN study_search ss ON ss.id = st.study_id
               WHERE ${inBox}`,
            )
              .raw(true)
              .all(params)
      ) as [number, number, string, number, number][];
      return rows.map(([site, rid, studyId, lat, lon]) => ({ site, rid, studyId, lat, lon }));
    },

    readSiteNames(siteRowids) {
      if (siteRowids.length === 0) return new Map();
      const rows = prepare(
        'SELECT rowid AS site, name, city FROM sites WHERE rowid IN (SELECT value FROM json_each(?))',
      ).all(JSON.stringify(siteRowids)) as { site: number; name: string | null; city: string | null }[];
      return new Map(
        rows.map((r) => [r.site, { ...(r.name ? { name: r.name } : {}), ...(r.city ? { city: r.city } : {}) }]),
      );
    },

    mapSites(f, where, limit) {
      const c = candidates(f);
      const siteWhere = `st.precision <> 'inconnue' AND st.lat IS NOT NULL AND st.lon IS NOT NULL
        AND (@siteRegion IS NULL OR st.region = @siteRegion)
        AND (@siteDepartement IS NULL OR st.department = @siteDepartement)
        AND (@lat IS NULL OR (st.precision IN ${DISTANCE_PRECISIONS}
          AND phare_distance_km(@lat, @lon, st.lat, st.lon) <= @rayon))`;
      const joined = `${c.from} JOIN sites st ON st.study_id = ss.id AND ${siteWhere} WHERE ${all(c)}`;
      const params = {
        ...bind(f),
        siteRegion: where.region ?? null,
        siteDepartement: where.departement ?? null,
        lat: where.point?.lat ?? null,
        lon: where.point?.lon ?? null,
        rayon: where.point?.rayon ?? null,
      };
      const total = (prepare(`${c.with}SELECT count(*) AS n ${joined}`).get(params) as { n: number }).n;
      if (total <= limit) {
        const rows = prepare(
          `${c.with}SELECT ss.id AS id, s.title AS title, ss.recruitment AS recruitment, st.name AS name,
             st.city AS city, st.lat AS lat, st.lon AS lon
           ${c.from} JOIN sites st ON st.study_id = ss.id AND ${siteWhere} JOIN studies s ON s.rowid = ss.rid
           WHERE ${all(c)} ORDER BY ss.id, st.ord`,
        ).all(params) as { id: string; title: string; recruitment: Recruitment; name: string | null; city: string | null; lat: number; lon: number }[];
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
        `${c.with}SELECT coalesce(st.insee, st.department || ':' || st.city, 'dep:' || st.department, st.lat || ',' || st.lon) AS k,
           max(st.insee) AS insee, max(st.city) AS city, avg(st.lat) AS lat, avg(st.lon) AS lon, count(*) AS n,
           count(DISTINCT ss.id) AS studies
         ${joined} GROUP BY k ORDER BY n DESC, k`,
      ).all(params) as { insee: string | null; city: string | null; lat: number; lon: number; n: number; studies: number }[];
      const features: Feature<Point, CommuneFeatureProperties>[] = rows.map((r) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [round5(r.lon), round5(r.lat)] },
        properties: {
          ...(r.city ? { city: r.city } : {}),
          ...(r.insee ? { insee: r.insee } : {}),
          count: r.n,
          studyCount: r.studies,
        },
      }));
      return { type: 'FeatureCollection', features, aggregated: true, total };
    },

    countTextMatches(expression, limit) {
      return (
        prepare('SELECT count(*) AS n FROM (SELECT 1 FROM studies_fts WHERE studies_fts MATCH ? LIMIT ?)').get(
          expression,
          limit,
        ) as { n: number }
      ).n;
    },

    identifierCandidates(id, compactPhrase) {
      // The case-insensitive id is looked up in the narrow `study_search` (no index serves NOCASE: a scan of
      // `studies` itself would read every study's JSON).
      const rows = prepare(
        `SELECT s.rowid AS rowid, s.id AS id, json_extract(s.study_json, '$.identifiers') AS identifiers FROM studies s
         WHERE s.rowid IN (SELECT rid FROM study_search WHERE id = ? COLLATE NOCASE)
            OR s.rowid IN (SELECT rowid FROM studies_fts WHERE studies_fts MATCH ? LIMIT 50)`,
      ).all(id, compactPhrase) as { rowid: number; id: string; identifiers: string | null }[];
      return rows.map((r) => ({
        rowid: r.rowid,
        id: r.id,
        identifiers: ((r.identifiers ? JSON.parse(r.identifiers) : []) as { value: string }[]).map((i) => i.value),
      }));
    },

    readVocabulary(minLength) {
      // An fts5vocab table in the connection's temp schema: nothing is written to the mirror.
      db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.phare_search_vocab USING fts5vocab(main, studies_fts, row)');
      const terms = prepare('SELECT term FROM temp.phare_search_vocab WHERE length(term) >= ?').pluck().all(minLength) as string[];
      return terms.filter((t) => !/\d/.test(t));
    },

    studiesFingerprint() {
      const row = prepare('SELECT count(*) AS n, max(rowid) AS m FROM studies').get() as { n: number; m: number | null };
      return `${row.n}:${row.m ?? 0}`;
    },
  };
}
