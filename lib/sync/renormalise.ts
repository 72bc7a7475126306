import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { NORMALISER_VERSION, toStudy } from '@/lib/eclaire/normalise';
import { geocodeSite, type GeoPlace, type SiteAddress } from '@/lib/geo/geocode';
import { STATE_KEYS } from '@/lib/store/state';
import type { Store } from '@/lib/store/store';
import type { StoreItem } from '@/lib/store/writes';
import { geocodeStudySites, type SyncLogger } from './run-sync';

/**
 * After an upgrade of the normaliser (`NORMALISER_VERSION`), the studies already held are read again from the
 * raw FHIR the store keeps, without waiting for the next crawl: a rule that makes Phare more truthful (a
 * suspended study no longer shown as recruiting) applies as soon as the new code runs. Holds the sync lock;
 * skipped when another process holds it (that process will do it). A study that no longer normalises keeps
 * its previous form.
 */

const BATCH = 200;

export interface RenormaliseResult {
  rewritten: number;
  failed: number;
  skipped: boolean;
}

export function isNormalisationCurrent(store: Store): boolean {
  return store.getState<number>(STATE_KEYS.normaliserVersion) === NORMALISER_VERSION || !store.hasStudies();
}

export async function renormaliseIfNeeded(
  store: Store,
  opts: { geocode?: (site: SiteAddress) => GeoPlace; logger: SyncLogger },
): Promise<RenormaliseResult> {
  if (isNormalisationCurrent(store)) {
    if (store.getState<number>(STATE_KEYS.normaliserVersion) !== NORMALISER_VERSION) {
      store.setState(STATE_KEYS.normaliserVersion, NORMALISER_VERSION);
    }
    return { rewritten: 0, failed: 0, skipped: true };
  }
  const lock = store.acquireSyncLock();
  if (!lock.acquired) return { rewritten: 0, failed: 0, skipped: true };
  const geocode = opts.geocode ?? geocodeSite;
  let rewritten = 0;
  let failed = 0;
  try {
    for (let after = ''; ; ) {
      const batch = store.listRawStudies(after, BATCH);
      if (batch.length === 0) break;
      const items: StoreItem[] = [];
      for (const { id, raw, demo } of batch) {
        try {
          const study = toStudy(raw);
          items.push({ study, raw, demo, sites: geocodeStudySites(study, geocode, opts.logger) });
        } catch (error) {
          failed++;
          opts.logger.warn(`Étude ${id} : nouvelle lecture impossible (${(error as Error).message}), forme précédente gardée.`);
        }
      }
      store.rewriteStudies(items);
      store.heartbeatSyncLock();
      rewritten += items.length;
      after = batch[batch.length - 1].id;
      // Let the server answer requests between batches when this runs inside it.
      await yieldToEventLoop();
    }
    store.setState(STATE_KEYS.normaliserVersion, NORMALISER_VERSION);
    opts.logger.info(`Études relues avec la version ${NORMALISER_VERSION} du normaliseur : ${rewritten} (${failed} en échec).`);
    return { rewritten, failed, skipped: false };
  } finally {
    store.releaseSyncLock();
  }
}
