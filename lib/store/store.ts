import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RawStudyResources } from '@/lib/eclaire/normalise';
import type { Study } from '@/lib/study/types';
import { createSyncLock, type AcquireLockResult } from './lock';
import { migrate } from './migrations';
import { createReads, type StoreReads } from './reads';
import { createRuns, type ActiveRun, type Checkpoint, type FinishRunOptions, type FinishRunResult } from './runs';
import { toSearchDocument, type SearchDocument } from './search-document';
import { createSearchIndex, type SearchIndex } from './search-index';
import { createStateAccess, STATE_KEYS } from './state';
import { createStudyWriter, type StoreItem } from './writes';

/**
 * The SQLite mirror (DESIGN.md): raw FHIR and the normalised `Study` per study, geocoded sites, the FTS5 index
 * and its narrow copy `study_search`, and the sync's state (runs, checkpoint, lock). The only owner of SQL on
 * these tables: writers go through the run methods, readers through the reads and the search index.
 */

/** File names inside PHARE_DATA_DIR: real (or upstream-served) data and the fictional dataset never share a file. */
export const MIRROR_FILE = 'mirror.sqlite';
export const DEMO_FILE = 'demo.sqlite';

export interface StoreOptions {
  /** Text of a study for `studies_fts` (defaults to lib/store/search-document.ts). */
  toSearchDocument?: (study: Study) => SearchDocument;
  busyTimeoutMs?: number;
}

export interface Store extends StoreReads {
  readonly file: string;
  /** The search's queries (lib/search decides what to ask). */
  readonly index: SearchIndex;
  startRun(): ActiveRun;
  getActiveRun(): ActiveRun | undefined;
  setUpstreamTotal(runId: number, total: number): void;
  /** Forgets the active run's checkpoint: its next page starts the crawl over. */
  restartRun(runId: number): void;
  /** Ends the active run without deleting anything, and records why (shown by `/api/health`). */
  abandonRun(runId: number, reason: string): void;
  writePage(runId: number, items: readonly StoreItem[], checkpoint: Checkpoint, alsoSeen?: readonly string[]): void;
  upsertStudy(item: StoreItem): void;
  finishRun(runId: number, opts: FinishRunOptions): FinishRunResult;
  /** Raw FHIR of the studies after `afterId` in id order (re-normalisation after a normaliser change). */
  listRawStudies(afterId: string, limit: number): { id: string; raw: RawStudyResources; demo: boolean }[];
  /** Rewrites studies already held (same kind, same runs), in one transaction. */
  rewriteStudies(items: readonly StoreItem[]): void;
  getState<T>(key: string): T | undefined;
  setState(key: string, value: unknown): void;
  acquireSyncLock(opts?: { staleMs?: number }): AcquireLockResult;
  heartbeatSyncLock(): void;
  releaseSyncLock(): void;
  /** Recomputes every FTS row from `study_json` and the search's copy `study_search`. Returns the count. */
  rebuildSearchIndex(): number;
  close(): void;
}

const databases = new WeakMap<Store, Database.Database>();

/** The connection behind a store: for lib/store/testing.ts only (tests that inspect the file itself). */
export function databaseOf(store: Store): Database.Database {
  const db = databases.get(store);
  if (!db) throw new Error('Base inconnue.');
  return db;
}

function openDatabase(file: string, busyTimeoutMs: number): Database.Database {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

export function openStore(file: string, options: StoreOptions = {}): Store {
  const db = openDatabase(file, options.busyTimeoutMs ?? 10_000);
  const state = createStateAccess(db);
  const lock = createSyncLock(db, state);
  const writer = createStudyWriter(db, state, options.toSearchDocument ?? toSearchDocument);
  const runs = createRuns(db, state, writer);
  const reads = createReads(db, state, lock);
  const index = createSearchIndex(db);

  const listRaw = db.prepare<[string, number], { id: string; raw_json: string; demo: number }>(
    'SELECT id, raw_json, demo FROM studies WHERE id > ? ORDER BY id LIMIT ?',
  );
  const rewriteTx = db.transaction((items: readonly StoreItem[]) => {
    const content = state.get<string>(STATE_KEYS.content);
    const runId = state.get<number>(STATE_KEYS.runCounter) ?? 0;
    for (const item of items) {
      if (content !== undefined && content !== (item.demo ? 'demo' : 'real')) {
        throw new Error(`Étude ${item.study.id} : ce fichier ne reçoit pas de données de ce type.`);
      }
    }
    writer.writeItems(runId, items);
  });

  const store: Store = {
    file,
    index,
    ...reads,
    startRun: runs.start,
    getActiveRun: runs.active,
    setUpstreamTotal: runs.setUpstreamTotal,
    restartRun: runs.restart,
    abandonRun: runs.abandon,
    writePage: runs.writePage,
    upsertStudy: runs.upsertStudy,
    finishRun: runs.finish,
    listRawStudies(afterId, limit) {
      return listRaw.all(afterId, limit).map((r) => ({
        id: r.id,
        raw: JSON.parse(r.raw_json) as RawStudyResources,
        demo: r.demo === 1,
      }));
    },
    rewriteStudies(items) {
      rewriteTx.immediate(items);
    },
    getState: state.get,
    setState: state.set,
    acquireSyncLock: lock.acquire,
    heartbeatSyncLock: lock.heartbeat,
    releaseSyncLock: lock.release,
    rebuildSearchIndex: writer.rebuildSearchIndex,
    close() {
      if (db.open) db.close();
    },
  };
  databases.set(store, db);
  return store;
}
