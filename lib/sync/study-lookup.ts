/**
 * A study for `/essais/{id}`: from the mirror, or — when the mirror does not hold it yet (a study published
 * since the last crawl) — fetched once from ECLAIRE, normalised, geocoded and written to the mirror.
 *
 * The upstream is asked once per id: one search `identifier={id}&_include=*&_count=1` brings the study, its
 * Group, Locations and Organizations in a single rate-limited call (reading them one by one would cost 2 + one
 * call per site). Unknown ids and upstream failures are remembered for a while, and concurrent requests for the
 * same id share one call, so visitors typing random ids cannot push traffic upstream.
 */
import { LRUCache } from 'lru-cache';
import type { EclaireClient } from '@/lib/eclaire/client';
import { geocodeSite, type GeoPlace, type SiteAddress } from '@/lib/geo/geocode';
import type { Store } from '@/lib/store/store';
import { isValidStudyId } from '@/lib/study/identifiers';
import type { Study } from '@/lib/study/types';
import { preparePage } from './run-sync';

/** How long an id ECLAIRE does not know is not asked again. */
export const UNKNOWN_ID_TTL_MS = 10 * 60_000;
/** How long after an upstream failure the same id is not asked again. */
export const UPSTREAM_FAILURE_TTL_MS = 60_000;
/** Studies fetched but not written (store without single-study upsert, or kind mismatch): kept in memory. */
export const FETCHED_TTL_MS = 6 * 60 * 60_000;
const MAX_REMEMBERED = 5_000;
const MAX_FETCHED = 500;

export type StudyLookup =
  | { status: 'found'; study: Study; source: 'mirror' | 'upstream' }
  | {
      status: 'not-found';
      reason: 'invalid-id' | 'unknown' | 'upstream-error' | 'no-store' | 'other-kind';
      /** A short French note for the 404 page, when there is something to say. */
      note?: string;
    };

/** What this module needs from the store. */
export type LookupStore = Pick<Store, 'getStudy' | 'upsertStudy'>;

export interface FetchOnMissDeps {
  store: LookupStore | undefined;
  /** The active store holds fictional data: only fictional upstream records may join it. */
  demo: boolean;
  client: () => Pick<EclaireClient, 'search'>;
  geocode?: (site: SiteAddress) => GeoPlace;
  logger?: { warn(message: string): void };
}

export const UPSTREAM_FAILURE_NOTE =
  'ECLAIRE, la base publique des études, ne répond pas pour le moment. Réessayez dans quelques minutes.';

interface Memory {
  misses: LRUCache<string, { reason: 'unknown' | 'upstream-error' | 'other-kind' }>;
  fetched: LRUCache<string, Study>;
  inflight: Map<string, Promise<StudyLookup>>;
}

const MEMORY_KEY = Symbol.for('phare.sync.studyLookup');

function memory(): Memory {
  const holder = globalThis as typeof globalThis & { [MEMORY_KEY]?: Memory };
  holder[MEMORY_KEY] ??= {
    misses: new LRUCache({ max: MAX_REMEMBERED, ttl: UNKNOWN_ID_TTL_MS }),
    fetched: new LRUCache({ max: MAX_FETCHED, ttl: FETCHED_TTL_MS }),
    inflight: new Map(),
  };
  return holder[MEMORY_KEY];
}

/** For tests. */
export function resetFetchOnMissForTests(): void {
  const m = memory();
  m.misses.clear();
  m.fetched.clear();
  m.inflight.clear();
}

function notFound(reason: Extract<StudyLookup, { status: 'not-found' }>['reason']): StudyLookup {
  return reason === 'upstream-error' ? { status: 'not-found', reason, note: UPSTREAM_FAILURE_NOTE } : { status: 'not-found', reason };
}

async function fetchFromUpstream(id: string, deps: FetchOnMissDeps): Promise<StudyLookup> {
  const m = memory();
  const logger = deps.logger ?? { warn: (msg: string) => console.warn(`[étude] ${msg}`) };
  let resources: unknown[];
  try {
    const page = await deps.client().search([
      ['identifier', id],
      ['_include', '*'],
      ['_count', 1],
    ]);
    resources = page.resources;
  } catch (error) {
    logger.warn(`Lecture de ${id} dans ECLAIRE impossible : ${(error as Error).message}`);
    m.misses.set(id, { reason: 'upstream-error' }, { ttl: UPSTREAM_FAILURE_TTL_MS });
    return notFound('upstream-error');
  }

  const { items } = preparePage(resources, { geocode: deps.geocode ?? geocodeSite, logger: { info: () => {}, warn: logger.warn } });
  const item = items.find((i) => i.study.id === id);
  if (!item) {
    m.misses.set(id, { reason: 'unknown' });
    return notFound('unknown');
  }
  // Fiction and real data never mix (DESIGN.md): a record of the other kind is not shown here.
  if (item.demo !== deps.demo) {
    m.misses.set(id, { reason: 'other-kind' });
    return notFound('other-kind');
  }
  let stored = false;
  if (deps.store) {
    try {
      deps.store.upsertStudy(item);
      stored = true;
    } catch (error) {
      logger.warn(`Étude ${id} lue dans ECLAIRE mais non enregistrée : ${(error as Error).message}`);
    }
  }
  if (!stored) m.fetched.set(id, item.study);
  return { status: 'found', study: item.study, source: 'upstream' };
}

/** The study of `/essais/{id}`: mirror first, then one upstream read (see the module comment). */
export async function getStudyOrFetch(rawId: string, deps: FetchOnMissDeps): Promise<StudyLookup> {
  if (!isValidStudyId(rawId)) return notFound('invalid-id');
  const id = rawId;
  if (!deps.store) return notFound('no-store');

  const local = deps.store.getStudy(id);
  if (local) return { status: 'found', study: local, source: 'mirror' };

  const m = memory();
  const kept = m.fetched.get(id);
  if (kept) return { status: 'found', study: kept, source: 'upstream' };
  const miss = m.misses.get(id);
  if (miss) return notFound(miss.reason);

  let pending = m.inflight.get(id);
  if (!pending) {
    pending = fetchFromUpstream(id, deps).finally(() => m.inflight.delete(id));
    m.inflight.set(id, pending);
  }
  return pending;
}
