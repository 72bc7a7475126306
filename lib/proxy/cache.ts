import { LRUCache } from 'lru-cache';
import {
  FHIR_BAD_REQUEST_TTL_MS as BAD_REQUEST_TTL_MS,
  FHIR_CACHE_MAX_BYTES as CACHE_MAX_BYTES,
  FHIR_CACHE_MAX_ENTRY_BYTES as CACHE_MAX_ENTRY_BYTES,
  FHIR_FRESH_TTL_MS as FRESH_TTL_MS,
  FHIR_STALE_MAX_MS as STALE_MAX_MS,
} from '@/lib/cache-control';
import { strongEtag, type CachedAnswer, type InterpretedAnswer, type XCache } from './answers';
import { UpstreamFailureError } from './upstream';
import type { ProxyCounters } from './stats';

/**
 * The proxy's one shared cache of interpreted upstream answers (lib/cache-control.ts for the lifetimes).
 * Identical misses are coalesced into one upstream call (lru-cache's `fetch`); an answer is fresh for
 * `FHIR_FRESH_TTL_MS` (a remembered 400 for `FHIR_BAD_REQUEST_TTL_MS`), then served stale — while it is revalidated
 * in the background, or while the upstream fails — up to `FHIR_STALE_MAX_MS` more, then forgotten.
 */

/** How to fill an entry. Any caller's is right for a key: the key names the upstream request. */
export interface Filler {
  fetch(signal: AbortSignal): Promise<InterpretedAnswer>;
}

export type Served = { entry: CachedAnswer; xCache: XCache } | { failure: unknown };

export interface AnswerCache {
  serve(key: string, filler: Filler): Promise<Served>;
  readonly size: number;
  clear(): void;
}

export function createAnswerCache(opts: { now: () => number; maxSizeBytes?: number; counters: ProxyCounters }): AnswerCache {
  const { now, counters } = opts;
  const cache = new LRUCache<string, CachedAnswer, Filler>({
    maxSize: opts.maxSizeBytes ?? CACHE_MAX_BYTES,
    maxEntrySize: CACHE_MAX_ENTRY_BYTES,
    sizeCalculation: (value, key) => Buffer.byteLength(value.body, 'utf8') + key.length + 200,
    ttl: FRESH_TTL_MS,
    ttlResolution: 0,
    ttlAutopurge: false,
    allowStaleOnFetchRejection: true,
    allowStaleOnFetchAbort: true,
    perf: { now },
    fetchMethod: async (_key, _stale, { signal, options: fetchOptions, context }) => {
      const answer = await context.fetch(signal);
      const ttl = answer.status === 400 ? BAD_REQUEST_TTL_MS : FRESH_TTL_MS;
      fetchOptions.ttl = ttl;
      const storedAt = now();
      return { ...answer, etag: strongEtag(answer.body), storedAt, staleUntil: storedAt + ttl + STALE_MAX_MS };
    },
  });

  return {
    async serve(key, filler) {
      // Past the stale limit an answer is forgotten, so that the fetch below waits for the upstream.
      const existing = cache.peek(key, { allowStale: true });
      if (existing && now() > existing.staleUntil) cache.delete(key);

      const status: LRUCache.Status<string, CachedAnswer, Filler> = {};
      let entry: CachedAnswer | undefined;
      try {
        entry = await cache.fetch(key, { context: filler, status, allowStale: true });
      } catch (failure) {
        return { failure };
      }
      if (!entry || now() > entry.staleUntil) return { failure: status.fetchError ?? new UpstreamFailureError('Pas de réponse.') };
      let xCache: XCache;
      if (status.returnedStale) {
        xCache = 'STALE';
        counters.stale++;
      } else if (status.fetch === 'hit') {
        xCache = 'HIT';
        counters.hits++;
      } else {
        xCache = 'MISS';
        counters.misses++;
      }
      return { entry, xCache };
    },

    get size() {
      return cache.size;
    },

    clear() {
      cache.clear();
    },
  };
}
