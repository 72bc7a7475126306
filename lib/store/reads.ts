import type Database from 'better-sqlite3';
import type { RawStudyResources } from '@/lib/eclaire/normalise';
import type { Study } from '@/lib/study/types';
import type { SyncLockAccess, SyncLock } from './lock';
import type { ActiveRun, RunRecord } from './runs';
import { prepareCached } from './statements';
import { STATE_KEYS, type StateAccess } from './state';

export interface SyncProblem {
  at: string;
  reason: string;
  /** The sync went on after it (e.g. restarted from the beginning) and completed. */
  resolved?: boolean;
}

export interface SyncStatus {
  /** End of the last complete crawl (ISO). */
  lastSuccess?: string;
  lastRun?: RunRecord;
  /** Why the last complete crawl deleted nothing (mass-deletion guard), if it did. */
  guard?: string;
  /** The last crawl that could not go on (or had to start over), and why. */
  problem?: SyncProblem;
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

/** What changes whenever the file changes, from this connection or another process. */
export type DataVersion = string;

export interface StoreReads {
  /** The study of that id; ids are matched exactly, then regardless of case (« 2021-a01022-39 »). */
  getStudy(id: string): Study | undefined;
  getRawStudy(id: string): RawStudyResources | undefined;
  /** Counted once per data version: cheap on every request. */
  countStudies(): number;
  hasStudies(): boolean;
  /** The file holds fictional data (read from the state written with each page). */
  holdsDemo(): boolean;
  /** Study ids in id order, `limit` from `offset` (the sitemap). */
  listStudyIds(offset: number, limit: number): string[];
  /** Mean point of the mirror's own sites placed in that commune (INSEE code) or postcode. */
  meanPointOfSites(codeOrPostcode: string): { lat: number; lon: number; city?: string } | undefined;
  getSyncStatus(): SyncStatus;
  /** End of the last complete sync (one state read, no count). */
  getLastSuccess(): string | undefined;
  dataVersion(): DataVersion;
  /** Sites held, by geocoding precision (`commune`, `departement`…): coverage figures for the bench. */
  countSitesByPrecision(): Record<string, number>;
}

export function createReads(db: Database.Database, state: StateAccess, lock: SyncLockAccess): StoreReads {
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  const dataVersion = (): DataVersion =>
    `${db.name}|${db.pragma('data_version', { simple: true })}|${totalChanges.get()}`;

  let counted: { version: DataVersion; n: number } | undefined;
  function countStudies(): number {
    const version = dataVersion();
    if (counted?.version !== version) {
      counted = { version, n: (prepareCached(db, 'SELECT count(*) AS n FROM studies').get() as { n: number }).n };
    }
    return counted.n;
  }

  function readJson<T>(sql: string, id: string): T | undefined {
    const row = prepareCached(db, sql).get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as T) : undefined;
  }

  return {
    getStudy(id) {
      return (
        readJson<Study>('SELECT study_json AS json FROM studies WHERE id = ?', id) ??
        // No index serves NOCASE on `studies`: the narrow `study_search` finds the row.
        readJson<Study>(
          `SELECT study_json AS json FROM studies
           WHERE rowid = (SELECT rid FROM study_search WHERE id = ? COLLATE NOCASE ORDER BY id LIMIT 1)`,
          id,
        )
      );
    },
    getRawStudy: (id) => readJson<RawStudyResources>('SELECT raw_json AS json FROM studies WHERE id = ?', id),
    countStudies,
    hasStudies: () => (prepareCached(db, 'SELECT EXISTS (SELECT 1 FROM studies) AS x').get() as { x: number }).x === 1,
    holdsDemo: () => state.get<string>(STATE_KEYS.content) === 'demo',
    listStudyIds(offset, limit) {
      if (!Number.isInteger(offset) || !Number.isInteger(limit) || offset < 0 || limit <= 0) return [];
      return prepareCached(db, 'SELECT id FROM studies ORDER BY id LIMIT ? OFFSET ?').pluck().all(limit, offset) as string[];
    },
    meanPointOfSites(code) {
      const row = prepareCached(
        db,
        `SELECT avg(lat) AS lat, avg(lon) AS lon, max(city) AS city FROM sites
         WHERE (insee = ? OR postcode = ?) AND precision IN ('adresse', 'commune') AND lat IS NOT NULL`,
      ).get(code, code) as { lat: number | null; lon: number | null; city: string | null } | undefined;
      if (!row || row.lat === null || row.lon === null) return undefined;
      return { lat: row.lat, lon: row.lon, ...(row.city ? { city: row.city } : {}) };
    },
    getSyncStatus(): SyncStatus {
      // One read transaction, so the figures agree with each other.
      return db.transaction((): SyncStatus => {
        const holder = state.get<SyncLock>(STATE_KEYS.lock);
        return {
          lastSuccess: state.get<string>(STATE_KEYS.lastSuccess),
          lastRun: state.get<RunRecord>(STATE_KEYS.lastRun),
          guard: state.get<string>(STATE_KEYS.guard),
          problem: state.get<SyncProblem>(STATE_KEYS.syncProblem),
          running: lock.liveHolder() !== undefined,
          demo: state.get<string>(STATE_KEYS.content) === 'demo',
          studies: countStudies(),
          activeRun: state.get<ActiveRun>(STATE_KEYS.activeRun),
          lock: holder,
          runs: state.get<RunRecord[]>(STATE_KEYS.runs) ?? [],
        };
      }).deferred();
    },
    getLastSuccess: () => state.get<string>(STATE_KEYS.lastSuccess),
    dataVersion,
    countSitesByPrecision() {
      const rows = prepareCached(db, 'SELECT precision, count(*) AS n FROM sites GROUP BY precision').all() as {
        precision: string;
        n: number;
      }[];
      return Object.fromEntries(rows.map((r) => [r.precision, r.n]));
    },
  };
}
