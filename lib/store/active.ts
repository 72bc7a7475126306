import fs from 'node:fs';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { processSingleton } from '@/lib/process-singleton';
import { STATE_KEYS } from './state';
import { DEMO_FILE, MIRROR_FILE, openStore, type Store } from './store';

/**
 * Which store the app reads now (DESIGN.md `PHARE_DEMO`), and the process's connections. Pages and route
 * handlers reach data through `getActiveStore()` (or the entries built on it), never through a file name.
 */

/** `PHARE_DEMO` (DESIGN.md). */
export type DemoMode = 'auto' | '0' | '1';

export interface ActiveStore {
  store: Store;
  /** Fictional data is being served: show the banner. */
  demo: boolean;
}

export interface UpstreamStatus {
  reachable: boolean;
  checkedAt: string;
}

interface Connections {
  stores: Map<string, Store>;
  /** What this process last found of the upstream, per data folder (set by lib/sync). */
  upstream: Map<string, UpstreamStatus>;
}

const connections = () =>
  processSingleton<Connections>('store.connections', () => ({ stores: new Map(), upstream: new Map() }));

/** One connection per file per process, shared by the readers and the scheduler of that process. */
export function getStoreFor(file: string): Store {
  const key = path.resolve(file);
  const { stores } = connections();
  let store = stores.get(key);
  if (!store) {
    store = openStore(key);
    stores.set(key, store);
  }
  return store;
}

export function getMirrorStore(dataDir: string): Store {
  return getStoreFor(path.join(dataDir, MIRROR_FILE));
}

export function getDemoStore(dataDir: string): Store {
  return getStoreFor(path.join(dataDir, DEMO_FILE));
}

/** For tests: closes every connection this process opened and forgets the upstream checks. */
export function resetStoresForTests(): void {
  const state = connections();
  for (const store of state.stores.values()) store.close();
  state.stores.clear();
  state.upstream.clear();
}

/**
 * What the syncing process last found of the upstream: kept in memory and in the mirror's state, so that the
 * server workers (which do not sync) choose the same file to serve.
 */
export function getUpstreamStatus(dataDir: string): UpstreamStatus | undefined {
  const known = connections().upstream.get(path.resolve(dataDir));
  if (known) return known;
  try {
    return getMirrorStore(dataDir).getState<UpstreamStatus>(STATE_KEYS.upstream);
  } catch {
    return undefined;
  }
}

export function recordUpstreamStatus(dataDir: string, reachable: boolean): UpstreamStatus {
  const status = { reachable, checkedAt: new Date().toISOString() };
  connections().upstream.set(path.resolve(dataDir), status);
  try {
    getMirrorStore(dataDir).setState(STATE_KEYS.upstream, status);
  } catch (error) {
    console.warn(`[données] État d’ECLAIRE non enregistré : ${(error as Error).message}`);
  }
  return status;
}

/**
 * `1` the demo file; `0` the mirror, even empty; `auto` the mirror when it holds studies, else the demo file
 * while this process last found the upstream unreachable, else the (empty, filling) mirror.
 */
export function selectActiveStore(opts: { mode: DemoMode; dataDir: string }): ActiveStore {
  const { mode, dataDir } = opts;
  if (mode === '1') return { store: getDemoStore(dataDir), demo: true };
  const mirror = getMirrorStore(dataDir);
  if (mode === 'auto' && !mirror.hasStudies() && getUpstreamStatus(dataDir)?.reachable === false) {
    if (fs.existsSync(path.join(dataDir, DEMO_FILE))) {
      const demo = getDemoStore(dataDir);
      if (demo.hasStudies()) return { store: demo, demo: true };
    }
  }
  // A mirror filled from an upstream that serves fiction (the emulator) is labelled as such too.
  return { store: mirror, demo: mirror.holdsDemo() };
}

/** The store the app's readers use now, per the environment; undefined when it cannot be opened. */
export function getActiveStore(): ActiveStore | undefined {
  const env = getEnv();
  try {
    return selectActiveStore({ mode: env.PHARE_DEMO, dataDir: env.PHARE_DATA_DIR });
  } catch (error) {
    console.error(`[données] Base locale inaccessible : ${(error as Error).message}`);
    return undefined;
  }
}

/** Whether the app serves fictional data now (the « Données de démonstration fictives » banner). */
export function isServingDemo(): boolean {
  return getActiveStore()?.demo ?? false;
}

export interface DataStatus {
  /** Fictional data is served. */
  demo: boolean;
  /** End of the last complete sync of the served file (ISO). */
  lastSync?: string;
  studies: number;
}

/** What pages say about the data they show (banner, freshness, sitemap size): cheap on every request. */
export function getDataStatus(): DataStatus {
  const active = getActiveStore();
  if (!active) return { demo: false, studies: 0 };
  try {
    const lastSync = active.store.getLastSuccess();
    return { demo: active.demo, studies: active.store.countStudies(), ...(lastSync ? { lastSync } : {}) };
  } catch (error) {
    console.error(`[données] Lecture de l'état impossible : ${(error as Error).message}`);
    return { demo: active.demo, studies: 0 };
  }
}

/** Study ids of the served file in id order, `limit` from `offset` (sitemaps). */
export function listServedStudyIds(offset: number, limit: number): string[] {
  return getActiveStore()?.store.listStudyIds(offset, limit) ?? [];
}
