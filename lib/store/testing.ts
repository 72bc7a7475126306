import type Database from 'better-sqlite3';
import { databaseOf, type Store } from './store';

/** Test-only access to the connection behind a store (pragmas, raw rows). Lint forbids it outside tests. */
export function rawDatabase(store: Store): Database.Database {
  return databaseOf(store);
}

/** Counts of one kind, for tests that check demo and real data never share a file. */
export function countStudiesByKind(store: Store): { demo: number; real: number } {
  const q = rawDatabase(store).prepare<[number], { n: number }>('SELECT count(*) AS n FROM studies WHERE demo = ?');
  return { demo: q.get(1)!.n, real: q.get(0)!.n };
}

/** Every study id held, in id order. */
export function storedIds(store: Store): string[] {
  return store.listStudyIds(0, Number.MAX_SAFE_INTEGER);
}

export function countRows(store: Store, table: 'studies' | 'sites' | 'studies_fts'): number {
  return rawDatabase(store).prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
}
