import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { demoDatasetPages, removeOldDemoCaches } from '@/lib/demo/dataset';
import { NORMALISER_VERSION } from '@/lib/eclaire/normalise';
import type { DemoRecord } from '@/lib/demo/types';
import { geocodeSite, type GeoPlace, type SiteAddress } from '@/lib/geo/geocode';
import type { FinishRunResult } from '@/lib/store/runs';
import { STATE_KEYS } from '@/lib/store/state';
import type { Store } from '@/lib/store/store';
import { preparePage, SyncBusyError, type SyncLogger } from './run-sync';

export interface LoadDemoOptions {
  /** Must be the demo file (`demo.sqlite`): fiction never goes into the mirror. */
  store: Store;
  /** The data folder, cleared of the dataset caches earlier versions wrote there. */
  dataDir: string;
  count: number;
  seed: number;
  geocode?: (site: SiteAddress) => GeoPlace;
  logger?: SyncLogger;
  /** For tests: the records to load instead of the generated dataset. */
  records?: DemoRecord[];
}

export interface LoadDemoResult {
  /** The file already held this very dataset: nothing was written. */
  skipped: boolean;
  studies: number;
  finish?: FinishRunResult;
}

const DEMO_PAGE_SIZE = 200;
const DEMO_DATASET_KEY = 'demo_dataset';

const consoleLogger: SyncLogger = {
  info: (m) => console.info(`[démo] ${m}`),
  warn: (m) => console.warn(`[démo] ${m}`),
};

function* pagesOf(records: DemoRecord[]): Generator<DemoRecord[]> {
  for (let start = 0; start < records.length; start += DEMO_PAGE_SIZE) yield records.slice(start, start + DEMO_PAGE_SIZE);
}

/**
 * Fills the demo file from the fictional dataset through the same path as a sync (generate a page → normalise →
 * geocode → one transaction per page of 200), then ends the run, which removes studies of an older dataset.
 */
export async function loadDemo(opts: LoadDemoOptions): Promise<LoadDemoResult> {
  const { store, count, seed } = opts;
  const logger = opts.logger ?? consoleLogger;
  const geocode = opts.geocode ?? geocodeSite;
  removeOldDemoCaches(opts.dataDir);

  const loaded = store.getState<{ count: number; seed: number }>(DEMO_DATASET_KEY);
  if (
    !opts.records &&
    loaded?.count === count &&
    loaded.seed === seed &&
    !store.getActiveRun() &&
    store.countStudies() === count
  ) {
    return { skipped: true, studies: count };
  }

  const lock = store.acquireSyncLock();
  if (!lock.acquired) throw new SyncBusyError(lock.holder.pid);
  try {
    const pages = opts.records ? pagesOf(opts.records) : demoDatasetPages(count, seed, DEMO_PAGE_SIZE);
    const run = store.startRun();
    let studies = 0;
    let page = 0;
    for (const chunk of pages) {
      page++;
      const resources = chunk.flatMap((r) => [r.study, r.group, ...r.locations]);
      const prepared = preparePage(resources, { geocode, logger, forceDemo: true });
      const lastId = chunk[chunk.length - 1].study.id as string;
      store.writePage(run.runId, prepared.items, { lastId, pageNumber: page }, prepared.failedIds);
      store.heartbeatSyncLock();
      studies += prepared.items.length;
      // Let the server answer requests between pages when this runs inside it.
      await yieldToEventLoop();
    }
    const finish = store.finishRun(run.runId, { minShare: 0 });
    store.setState(STATE_KEYS.normaliserVersion, NORMALISER_VERSION);
    store.setState(DEMO_DATASET_KEY, { count, seed });
    logger.info(`Jeu de démonstration chargé : ${studies} études fictives.`);
    return { skipped: false, studies, finish };
  } finally {
    store.releaseSyncLock();
  }
}
