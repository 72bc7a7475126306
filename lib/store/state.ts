import type Database from 'better-sqlite3';

/** Keys of `sync_state`, the store's small key–value table (JSON values). */
export const STATE_KEYS = {
  activeRun: 'active_run',
  runCounter: 'run_counter',
  lastRun: 'last_run',
  lastSuccess: 'last_success',
  guard: 'guard',
  runs: 'runs',
  lock: 'sync_lock',
  content: 'content',
  normaliserVersion: 'normaliser_version',
  syncProblem: 'sync_problem',
  /** What the syncing process last found of the upstream (read by the server workers). */
  upstream: 'upstream_status',
} as const;

export interface StateAccess {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export function createStateAccess(db: Database.Database): StateAccess {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?');
  const write = db.prepare<[string, string]>(
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM sync_state WHERE key = ?');
  return {
    get<T>(key: string): T | undefined {
      const row = read.get(key);
      if (!row) return undefined;
      try {
        return JSON.parse(row.value) as T;
      } catch {
        // A value written by hand (or by an older version) as plain text.
        return row.value as T;
      }
    },
    set(key, value) {
      write.run(key, JSON.stringify(value));
    },
    remove(key) {
      remove.run(key);
    },
  };
}
