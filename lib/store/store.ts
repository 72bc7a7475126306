import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { RawStudyResources } from '@/lib/eclaire/normalise';
import type { GeoPlace } from '@/lib/geo/geocode';
import { toSearchDocument } from '@/lib/search/text';
import type { Study } from '@/lib/study/types';
import { migrate, REFILL_STUDY_SEARCH } from './migrations';

export interface SearchDocument {
  title: string;
  conditions: string;
  body: string;
}

/** File names inside PHARE_DATA_DIR: real (or upstream-served) data and the fictional dataset never share a file. */
export const MIRROR_FILE = 'mirror.sqlite';
export const DEMO_FILE = 'demo.sqlite';

export interface StoreItem {
  study: Study;
  raw: RawStudyResources;
  /** Same order and length as `study.sites`. */
  sites: GeoPlace[];
  demo: boolean;
}

export interface Checkpoint {
  lastId: string;
  pageNumber: number;
}

export interface ActiveRun {
  runId: number;
  startedAt: string;
  checkpoint?: Checkpoint;
  /** Pages and studies written by this run so far (across restarts). */
  pages: number;
  studies: number;
  updatedAt?: string;
}

export interface FinishRunResult {
  runId: number;
  /** Studies seen by this run (written or confirmed). */
  seen: number;
  /** Studies held when the run finished, before deletions. */
  before: number;
  deleted: number;
  guarded: boolean;
  reason?: string;
}

export interface RunRecord extends FinishRunResult {
  startedAt: string;
  finishedAt: string;
  pages: number;
}

export interface SyncLock {
  owner: string;
  pid: number;
  host: string;
  acquiredAt: string;
  heartbeatAt: string;
}

export interface SyncStatus {
  /** End of the last complete crawl (ISO). */
  lastSuccess?: string;
  lastRun?: RunRecord;
  /** Why the last complete crawl deleted nothing (mass-deletion guard), if it did. */
  guard?: string;
  /** A sync holds the lock now (this or another process). */
  running: boolean;
  /** The file holds fictional data (the demo dataset, or an upstream that serves it, such as the emulator). */
  demo: boolean;
  studies: number;
  activeRun?: ActiveRun;
  lock?: SyncLock;
  /** Recent runs, newest first. */
  runs: RunRecord[];
}

export type AcquireLockResult = { acquired: true; lock: SyncLock } | { acquired: false; holder: SyncLock };

export interface StoreOptions {
  /** Text of a study for `studies_fts` (the search module's analyser). */
  toSearchDocument?: (study: Study) => SearchDocument;
  busyTimeoutMs?: number;
}

export interface Store {
  readonly file: string;
  /** The connection, for read queries of `lib/search`. Write only through the methods below. */
  readonly db: Database.Database;
  startRun(): ActiveRun;
  getActiveRun(): ActiveRun | undefined;
  /**
   * One transaction: upsert the studies, replace their sites and FTS rows, mark them (and `alsoSeen`, ids the
   * crawl saw but could not normalise, so that they are kept) as seen by the run, and move the checkpoint.
   */
  writePage(runId: number, items: StoreItem[], checkpoint: Checkpoint, alsoSeen?: string[]): void;
  /** One study outside any crawl, in one transaction; refuses data of the other kind (fiction vs real). */
  upsertStudy(item: StoreItem): void;
  /** Ends the run; deletes the studies it did not see unless fewer than `minRatio` × held were seen. */
  finishRun(runId: number, opts: { minRatio: number }): FinishRunResult;
  getStudy(id: string): Study | undefined;
  getRawStudy(id: string): RawStudyResources | undefined;
  countStudies(): number;
  /** Cheaper than `countStudies() > 0`, for per-request checks. */
  hasStudies(): boolean;
  /** The file holds fictional data (cheap: read from the state written with each page). */
  holdsDemo(): boolean;
  getSyncStatus(): SyncStatus;
  /** `getSyncStatus().lastSuccess` alone (one state read, no counts), for per-request and per-tick checks. */
  getLastSuccess(): string | undefined;
  getState<T>(key: string): T | undefined;
  setState(key: string, value: unknown): void;
  /** Cross-process sync lock (a row of `sync_state`); a lock whose process died or went silent is taken over. */
  acquireSyncLock(opts?: { staleMs?: number }): AcquireLockResult;
  heartbeatSyncLock(): void;
  releaseSyncLock(): void;
  /**
   * Recomputes every FTS row from `study_json` (after a change of the text analyser) and the search's narrow
   * copy `study_search`. Returns the count.
   */
  rebuildSearchIndex(): number;
  close(): void;
}

const KEY = {
  activeRun: 'active_run',
  runCounter: 'run_counter',
  lastRun: 'last_run',
  lastSuccess: 'last_success',
  guard: 'guard',
  runs: 'runs',
  lock: 'sync_lock',
  content: 'content',
} as const;

const MAX_RUNS_KEPT = 20;
const DEFAULT_LOCK_STALE_MS = 15 * 60_000;

/** The ',a,b,' encoding of a list column (sorted, unique), so that `LIKE '%,a,%'` finds a value. */
export function toList(values: readonly string[]): string {
  return values.length === 0 ? '' : `,${[...new Set(values)].sort().join(',')},`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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

export function openStore(file: string, options: StoreOptions = {}): Store {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
  db.pragma('foreign_keys = ON');
  migrate(db);

  const toDocument = options.toSearchDocument ?? toSearchDocument;
  const lockOwner = `${os.hostname()}:${process.pid}:${randomUUID()}`;

  const stmt = {
    getState: db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?'),
    setState: db.prepare<[string, string]>(
      'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    deleteState: db.prepare<[string]>('DELETE FROM sync_state WHERE key = ?'),
    upsertStudy: db.prepare(`
      INSERT INTO studies (id, title, regulation, jarde_category, recruitment, phase_buckets, sexes, age_ranges,
        healthy_volunteers, last_updated, site_count, study_json, raw_json, demo, last_seen_run, stored_at)
      VALUES (@id, @title, @regulation, @jarde_category, @recruitment, @phase_buckets, @sexes, @age_ranges,
        @healthy_volunteers, @last_updated, @site_count, @study_json, @raw_json, @demo, @last_seen_run, @stored_at)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, regulation = excluded.regulation,
        jarde_category = excluded.jarde_category, recruitment = excluded.recruitment,
        phase_buckets = excluded.phase_buckets, sexes = excluded.sexes, age_ranges = excluded.age_ranges,
        healthy_volunteers = excluded.healthy_volunteers, last_updated = excluded.last_updated,
        site_count = excluded.site_count, study_json = excluded.study_json, raw_json = excluded.raw_json,
        demo = excluded.demo, last_seen_run = excluded.last_seen_run, stored_at = excluded.stored_at
      RETURNING rowid`),
    deleteFts: db.prepare<[number | bigint]>('DELETE FROM studies_fts WHERE rowid = ?'),
    insertFts: db.prepare<[number | bigint, string, string, string, string]>(
      'INSERT INTO studies_fts (rowid, id, title, conditions, body) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteSites: db.prepare<[string]>('DELETE FROM sites WHERE study_id = ?'),
    insertSite: db.prepare(`
      INSERT INTO sites (study_id, site_id, ord, name, city, postcode, insee, department, region, lat, lon, precision)
      VALUES (@study_id, @site_id, @ord, @name, @city, @postcode, @insee, @department, @region, @lat, @lon, @precision)`),
    markSeen: db.prepare<[number, string]>('UPDATE studies SET last_seen_run = ? WHERE id = ?'),
    countSeen: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM studies WHERE last_seen_run = ?'),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM studies'),
    hasAny: db.prepare<[], { x: number }>('SELECT EXISTS (SELECT 1 FROM studies) AS x'),
    hasDemo: db.prepare<[], { x: number }>('SELECT EXISTS (SELECT 1 FROM studies WHERE demo = 1) AS x'),
    deleteUnseenFts: db.prepare<[number]>(
      'DELETE FROM studies_fts WHERE rowid IN (SELECT rowid FROM studies WHERE last_seen_run <> ?)',
    ),
    deleteUnseen: db.prepare<[number]>('DELETE FROM studies WHERE last_seen_run <> ?'),
    deleteKindFts: db.prepare<[number]>(
      'DELETE FROM studies_fts WHERE rowid IN (SELECT rowid FROM studies WHERE demo = ?)',
    ),
    deleteKind: db.prepare<[number]>('DELETE FROM studies WHERE demo = ?'),
    getStudy: db.prepare<[string], { study_json: string }>('SELECT study_json FROM studies WHERE id = ?'),
    getRaw: db.prepare<[string], { raw_json: string }>('SELECT raw_json FROM studies WHERE id = ?'),
    allStudies: db.prepare<[], { rowid: number; id: string; study_json: string }>(
      'SELECT rowid, id, study_json FROM studies',
    ),
  };

  function getState<T>(key: string): T | undefined {
    const row = stmt.getState.get(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }
  function setState(key: string, value: unknown): void {
    stmt.setState.run(key, JSON.stringify(value));
  }

  function requireActiveRun(runId: number): ActiveRun {
    const active = getState<ActiveRun>(KEY.activeRun);
    if (!active || active.runId !== runId) {
      throw new Error(`La synchronisation n° ${runId} n'est plus en cours (une autre l'a remplacée).`);
    }
    return active;
  }

  /** Keeps one kind of data per file: a full crawl of the other kind replaces it. */
  function ensureKind(demo: boolean): void {
    const kind = demo ? 'demo' : 'real';
    const current = getState<string>(KEY.content);
    if (current === kind) return;
    stmt.deleteKindFts.run(demo ? 0 : 1);
    stmt.deleteKind.run(demo ? 0 : 1);
    setState(KEY.content, kind);
  }

  /** Upserts studies with their sites and FTS rows, marked as seen by `runId`. Inside a caller's transaction. */
  function writeItems(runId: number, items: StoreItem[], now: string): void {
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
      }) as { rowid: number | bigint };

      const doc = toDocument(study);
      stmt.deleteFts.run(row.rowid);
      stmt.insertFts.run(row.rowid, study.id, doc.title, doc.conditions, doc.body);

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

  const writePageTx = db.transaction(
    (runId: number, items: StoreItem[], checkpoint: Checkpoint, alsoSeen: string[]) => {
      const active = requireActiveRun(runId);
      const kinds = new Set(items.map((i) => i.demo));
      if (kinds.size > 1) throw new Error('Une page mêle données fictives et données réelles : refusée.');
      if (kinds.size === 1) ensureKind(items[0].demo);
      const now = new Date().toISOString();
      writeItems(runId, items, now);
      for (const id of alsoSeen) stmt.markSeen.run(runId, id);

      setState(KEY.activeRun, {
        ...active,
        checkpoint,
        pages: active.pages + 1,
        studies: active.studies + items.length,
        updatedAt: now,
      } satisfies ActiveRun);
    },
  );

  /**
   * One study read outside any crawl (a study page fetched on a miss). It never changes the kind of data the file
   * holds, and it counts as seen by the current (or last) run: the next complete crawl keeps it only if the
   * upstream still lists it.
   */
  const upsertStudyTx = db.transaction((item: StoreItem) => {
    const current = getState<string>(KEY.content);
    const kind = item.demo ? 'demo' : 'real';
    if (current !== undefined && current !== kind) {
      throw new Error(`Étude ${item.study.id} : ce fichier ne reçoit pas de données de ce type.`);
    }
    if (current === undefined) setState(KEY.content, kind);
    const runId = getState<ActiveRun>(KEY.activeRun)?.runId ?? getState<number>(KEY.runCounter) ?? 0;
    writeItems(runId, [item], new Date().toISOString());
  });

  const startRunTx = db.transaction((): ActiveRun => {
    const runId = (getState<number>(KEY.runCounter) ?? 0) + 1;
    setState(KEY.runCounter, runId);
    const run: ActiveRun = { runId, startedAt: new Date().toISOString(), pages: 0, studies: 0 };
    setState(KEY.activeRun, run);
    return run;
  });

  const finishRunTx = db.transaction((runId: number, minRatio: number): FinishRunResult => {
    const active = requireActiveRun(runId);
    const seen = stmt.countSeen.get(runId)!.n;
    const before = stmt.count.get()!.n;
    let deleted = 0;
    let reason: string | undefined;
    if (seen < minRatio * before) {
      reason =
        `La dernière synchronisation complète n'a vu que ${seen} études sur ${before} conservées ` +
        `(seuil : ${Math.round(minRatio * 100)} %). Aucune étude n'a été supprimée.`;
    } else {
      stmt.deleteUnseenFts.run(runId);
      deleted = stmt.deleteUnseen.run(runId).changes;
    }
    const finishedAt = new Date().toISOString();
    const record: RunRecord = {
      runId,
      seen,
      before,
      deleted,
      guarded: reason !== undefined,
      ...(reason ? { reason } : {}),
      startedAt: active.startedAt,
      finishedAt,
      pages: active.pages,
    };
    setState(KEY.lastRun, record);
    setState(KEY.runs, [record, ...(getState<RunRecord[]>(KEY.runs) ?? [])].slice(0, MAX_RUNS_KEPT));
    setState(KEY.lastSuccess, finishedAt);
    if (reason) setState(KEY.guard, reason);
    else stmt.deleteState.run(KEY.guard);
    stmt.deleteState.run(KEY.activeRun);
    const { startedAt: _s, finishedAt: _f, pages: _p, ...result } = record;
    return result;
  });

  function isLockLive(lock: SyncLock, staleMs: number): boolean {
    if (lock.host === os.hostname() && !isProcessAlive(lock.pid)) return false;
    return Date.now() - Date.parse(lock.heartbeatAt) < staleMs;
  }

  const acquireLockTx = db.transaction((staleMs: number): AcquireLockResult => {
    const holder = getState<SyncLock>(KEY.lock);
    if (holder && holder.owner !== lockOwner && isLockLive(holder, staleMs)) return { acquired: false, holder };
    const now = new Date().toISOString();
    const lock: SyncLock = { owner: lockOwner, pid: process.pid, host: os.hostname(), acquiredAt: now, heartbeatAt: now };
    setState(KEY.lock, lock);
    return { acquired: true, lock };
  });

  const rebuildTx = db.transaction((): number => {
    db.exec('DELETE FROM studies_fts');
    let n = 0;
    for (const row of stmt.allStudies.iterate()) {
      const doc = toDocument(JSON.parse(row.study_json) as Study);
      stmt.insertFts.run(row.rowid, row.id, doc.title, doc.conditions, doc.body);
      n++;
    }
    db.exec(REFILL_STUDY_SEARCH);
    return n;
  });

  return {
    file,
    db,
    startRun: () => startRunTx.immediate(),
    getActiveRun: () => getState<ActiveRun>(KEY.activeRun),
    upsertStudy(item) {
      upsertStudyTx.immediate(item);
    },
    writePage(runId, items, checkpoint, alsoSeen = []) {
      writePageTx.immediate(runId, items, checkpoint, alsoSeen);
    },
    finishRun: (runId, { minRatio }) => finishRunTx.immediate(runId, minRatio),
    getStudy(id) {
      const row = stmt.getStudy.get(id);
      return row ? (JSON.parse(row.study_json) as Study) : undefined;
    },
    getRawStudy(id) {
      const row = stmt.getRaw.get(id);
      return row ? (JSON.parse(row.raw_json) as RawStudyResources) : undefined;
    },
    countStudies: () => stmt.count.get()!.n,
    hasStudies: () => stmt.hasAny.get()!.x === 1,
    holdsDemo: () => getState<string>(KEY.content) === 'demo',
    getSyncStatus(): SyncStatus {
      // One read transaction, so the figures agree with each other.
      return db.transaction((): SyncStatus => {
        const lock = getState<SyncLock>(KEY.lock);
        return {
          lastSuccess: getState<string>(KEY.lastSuccess),
          lastRun: getState<RunRecord>(KEY.lastRun),
          guard: getState<string>(KEY.guard),
          running: lock !== undefined && isLockLive(lock, DEFAULT_LOCK_STALE_MS),
          demo: stmt.hasDemo.get()!.x === 1,
          studies: stmt.count.get()!.n,
          activeRun: getState<ActiveRun>(KEY.activeRun),
          lock,
          runs: getState<RunRecord[]>(KEY.runs) ?? [],
        };
      }).deferred();
    },
    getLastSuccess: () => getState<string>(KEY.lastSuccess),
    getState,
    setState,
    acquireSyncLock: (opts = {}) => acquireLockTx.immediate(opts.staleMs ?? DEFAULT_LOCK_STALE_MS),
    heartbeatSyncLock() {
      const lock = getState<SyncLock>(KEY.lock);
      if (lock?.owner === lockOwner) setState(KEY.lock, { ...lock, heartbeatAt: new Date().toISOString() });
    },
    releaseSyncLock() {
      db.transaction(() => {
        if (getState<SyncLock>(KEY.lock)?.owner === lockOwner) stmt.deleteState.run(KEY.lock);
      }).immediate();
    },
    rebuildSearchIndex: () => rebuildTx.immediate(),
    close() {
      if (db.open) db.close();
    },
  };
}

/** Counts of one kind, for tests and checks that demo and real data never share a file. */
export function countStudiesByKind(store: Store): { demo: number; real: number } {
  const q = store.db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM studies WHERE demo = ?');
  return { demo: q.get(1)!.n, real: q.get(0)!.n };
}
