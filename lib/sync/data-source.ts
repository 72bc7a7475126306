import fs from 'node:fs';
import path from 'node:path';
import { EclaireClient, getEclaireClient } from '@/lib/eclaire/client';
import { EclaireUnavailableError } from '@/lib/eclaire/errors';
import { getSharedRateLimiter, type RateLimiter } from '@/lib/eclaire/rate-limiter';
import { DEFAULT_DEMO_SEED } from '@/lib/demo/generator';
import { getEnv } from '@/lib/env';
import {
  getDemoStore,
  getMirrorStore,
  recordUpstreamStatus,
  selectActiveStore,
  type DemoMode,
  type UpstreamStatus,
} from '@/lib/store/active';
import { DEMO_FILE, type Store } from '@/lib/store/store';
import { loadDemo } from './load-demo';
import { renormaliseIfNeeded } from './renormalise';
import { runSync, SyncBusyError, type SyncLogger, type SyncResult } from './run-sync';
import { isInImportWindow } from './schedule';

export interface DataSourceConfig {
  mode: DemoMode;
  dataDir: string;
  baseUrl: string;
  createClient: () => EclaireClient;
  /** Shared limiter for the reachability probe (it is an upstream call like any other). */
  limiter?: RateLimiter;
  /** 0 = no periodic sync: at start, sync only an empty mirror. */
  intervalMinutes: number;
  minShare: number;
  pageSize?: number;
  demoCount: number;
  demoSeed: number;
  probeTimeoutMs?: number;
  logger?: SyncLogger;
}

export interface CycleOutcome {
  action: 'synced' | 'demo-loaded' | 'skipped' | 'failed' | 'busy';
  served: 'mirror' | 'demo';
  upstream?: UpstreamStatus;
  sync?: SyncResult;
  error?: string;
}

const DEFAULT_PROBE_TIMEOUT_MS = 5_000;

const consoleLogger: SyncLogger = {
  info: (m) => console.info(`[données] ${m}`),
  warn: (m) => console.warn(`[données] ${m}`),
};

/**
 * A cheap `_count=0` search with a short timeout and no retries. Any HTTP answer but a 5xx means the
 * upstream is there (a 429 too: it is busy, not gone).
 */
export async function probeUpstream(
  baseUrl: string,
  opts: { timeoutMs?: number; limiter?: RateLimiter } = {},
): Promise<boolean> {
  const call = async () => {
    try {
      const response = await fetch(`${baseUrl}/ResearchStudy?_count=0`, {
        headers: { accept: 'application/fhir+json' },
        signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.status < 500;
    } catch {
      return false;
    }
  };
  return opts.limiter ? opts.limiter.schedule(call) : call();
}

/**
 * An empty mirror, or an unfinished run, syncs at once. A stale one (older than the period) syncs at start
 * too, unless ECLAIRE is importing (04:00–07:30 Paris): then the next slot will do it with fresh data.
 */
function isSyncDue(mirror: Store, intervalMinutes: number, force: boolean, now = new Date()): boolean {
  if (force || !mirror.hasStudies() || mirror.getActiveRun()) return true;
  const last = mirror.getLastSuccess();
  if (!last) return true;
  const stale = intervalMinutes > 0 && now.getTime() - Date.parse(last) >= intervalMinutes * 60_000;
  return stale && !isInImportWindow(now);
}

async function syncMirror(config: DataSourceConfig, mirror: Store): Promise<Omit<CycleOutcome, 'served'>> {
  const logger = config.logger ?? consoleLogger;
  try {
    const sync = await runSync({
      store: mirror,
      client: config.createClient(),
      pageSize: config.pageSize,
      minShare: config.minShare,
      logger,
    });
    return { action: 'synced', sync, upstream: recordUpstreamStatus(config.dataDir, true) };
  } catch (error) {
    if (error instanceof SyncBusyError) {
      logger.info(error.message);
      return { action: 'busy' };
    }
    logger.warn(`Synchronisation interrompue : ${(error as Error).message}`);
    const upstream = error instanceof EclaireUnavailableError ? recordUpstreamStatus(config.dataDir, false) : undefined;
    return { action: 'failed', error: (error as Error).message, upstream };
  }
}

async function ensureDemo(config: DataSourceConfig): Promise<Omit<CycleOutcome, 'served'>> {
  try {
    const result = await loadDemo({
      store: getDemoStore(config.dataDir),
      dataDir: config.dataDir,
      count: config.demoCount,
      seed: config.demoSeed,
      logger: config.logger,
    });
    return { action: result.skipped ? 'skipped' : 'demo-loaded' };
  } catch (error) {
    if (error instanceof SyncBusyError) return { action: 'busy' };
    (config.logger ?? consoleLogger).warn(`Chargement des données de démonstration impossible : ${(error as Error).message}`);
    return { action: 'failed', error: (error as Error).message };
  }
}

/** Studies held by an older normaliser are read again first (lib/sync/renormalise.ts), mirror and demo file alike. */
async function renormaliseServedFiles(config: DataSourceConfig): Promise<void> {
  const logger = config.logger ?? consoleLogger;
  const files = config.mode === '1' ? [getDemoStore(config.dataDir)] : [getMirrorStore(config.dataDir)];
  if (config.mode === 'auto' && fs.existsSync(path.join(config.dataDir, DEMO_FILE))) files.push(getDemoStore(config.dataDir));
  for (const store of files) {
    try {
      await renormaliseIfNeeded(store, { logger });
    } catch (error) {
      logger.warn(`Nouvelle lecture des études impossible : ${(error as Error).message}`);
    }
  }
}

/**
 * One cycle of the data source: decides, per `PHARE_DEMO`, whether to sync the mirror or load the demo
 * dataset, and does it. `force` syncs even a fresh mirror (periodic ticks).
 */
export async function runDataCycle(config: DataSourceConfig, opts: { force?: boolean } = {}): Promise<CycleOutcome> {
  const force = opts.force ?? false;
  await renormaliseServedFiles(config);
  const servedFile = (): CycleOutcome['served'] =>
    selectActiveStore(config).store.file.endsWith(DEMO_FILE) ? 'demo' : 'mirror';

  if (config.mode === '1') return { ...(await ensureDemo(config)), served: 'demo' };

  const mirror = getMirrorStore(config.dataDir);
  if (config.mode === '0' || mirror.hasStudies()) {
    if (!isSyncDue(mirror, config.intervalMinutes, force)) return { action: 'skipped', served: servedFile() };
    return { ...(await syncMirror(config, mirror)), served: servedFile() };
  }

  // auto, empty mirror: sync if the upstream answers, else serve the demo and try again next time.
  const reachable = await probeUpstream(config.baseUrl, { timeoutMs: config.probeTimeoutMs, limiter: config.limiter });
  const upstream = recordUpstreamStatus(config.dataDir, reachable);
  if (reachable) {
    const outcome = await syncMirror(config, mirror);
    return { upstream, ...outcome, served: servedFile() };
  }
  (config.logger ?? consoleLogger).warn(
    `ECLAIRE injoignable (${config.baseUrl}) : données de démonstration fictives en attendant.`,
  );
  return { upstream, ...(await ensureDemo(config)), served: servedFile() };
}

/** The configuration of the running process (entry points only). */
export function getDataSourceConfigFromEnv(): DataSourceConfig {
  const env = getEnv();
  return {
    mode: env.PHARE_DEMO,
    dataDir: env.PHARE_DATA_DIR,
    baseUrl: env.ECLAIRE_BASE_URL,
    createClient: getEclaireClient,
    limiter: getSharedRateLimiter(env.ECLAIRE_MIN_INTERVAL_MS),
    intervalMinutes: env.PHARE_SYNC_INTERVAL_MINUTES,
    minShare: env.PHARE_SYNC_MIN_RATIO,
    demoCount: env.PHARE_DEMO_STUDIES,
    demoSeed: DEFAULT_DEMO_SEED,
  };
}
