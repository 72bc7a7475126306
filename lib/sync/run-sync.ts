import type { EclaireClient } from '@/lib/eclaire/client';
import { crawlStudies, EclaireCrawlOrderError } from '@/lib/eclaire/crawl';
import { isDemoResource, NORMALISER_VERSION, normalisePage, type NormaliseProblem } from '@/lib/eclaire/normalise';
import { geocodeSite, type GeoPlace, type SiteAddress } from '@/lib/geo/geocode';
import type { Study } from '@/lib/study/types';
import type { SyncProblem } from '@/lib/store/reads';
import type { FinishRunResult } from '@/lib/store/runs';
import { STATE_KEYS } from '@/lib/store/state';
import type { Store } from '@/lib/store/store';
import type { StoreItem } from '@/lib/store/writes';

export interface SyncProgress {
  /** Pages written by this run, counting those written before a restart. */
  pages: number;
  /** Studies written by this run, counting those written before a restart. */
  studies: number;
  /** Upstream calls made by this process for this sync (retries included). */
  requests: number;
  requestsPerSecond: number;
  etaSeconds?: number;
  /** Upstream total (size of the whole crawl). */
  total: number;
}

export interface SyncLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface RunSyncOptions {
  store: Store;
  client: EclaireClient;
  /** Studies per upstream page (with `_include=*`). */
  pageSize?: number;
  /**
   * Mass-deletion guard (CONTRACT §6.2): unseen studies are deleted only when the crawl saw at least this share
   * of the total ECLAIRE announced on its first page (99 % by default); otherwise nothing is deleted.
   */
  minShare?: number;
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
  geocode?: (site: SiteAddress) => GeoPlace;
  logger?: SyncLogger;
  /** A lock older than this (no heartbeat) is taken over. */
  lockStaleMs?: number;
}

export interface SyncResult extends FinishRunResult {
  resumed: boolean;
  pages: number;
  studies: number;
  problems: number;
  requests: number;
}

/** Another process (or this one) is already syncing this file. */
export class SyncBusyError extends Error {
  constructor(readonly pid: number) {
    super(`Une synchronisation est déjà en cours (processus ${pid}).`);
    this.name = 'SyncBusyError';
  }
}

export const DEFAULT_PAGE_SIZE = 50;
export const DEFAULT_MIN_SHARE = 0.99;

const consoleLogger: SyncLogger = {
  info: (m) => console.info(`[sync] ${m}`),
  warn: (m) => console.warn(`[sync] ${m}`),
};

function describeProblem(p: NormaliseProblem): string {
  const where = [p.resourceType, p.id].filter(Boolean).join(' ');
  return where ? `${where} : ${p.message}` : p.message;
}

/** Geocodes every site of a study, in order; a geocoder failure leaves that site unplaced, never the study. */
export function geocodeStudySites(
  study: Study,
  geocode: (site: SiteAddress) => GeoPlace,
  logger: SyncLogger,
): GeoPlace[] {
  return study.sites.map((site) => {
    try {
      return geocode({ city: site.city, postcode: site.postcode, addressLines: site.addressLines });
    } catch (error) {
      logger.warn(`Étude ${study.id}, lieu ${site.id} : géocodage impossible (${(error as Error).message}).`);
      return { precision: 'inconnue' };
    }
  });
}

/**
 * Turns FHIR resources (one page) into store items: normalise, geocode, tag fiction. Problems are logged with
 * the study id and skipped. Returns the ids of studies the page carried but that could not be normalised.
 */
export function preparePage(
  resources: unknown[],
  opts: { geocode: (site: SiteAddress) => GeoPlace; logger: SyncLogger; forceDemo?: boolean },
): { items: StoreItem[]; failedIds: string[]; problems: number } {
  const { studies, problems } = normalisePage(resources);
  for (const p of problems) opts.logger.warn(describeProblem(p));
  const items = studies.map(({ study, raw }) => ({
    study,
    raw,
    sites: geocodeStudySites(study, opts.geocode, opts.logger),
    demo: opts.forceDemo ?? isDemoResource(raw.researchStudy),
  }));
  const written = new Set(items.map((i) => i.study.id));
  const failedIds = problems
    .filter((p) => p.resourceType === 'ResearchStudy' && p.id && !written.has(p.id))
    .map((p) => p.id as string);
  return { items, failedIds, problems: problems.length };
}

/**
 * One full sync: a complete crawl sorted by id (ECLAIRE's `meta.lastUpdated` is not a modification time, so
 * nothing incremental is faithful), one store transaction per page, then deletion of what the crawl did not
 * see. An interrupted run resumes from its checkpoint. Holds the store's sync lock throughout.
 */
export async function runSync(opts: RunSyncOptions): Promise<SyncResult> {
  const { store, client } = opts;
  const logger = opts.logger ?? consoleLogger;
  const geocode = opts.geocode ?? geocodeSite;
  const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  const minShare = opts.minShare ?? DEFAULT_MIN_SHARE;

  const lock = store.acquireSyncLock({ staleMs: opts.lockStaleMs });
  if (!lock.acquired) throw new SyncBusyError(lock.holder.pid);
  try {
    const previous = store.getActiveRun();
    const run = previous ?? store.startRun();
    const resumed = previous !== undefined && previous.checkpoint !== undefined;
    if (resumed) {
      logger.info(
        `Reprise de la synchronisation n° ${run.runId} après « ${run.checkpoint!.lastId} » (page ${run.checkpoint!.pageNumber}).`,
      );
    }
    const requestsAtStart = client.stats.requests;
    const startedAt = performance.now();
    const counts = { pages: run.pages, studies: run.studies, problems: 0, sessionStudies: 0 };

    const crawl = async (startAfter: string | undefined, pageOffset: number) => {
      for await (const page of crawlStudies(client, { pageSize, include: true, startAfter, signal: opts.signal })) {
        // ECLAIRE's own total, on the first page of the crawl: what the deletion guard compares with.
        if (page.pageNumber === 1 && startAfter === undefined) store.setUpstreamTotal(run.runId, page.total);
        const prepared = preparePage(page.resources, { geocode, logger });
        counts.problems += prepared.problems;
        store.writePage(
          run.runId,
          prepared.items,
          { lastId: page.lastId, pageNumber: pageOffset + page.pageNumber },
          prepared.failedIds,
        );
        store.heartbeatSyncLock();
        counts.pages++;
        counts.studies += prepared.items.length;
        counts.sessionStudies += page.studyIds.length;

        if (opts.onProgress) {
          const seconds = Math.max((performance.now() - startedAt) / 1000, 1e-3);
          const requests = client.stats.requests - requestsAtStart;
          const perSecond = counts.sessionStudies / seconds;
          const left = Math.max(page.total - counts.studies, 0);
          opts.onProgress({
            pages: counts.pages,
            studies: counts.studies,
            requests,
            requestsPerSecond: requests / seconds,
            etaSeconds: perSecond > 0 ? left / perSecond : undefined,
            total: page.total,
          });
        }
      }
    };

    try {
      await crawl(run.checkpoint?.lastId, run.checkpoint?.pageNumber ?? 0);
    } catch (error) {
      if (!(error instanceof EclaireCrawlOrderError)) throw error;
      if (!resumed) {
        // A fresh crawl that ECLAIRE cannot order: stop, keep every study, and say so in /api/health.
        const reason = `Synchronisation arrêtée : ${error.message} Aucune étude n'a été supprimée.`;
        store.abandonRun(run.runId, reason);
        logger.warn(reason);
        throw error;
      }
      // The checkpoint no longer fits ECLAIRE's order (ids renamed, order changed): start over once, from the
      // beginning, rather than failing at the same place at every later run.
      const note = `La reprise après « ${run.checkpoint!.lastId} » a échoué (${error.message}) : synchronisation reprise depuis le début.`;
      logger.warn(note);
      store.setState(STATE_KEYS.syncProblem, { at: new Date().toISOString(), reason: note, resolved: true } satisfies SyncProblem);
      store.restartRun(run.runId);
      try {
        await crawl(undefined, 0);
      } catch (again) {
        if (again instanceof EclaireCrawlOrderError) {
          const reason = `Synchronisation arrêtée après une reprise depuis le début : ${again.message} Aucune étude n'a été supprimée.`;
          store.abandonRun(run.runId, reason);
          logger.warn(reason);
        }
        throw again;
      }
    }

    const finish = store.finishRun(run.runId, { minShare });
    // Every study held was just written (or deleted) by this normaliser.
    if (!finish.guarded) store.setState(STATE_KEYS.normaliserVersion, NORMALISER_VERSION);
    if (finish.guarded) logger.warn(finish.reason!);
    logger.info(
      `Synchronisation n° ${run.runId} terminée : ${finish.seen} études vues, ${finish.deleted} supprimées.`,
    );
    return {
      ...finish,
      resumed,
      pages: counts.pages,
      studies: counts.studies,
      problems: counts.problems,
      requests: client.stats.requests - requestsAtStart,
    };
  } finally {
    store.releaseSyncLock();
  }
}
