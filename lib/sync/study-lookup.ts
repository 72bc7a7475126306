/**
 * The study of `/essais/{id}` and `/embed/essais/{id}`: from the mirror, or — when the mirror does not hold it
 * yet (a study published since the last crawl) — fetched once from ECLAIRE, normalised, geocoded and written
 * to the mirror: a one-study sync.
 *
 * Visitors must not be able to push traffic upstream by typing ids (issue: 40 unknown ids once kept pages
 * waiting 20 s and made a partner's proxy miss fail). So the upstream is asked:
 * - only for ids in one of ECLAIRE's own formats (EU CT, ID-RCB, EudraCT);
 * - within a global budget (LOOKUP_BUDGET per minute, every visitor together) and with at most
 *   MAX_QUEUED_LOOKUPS waiting; beyond, the page says the study cannot be found for now (never cached);
 * - with a short deadline and one retry at most, at the lowest priority of the one upstream queue, giving way
 *   to the sync and to partners' proxy misses (lib/eclaire/rate-limiter.ts);
 * - once per id: concurrent requests share one call, and unknown ids are remembered for a while.
 * In a cluster this runs in the primary process (lib/cluster-rpc.ts), so the budget and the memory are one per
 * machine, whatever the number of workers.
 */
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { callPrimary, handleInPrimary } from '@/lib/cluster-rpc';
import { EclaireClient } from '@/lib/eclaire/client';
import { getSharedRateLimiter, UPSTREAM_PRIORITY, withPriority } from '@/lib/eclaire/rate-limiter';
import { getEnv } from '@/lib/env';
import { geocodeSite, type GeoPlace, type SiteAddress } from '@/lib/geo/geocode';
import { processSingleton } from '@/lib/process-singleton';
import { getActiveStore } from '@/lib/store/active';
import type { Store } from '@/lib/store/store';
import { isEclaireIdFormat, isValidStudyId } from '@/lib/study/identifiers';
import type { Study } from '@/lib/study/types';
import { preparePage } from './run-sync';

/** Upstream lookups allowed per minute, for all visitors together. */
export const LOOKUP_BUDGET_PER_MINUTE = 10;
/** Lookups waiting for the upstream at once; more are refused at once (not queued). */
export const MAX_QUEUED_LOOKUPS = 4;
/** One lookup's deadline (each attempt) and its retries. */
export const LOOKUP_TIMEOUT_MS = 5_000;
export const LOOKUP_MAX_RETRIES = 1;
/** How long an id ECLAIRE does not know is not asked again. */
export const UNKNOWN_ID_TTL_MS = 10 * 60_000;
/** How long after an upstream failure the same id is not asked again. */
export const UPSTREAM_FAILURE_TTL_MS = 60_000;
/** Studies fetched but not written (store without single-study upsert, or kind mismatch): kept in memory. */
export const FETCHED_TTL_MS = 6 * 60 * 60_000;
const MAX_REMEMBERED = 5_000;
const MAX_FETCHED = 500;

export type NotFoundReason = 'invalid-id' | 'unknown' | 'upstream-error' | 'busy' | 'no-store' | 'other-kind';

export type StudyLookup =
  | { status: 'found'; study: Study; source: 'mirror' | 'upstream' }
  | {
      status: 'not-found';
      reason: NotFoundReason;
      /** A short French note for the 404 page, when there is something to say. */
      note?: string;
    };

export const UPSTREAM_FAILURE_NOTE =
  'ECLAIRE, la base publique des études, ne répond pas pour le moment. Réessayez dans quelques minutes.';
export const BUSY_NOTE =
  'Cette étude n’est pas encore dans Phare et nous ne pouvons pas la chercher dans ECLAIRE pour le moment. Réessayez dans quelques minutes.';

/** A not-found that depends on the moment (upstream down or budget spent): never cached, never remembered. */
export function isTemporary(lookup: StudyLookup): boolean {
  return lookup.status === 'not-found' && (lookup.reason === 'upstream-error' || lookup.reason === 'busy');
}

function notFound(reason: NotFoundReason): StudyLookup {
  if (reason === 'upstream-error') return { status: 'not-found', reason, note: UPSTREAM_FAILURE_NOTE };
  if (reason === 'busy') return { status: 'not-found', reason, note: BUSY_NOTE };
  return { status: 'not-found', reason };
}

/** What the upstream part needs (injected in tests). */
export interface UpstreamLookupDeps {
  /** The store new studies are written to (the active one); undefined when it cannot be opened. */
  store: () => { store: Pick<Store, 'getStudy' | 'upsertStudy'>; demo: boolean } | undefined;
  client: () => Pick<EclaireClient, 'search'>;
  geocode?: (site: SiteAddress) => GeoPlace;
  logger?: { warn(message: string): void };
  budgetPerMinute?: number;
  maxQueued?: number;
}

export interface UpstreamLookup {
  lookup(id: string): Promise<StudyLookup>;
  stats(): { calls: number; refused: number; remembered: number; inflight: number };
}

export function createUpstreamLookup(deps: UpstreamLookupDeps): UpstreamLookup {
  const logger = deps.logger ?? { warn: (msg: string) => console.warn(`[étude] ${msg}`) };
  const misses = new LRUCache<string, { reason: 'unknown' | 'upstream-error' | 'other-kind' }>({
    max: MAX_REMEMBERED,
    ttl: UNKNOWN_ID_TTL_MS,
  });
  const fetched = new LRUCache<string, Study>({ max: MAX_FETCHED, ttl: FETCHED_TTL_MS });
  const inflight = new Map<string, Promise<StudyLookup>>();
  const budget = new RateLimiterMemory({ points: deps.budgetPerMinute ?? LOOKUP_BUDGET_PER_MINUTE, duration: 60 });
  const maxQueued = deps.maxQueued ?? MAX_QUEUED_LOOKUPS;
  const counters = { calls: 0, refused: 0 };

  async function fetchOnce(id: string): Promise<StudyLookup> {
    const target = deps.store();
    if (!target) return notFound('no-store');
    let resources: unknown[];
    counters.calls++;
    try {
      const page = await deps.client().search([
        ['identifier', id],
        ['_include', '*'],
        ['_count', 1],
      ]);
      resources = page.resources;
    } catch (error) {
      logger.warn(`Lecture d’une étude dans ECLAIRE impossible : ${(error as Error).message}`);
      misses.set(id, { reason: 'upstream-error' }, { ttl: UPSTREAM_FAILURE_TTL_MS });
      return notFound('upstream-error');
    }
    const { items } = preparePage(resources, { geocode: deps.geocode ?? geocodeSite, logger: { info: () => {}, warn: logger.warn } });
    const item = items.find((i) => i.study.id === id);
    if (!item) {
      misses.set(id, { reason: 'unknown' });
      return notFound('unknown');
    }
    // Fiction and real data never mix (DESIGN.md): a record of the other kind is not shown here.
    if (item.demo !== target.demo) {
      misses.set(id, { reason: 'other-kind' });
      return notFound('other-kind');
    }
    try {
      target.store.upsertStudy(item);
    } catch (error) {
      logger.warn(`Étude ${id} lue dans ECLAIRE mais non enregistrée : ${(error as Error).message}`);
      fetched.set(id, item.study);
    }
    return { status: 'found', study: item.study, source: 'upstream' };
  }

  return {
    async lookup(id) {
      if (!isValidStudyId(id) || !isEclaireIdFormat(id)) return notFound('unknown');
      const kept = fetched.get(id);
      if (kept) return { status: 'found', study: kept, source: 'upstream' };
      const miss = misses.get(id);
      if (miss) return notFound(miss.reason);
      const running = inflight.get(id);
      if (running) return running;
      // Written by another process since the page looked? Then no call at all.
      const local = deps.store()?.store.getStudy(id);
      if (local) return { status: 'found', study: local, source: 'mirror' };
      if (inflight.size >= maxQueued) {
        counters.refused++;
        return notFound('busy');
      }
      // Registered before the first await, so that concurrent requests for this id share it.
      const pending = (async (): Promise<StudyLookup> => {
        try {
          await budget.consume('lookups', 1);
        } catch {
          counters.refused++;
          return notFound('busy');
        }
        return fetchOnce(id);
      })().finally(() => inflight.delete(id));
      inflight.set(id, pending);
      return pending;
    },
    stats: () => ({ ...counters, remembered: misses.size, inflight: inflight.size }),
  };
}

/** The process's upstream lookup, configured from the environment (the primary in a cluster). */
export function getUpstreamLookup(): UpstreamLookup {
  return processSingleton('sync.upstreamLookup', () => {
    const env = getEnv();
    const client = new EclaireClient({
      baseUrl: env.ECLAIRE_BASE_URL,
      timeoutMs: Math.min(LOOKUP_TIMEOUT_MS, env.ECLAIRE_TIMEOUT_MS),
      maxRetries: LOOKUP_MAX_RETRIES,
      baseDelayMs: 250,
      maxDelayMs: 1_000,
      limiter: withPriority(getSharedRateLimiter(env.ECLAIRE_MIN_INTERVAL_MS), UPSTREAM_PRIORITY.lookup, true),
    });
    return createUpstreamLookup({ store: getActiveStore, client: () => client });
  });
}

handleInPrimary('study.lookup', (payload) => getUpstreamLookup().lookup(String((payload as { id: unknown }).id)));

/** What a page reads: the mirror (this process's connection), then the upstream through the primary. */
export interface LookupSource {
  read: () => { store: Pick<Store, 'getStudy'>; demo: boolean } | undefined;
  upstream: (id: string) => Promise<StudyLookup>;
}

const defaultSource: LookupSource = {
  read: getActiveStore,
  upstream: (id) => callPrimary<StudyLookup>('study.lookup', { id }, { timeoutMs: 3 * LOOKUP_TIMEOUT_MS }),
};

/** The study of `/essais/{id}` (see the module comment). Never throws. */
export async function lookupStudy(rawId: string, source: LookupSource = defaultSource): Promise<StudyLookup> {
  const id = rawId.trim();
  if (!isValidStudyId(id)) return notFound('invalid-id');
  const active = source.read();
  if (!active) return notFound('no-store');
  const local = active.store.getStudy(id);
  if (local) return { status: 'found', study: local, source: 'mirror' };
  if (!isEclaireIdFormat(id)) return notFound('unknown');
  try {
    return await source.upstream(id);
  } catch (error) {
    console.warn(`[étude] Recherche dans ECLAIRE impossible : ${(error as Error).message}`);
    return notFound('upstream-error');
  }
}
