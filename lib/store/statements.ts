import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/**
 * Prepared statements, per connection and SQL text, in a small LRU. The store's queries have fixed shapes
 * (a few dozen texts), so the bound is never reached in practice; it is there so that no caller can grow the
 * process's memory by varying SQL text (one statement per distinct text otherwise lives as long as the
 * connection).
 */
export const MAX_STATEMENTS_PER_CONNECTION = 128;

const caches = new WeakMap<Database.Database, LRUCache<string, Database.Statement>>();

export function prepareCached(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: MAX_STATEMENTS_PER_CONNECTION })));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

/** Statements held for a connection now (for tests and the bench). */
export function countCachedStatements(db: Database.Database): number {
  return caches.get(db)?.size ?? 0;
}
