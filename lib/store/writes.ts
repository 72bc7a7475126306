import type Database from 'better-sqlite3';
import type { RawStudyResources } from '@/lib/eclaire/normalise';
import type { GeoPlace } from '@/lib/geo/geocode';
import type { Study } from '@/lib/study/types';
import { REFILL_STUDY_CONDITIONS, REFILL_STUDY_SEARCH } from './migrations';
import type { SearchDocument } from './search-document';
import { STATE_KEYS, type StateAccess } from './state';

/** One study as the sync writes it: normalised, with its raw FHIR and the place of each of its sites. */
export interface StoreItem {
  study: Study;
  raw: RawStudyResources;
  /** Same order and length as `study.sites`. */
  sites: GeoPlace[];
  demo: boolean;
}

/** The ',a,b,' encoding of a list column (sorted, unique), so that `instr(list, ',a,')` finds a value. */
export function toList(values: readonly string[]): string {
  return values.length === 0 ? '' : `,${[...new Set(values)].sort().join(',')},`;
}

/**
 * The date the « recent » sort uses: the start of recruitment, when it is known and not after `today` (a
 * planned start is not news yet, and `meta.lastUpdated` is not a modification date: CONTRACT §5.11). Studies
 * without one come last. Recomputed at every write, so twice a day with the full crawl.
 */
export function recentDateOf(study: Study, today: string): string | null {
  const start = study.recruitmentPeriod?.start?.slice(0, 10);
  return start && /^\d{4}-\d{2}-\d{2}$/.test(start) && start <= today ? start : null;
}

/** Unique site ids within a study (upstream ids are positional and could repeat). */
function uniqueSiteIds(study: Study): string[] {
  const seen = new Set<string>();
  return study.sites.map((site, i) => {
    let id = site.id || `site-${i}`;
    if (seen.has(id)) id = `${id}#${i}`;
    seen.add(id);
    return id;
  });
}

export interface StudyWriter {
  /** Upserts studies with their sites and FTS rows, marked as seen by `runId`. Inside a caller's transaction. */
  writeItems(runId: number, items: readonly StoreItem[]): void;
  /** Keeps one kind of data per file: writing the other kind first removes what the file held. */
  ensureKind(demo: boolean): void;
  markSeen(runId: number, id: string): void;
  /** Recomputes every FTS row from `study_json` and refills `study_search`. Returns the count. */
  rebuildSearchIndex(): number;
}

export function createStudyWriter(
  db: Database.Database,
  state: StateAccess,
  toDocument: (study: Study) => SearchDocument,
): StudyWriter {
  const stmt = {
    upsertStudy: db.prepare(`
      INSERT INTO studies (id, title, regulation, jarde_category, recruitment, phase_buckets, sexes, age_ranges,
        healthy_volunteers, last_updated, site_count, study_json, raw_json, demo, last_seen_run, stored_at,
        first_seen, recent_date)
      VALUES (@id, @title, @regulation, @jarde_category, @recruitment, @phase_buckets, @sexes, @age_ranges,
        @healthy_volunteers, @last_updated, @site_count, @study_json, @raw_json, @demo, @last_seen_run, @stored_at,
        @stored_at, @recent_date)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, regulation = excluded.regulation,
        jarde_category = excluded.jarde_category, recruitment = excluded.recruitment,
        phase_buckets = excluded.phase_buckets, sexes = excluded.sexes, age_ranges = excluded.age_ranges,
        healthy_volunteers = excluded.healthy_volunteers, last_updated = excluded.last_updated,
        site_count = excluded.site_count, study_json = excluded.study_json, raw_json = excluded.raw_json,
        demo = excluded.demo, last_seen_run = excluded.last_seen_run, stored_at = excluded.stored_at,
        first_seen = coalesce(studies.first_seen, excluded.first_seen), recent_date = excluded.recent_date
      RETURNING rowid`),
    deleteFts: db.prepare<[number | bigint]>('DELETE FROM studies_fts WHERE rowid = ?'),
    insertFts: db.prepare<[number | bigint, string, string, string, string]>(
      'INSERT INTO studies_fts (rowid, id, title, conditions, body) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteSites: db.prepare<[string]>('DELETE FROM sites WHERE study_id = ?'),
    deleteConditions: db.prepare<[number | bigint]>('DELETE FROM study_conditions WHERE rid = ?'),
    insertCondition: db.prepare<[number | bigint, string]>('INSERT INTO study_conditions (rid, text) VALUES (?, ?)'),
    insertSite: db.prepare(`
      INSERT INTO sites (study_id, site_id, ord, name, city, postcode, insee, department, region, lat, lon, precision)
      VALUES (@study_id, @site_id, @ord, @name, @city, @postcode, @insee, @department, @region, @lat, @lon, @precision)`),
    markSeen: db.prepare<[number, string]>('UPDATE studies SET last_seen_run = ? WHERE id = ?'),
    deleteKindFts: db.prepare<[number]>(
      'DELETE FROM studies_fts WHERE rowid IN (SELECT rowid FROM studies WHERE demo = ?)',
    ),
    deleteKind: db.prepare<[number]>('DELETE FROM studies WHERE demo = ?'),
    studiesAfter: db.prepare<[number, number], { rowid: number; id: string; study_json: string }>(
      'SELECT rowid, id, study_json FROM studies WHERE rowid > ? ORDER BY rowid LIMIT ?',
    ),
  };

  function writeItems(runId: number, items: readonly StoreItem[]): void {
    const now = new Date().toISOString();
    const today = now.slice(0, 10);
    for (const { study, raw, sites, demo } of items) {
      if (sites.length !== study.sites.length) {
        throw new Error(`Étude ${study.id} : ${sites.length} lieux géocodés pour ${study.sites.length} lieux.`);
      }
      const row = stmt.upsertStudy.get({
        id: study.id,
        title: study.title,
        regulation: study.regulation,
        jarde_category: study.jardeCategory ?? null,
        recruitment: study.recruitment,
        phase_buckets: toList(study.phaseBuckets.length ? study.phaseBuckets : ['na']),
        sexes: toList(study.eligibility.sexes),
        age_ranges: JSON.stringify(study.eligibility.ageRanges.map((r) => [r.min, r.max ?? null])),
        healthy_volunteers: study.eligibility.healthyVolunteers ? 1 : 0,
        last_updated: study.lastUpdated ?? null,
        site_count: study.sites.length,
        study_json: JSON.stringify(study),
        raw_json: JSON.stringify(raw),
        demo: demo ? 1 : 0,
        last_seen_run: runId,
        stored_at: now,
        recent_date: recentDateOf(study, today),
      }) as { rowid: number | bigint };

      const doc = toDocument(study);
      stmt.deleteFts.run(row.rowid);
      stmt.insertFts.run(row.rowid, study.id, doc.title, doc.conditions, doc.body);

      stmt.deleteConditions.run(row.rowid);
      for (const text of new Set(study.conditions.map((c) => (c.text ?? '').trim()).filter((t) => t.length > 0))) {
        stmt.insertCondition.run(row.rowid, text);
      }

      stmt.deleteSites.run(study.id);
      const siteIds = uniqueSiteIds(study);
      study.sites.forEach((site, ord) => {
        const place = sites[ord];
        stmt.insertSite.run({
          study_id: study.id,
          site_id: siteIds[ord],
          ord,
          name: site.name ?? null,
          city: site.city ?? place.communeName ?? null,
          postcode: site.postcode ?? null,
          insee: place.insee ?? null,
          department: place.department ?? null,
          region: place.region ?? null,
          lat: place.lat ?? null,
          lon: place.lon ?? null,
          precision: place.precision,
        });
      });
    }
  }

  function ensureKind(demo: boolean): void {
    const kind = demo ? 'demo' : 'real';
    if (state.get<string>(STATE_KEYS.content) === kind) return;
    stmt.deleteKindFts.run(demo ? 0 : 1);
    stmt.deleteKind.run(demo ? 0 : 1);
    state.set(STATE_KEYS.content, kind);
  }

  const rebuildTx = db.transaction((): number => {
    db.exec('DELETE FROM studies_fts');
    let n = 0;
    // In batches: a connection cannot write while it iterates a statement (and the whole mirror would not fit).
    for (let after = 0, batch = stmt.studiesAfter.all(after, 500); batch.length > 0; batch = stmt.studiesAfter.all(after, 500)) {
      for (const row of batch) {
        const doc = toDocument(JSON.parse(row.study_json) as Study);
        stmt.insertFts.run(row.rowid, row.id, doc.title, doc.conditions, doc.body);
        n++;
        after = row.rowid;
      }
    }
    db.exec(REFILL_STUDY_SEARCH);
    db.exec(`DELETE FROM study_conditions; ${REFILL_STUDY_CONDITIONS}`);
    return n;
  });

  return {
    writeItems,
    ensureKind,
    markSeen: (runId, id) => void stmt.markSeen.run(runId, id),
    rebuildSearchIndex: () => rebuildTx.immediate(),
  };
}
