import type { RateLimiter } from '@/lib/eclaire/rate-limiter';
import { errorAnswer, type ProxyAnswer, type ProxyRequestInfo } from './answers';
import { createAnswerCache } from './cache';
import type { ProxyLogger } from './log';
import { readStudy, type MirrorLookup } from './read';
import type { ResilienceOptions } from './resilience';
import { searchStudies } from './search';
import { createCounters, type ProxyStats } from './stats';
import { createUpstreamCaller, type ProxyUpstream } from './upstream';

/**
 * Pass-through FHIR proxy of `GET /ResearchStudy?…` and `GET /ResearchStudy/{id}` (DESIGN.md), assembled from:
 * - params.ts, lucene.ts — allowlisted, re-encoded parameters; full text searched literally, as words;
 * - cache.ts — one shared LRU cache that coalesces identical misses and serves stale answers;
 * - upstream.ts, resilience.ts — every call through the process-wide limiter and cockatiel policies;
 * - search.ts, read.ts — the two operations, the read falling back on the local mirror;
 * - answers.ts, operation-outcome.ts — headers, ETags, French OperationOutcomes; stats.ts — counters;
 * - log.ts — logs without partners' search terms.
 */

export type { ProxyAnswer, ProxyRequestInfo } from './answers';
export { requestInfo, toResponse } from './answers';
export type { ProxyStats } from './stats';
export type { ProxyUpstream } from './upstream';

export interface FhirProxyOptions {
  /** FHIR base of the upstream (configuration only); a dedicated client is built on `limiter`. */
  baseUrl?: string;
  /** The limiter shared with the sync. Required with `baseUrl`. */
  limiter?: RateLimiter;
  /** Or an existing client (tests). Its retries should be disabled: the policies here own resilience. */
  client?: ProxyUpstream;
  /** Raw FHIR of a study from the local mirror, for reads by id when the cache is cold and the upstream fails. */
  getRaw?: MirrorLookup;
  /** Clock of the cache (ms). */
  now?: () => number;
  /** Public FHIR base of Phare written in `fullUrl` and links: `/api/fhir` or `https://…/api/fhir`. */
  publicBase?: string;
  maxSizeBytes?: number;
  resilience?: Partial<ResilienceOptions>;
  logger?: ProxyLogger;
}

export interface FhirProxy {
  /** `rawQuery`: the query string as received (percent-encoded), with or without `?`. */
  search(rawQuery: string, info?: ProxyRequestInfo): Promise<ProxyAnswer>;
  read(id: string, info?: ProxyRequestInfo): Promise<ProxyAnswer>;
  /** A 404 OperationOutcome for any other FHIR path. */
  notFound(path: string): ProxyAnswer;
  stats(): ProxyStats;
  /** For tests and admin: empties the cache (not the counters). */
  clear(): void;
}

export function createFhirProxy(options: FhirProxyOptions): FhirProxy {
  const logger = options.logger ?? console;
  const counters = createCounters();
  const upstream = createUpstreamCaller({
    baseUrl: options.baseUrl,
    limiter: options.limiter,
    client: options.client,
    resilience: options.resilience,
    logger,
    counters,
  });
  const cache = createAnswerCache({ now: options.now ?? (() => Date.now()), maxSizeBytes: options.maxSizeBytes, counters });
  const parts = { cache, upstream, logger, publicBase: (options.publicBase ?? '/api/fhir').replace(/\/+$/, '') };

  return {
    search: (rawQuery, info = {}) => searchStudies(parts, rawQuery, info),
    read: (id, info = {}) => readStudy(parts, { getRaw: options.getRaw, counters }, id, info),
    notFound: (path) =>
      errorAnswer(
        404,
        `Ressource FHIR non servie par Phare : ${path.slice(0, 100)}. Seuls ResearchStudy?… et ResearchStudy/{id} sont disponibles.`,
        'not-found',
      ),
    stats: () => ({ entries: cache.size, ...counters, breaker: upstream.breakerState() }),
    clear: () => cache.clear(),
  };
}
