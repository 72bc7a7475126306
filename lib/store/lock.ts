import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { STATE_KEYS, type StateAccess } from './state';

/** The cross-process sync lock: a row of `sync_state`; a lock whose process died or went silent is taken over. */
export interface SyncLock {
  owner: string;
  pid: number;
  host: string;
  acquiredAt: string;
  heartbeatAt: string;
}

export type AcquireLockResult = { acquired: true; lock: SyncLock } | { acquired: false; holder: SyncLock };

export const DEFAULT_LOCK_STALE_MS = 15 * 60_000;

export interface SyncLockAccess {
  acquire(opts?: { staleMs?: number }): AcquireLockResult;
  heartbeat(): void;
  release(): void;
  /** The lock, when held by a live process (this one or another). */
  liveHolder(): SyncLock | undefined;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLockLive(lock: SyncLock, staleMs: number): boolean {
  if (lock.host === os.hostname() && !isProcessAlive(lock.pid)) return false;
  return Date.now() - Date.parse(lock.heartbeatAt) < staleMs;
}

export function createSyncLock(db: Database.Database, state: StateAccess): SyncLockAccess {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;

  const acquireTx = db.transaction((staleMs: number): AcquireLockResult => {
    const holder = state.get<SyncLock>(STATE_KEYS.lock);
    if (holder && holder.owner !== owner && isLockLive(holder, staleMs)) return { acquired: false, holder };
    const now = new Date().toISOString();
    const lock: SyncLock = { owner, pid: process.pid, host: os.hostname(), acquiredAt: now, heartbeatAt: now };
    state.set(STATE_KEYS.lock, lock);
    return { acquired: true, lock };
  });

  return {
    acquire: (opts = {}) => acquireTx.immediate(opts.staleMs ?? DEFAULT_LOCK_STALE_MS),
    heartbeat() {
      const lock = state.get<SyncLock>(STATE_KEYS.lock);
      if (lock?.owner === owner) state.set(STATE_KEYS.lock, { ...lock, heartbeatAt: new Date().toISOString() });
    },
    release() {
      db.transaction(() => {
        if (state.get<SyncLock>(STATE_KEYS.lock)?.owner === owner) state.remove(STATE_KEYS.lock);
      }).immediate();
    },
    liveHolder() {
      const lock = state.get<SyncLock>(STATE_KEYS.lock);
      return lock && isLockLive(lock, DEFAULT_LOCK_STALE_MS) ? lock : undefined;
    },
  };
}
