import { createHash } from 'node:crypto';
import type { Bundle, BundleLink, ResearchStudy } from 'fhir/r4';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  IsolatedCircuitError,
  TaskCancelledError,
  TimeoutStrategy,
  circuitBreaker,
  fullJitterGenerator,
  handleWhen,
  retry,
  timeout,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
} from 'cockatiel';
import { LRUCache } from 'lru-cache';
import { EclaireClient, type RawResponse } from '@/lib/eclaire/client';
import { EclaireUnavailableError } from '@/lib/eclaire/errors';
import { isObject, tryParseJson } from '@/lib/eclaire/json';
import type { RateLimiter, ScheduleOptions } from '@/lib/eclaire/rate-limiter';
import {
  FHIR_BAD_REQUEST_TTL_MS as BAD_REQUEST_TTL_MS,
  FHIR_CACHE_CONTROL_BAD_REQUEST as CACHE_CONTROL_BAD_REQUEST,
  FHIR_CACHE_CONTROL_FRESH as CACHE_CONTROL_FRESH,
  NO_STORE as CACHE_CONTROL_NONE,
  FHIR_CACHE_CONTROL_STALE as CACHE_CONTROL_STALE,
  FHIR_CACHE_MAX_BYTES as CACHE_MAX_BYTES,
  FHIR_CACHE_MAX_ENTRY_BYTES as CACHE_MAX_ENTRY_BYTES,
  FHIR_FRESH_TTL_MS as FRESH_TTL_MS,
  FHIR_STALE_MAX_MS as STALE_MAX_MS,
} from '@/lib/cache-control';
import {
  BREAKER_HALF_OPEN_AFTER_MS,
  BREAKER_THRESHOLD,
  DEFAULT_RETRY_AFTER_S,
  UPSTREAM_BACKOFF_INITIAL_MS,
  UPSTREAM_BACKOFF_MAX_MS,
  UPSTREAM_MAX_RETRIES,
  UPSTREAM_TIMEOUT_MS,
} from './resilience';
import { buildOperationOutcome, type IssueCode } from './operation-outcome';
import {
  buildCanonicalQuery,
  isValidStudyId,
  MAX_RESULT_WINDOW,
  parseSearchQuery,
  type CanonicalSearch,
} from './params';

/**
 * Pass-through FHIR proxy of `GET /ResearchStudy?…` and `GET /ResearchStudy/{id}` (DESIGN.md): allowlisted and
 * re-encoded parameters, one shared LRU cache that coalesces identical misses, every upstream call through the
 * process-wide rate limiter and cockatiel policies (timeout, retry with full jitter, circuit breaker), stale
 * answers when the upstream fails, and the local mirror as the last resort for reads by id.
 */

export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';
const FHIR_ACCEPT = 'application/fhir+json';
const JSON_ACCEPT = 'application/json';
const WARNING_STALE = '110 - "Response is Stale"';
const WARNING_REVALIDATION_FAILED = '111 - "Revalidation Failed"';

export type XCache = 'HIT' | 'MISS' | 'STALE';
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface ProxyStats {
  entries: number;
  hits: number;
  misses: number;
  stale: number;
  upstreamCalls: number;
  breaker: BreakerState;
}

/** What the proxy needs of the ECLAIRE client. */
export interface ProxyUpstream {
  fetchRaw(pathAndQuery: string, opts?: { signal?: AbortSignal; accept?: string }): Promise<RawResponse>;
}

export interface ResilienceOptions {
  timeoutMs: number;
  maxRetries: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  breakerThreshold: number;
  halfOpenAfterMs: number;
}

export interface FhirProxyOptions {
  /** FHIR base of the upstream (configuration only); a dedicated client is built on `limiter`. */
  baseUrl?: string;
  /** The limiter shared with the sync. Required with `baseUrl`. */
  limiter?: RateLimiter;
  /** Or an existing client (tests). Its retries should be disabled: the policies here own resilience. */
  client?: ProxyUpstream;
  /**
   * Raw FHIR of a study from the local mirror, for reads by id when the cache is cold and the upstream fails.
   * `undefined`: the mirror does not know the id; `null`: the mirror cannot tell (absent, empty).
   */
  getRaw?: (id: string) => { researchStudy: ResearchStudy } | undefined | null;
  /** Clock of the cache (ms). */
  now?: () => number;
  /** Public FHIR base of Phare written in `fullUrl` and links: `/api/fhir` or `https://…/api/fhir`. */
  publicBase?: string;
  maxSizeBytes?: number;
  resilience?: Partial<ResilienceOptions>;
  logger?: { warn(message: string, meta?: object): void };
}

export interface ProxyRequestInfo {
  ifNoneMatch?: string | null;
  accept?: string | null;
}

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

interface CachedAnswer {
  status: 200 | 400 | 404;
  body: string;
  etag: string;
  storedAt: number;
  /** After this instant (ms, cache clock) the answer is not served at all. */
  staleUntil: number;
}

interface FetchContext {
  accept: string;
}

/** The upstream answered something the proxy cannot pass on (redirect, 401, HTML, wrong resource…). */
export class UpstreamFailureError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamFailureError';
  }
}

/** The call never left the shared limiter's queue before its deadline: the upstream is not at fault. */
export class UpstreamQueueTimeoutError extends Error {
  constructor() {
    super('Délai dépassé dans la file d’attente des appels à ECLAIRE.');
    this.name = 'UpstreamQueueTimeoutError';
  }
}

/** Failures worth a retry and counted by the breaker. */
function isUpstreamFault(error: Error): boolean {
  return error instanceof EclaireUnavailableError || error instanceof UpstreamFailureError;
}

/**
 * Wraps the shared limiter to learn which calls actually started, so that a deadline reached while queued
 * behind the sync is not counted as an upstream failure. Still the one limiter: every call goes through it.
 */
export function trackStarts(
  inner: RateLimiter,
  onStart?: () => void,
): { limiter: RateLimiter; started: WeakSet<AbortSignal> } {
  const started = new WeakSet<AbortSignal>();
  const limiter: RateLimiter = {
    get pending() {
      return inner.pending;
    },
    get size() {
      return inner.size;
    },
    get minIntervalMs() {
      return inner.minIntervalMs;
    },
    set minIntervalMs(value: number) {
      inner.minIntervalMs = value;
    },
    schedule<T>(fn: (slot: AbortSignal) => Promise<T>, options?: AbortSignal | ScheduleOptions): Promise<T> {
      const signal = options instanceof AbortSignal ? options : options?.signal;
      return inner.schedule((slot) => {
        if (signal) started.add(signal);
        onStart?.();
        return fn(slot);
      }, options);
    },
  };
  return { limiter, started };
}

function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const value = ifNoneMatch.trim();
  if (value === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return value.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque);
}

/** Only Accept is forwarded, normalised to one of the two JSON types ECLAIRE serves. */
export function normaliseAccept(accept: string | null | undefined): string {
  if (!accept) return FHIR_ACCEPT;
  const lower = accept.toLowerCase();
  if (lower.includes('application/fhir+json')) return FHIR_ACCEPT;
  if (lower.includes('application/json')) return JSON_ACCEPT;
  return FHIR_ACCEPT;
}

function upstreamDiagnostics(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  if (Array.isArray(body.issue)) {
    const texts = body.issue
      .map((i) => (isObject(i) && typeof i.diagnostics === 'string' ? i.diagnostics : undefined))
      .filter((t): t is string => !!t);
    if (texts.length > 0) return texts.join(' | ');
  }
  if (typeof body.message === 'string') return body.message;
  if (Array.isArray(body.message)) return body.message.filter((m) => typeof m === 'string').join(' | ');
  return undefined;
}

function outcomeBody(diagnostics: string, code: IssueCode): string {
  return JSON.stringify(buildOperationOutcome(diagnostics, code));
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
  const now = options.now ?? (() => Date.now());
  const publicBase = (options.publicBase ?? '/api/fhir').replace(/\/+$/, '');
  const logger = options.logger ?? console;
  const r: ResilienceOptions = {
    timeoutMs: UPSTREAM_TIMEOUT_MS,
    maxRetries: UPSTREAM_MAX_RETRIES,
    backoffInitialMs: UPSTREAM_BACKOFF_INITIAL_MS,
    backoffMaxMs: UPSTREAM_BACKOFF_MAX_MS,
    breakerThreshold: BREAKER_THRESHOLD,
    halfOpenAfterMs: BREAKER_HALF_OPEN_AFTER_MS,
    ...options.resilience,
  };

  const counters = { hits: 0, misses: 0, stale: 0, upstreamCalls: 0 };
  let client: ProxyUpstream;
  let started: WeakSet<AbortSignal> | undefined;
  if (options.client) {
    client = options.client;
  } else {
    if (!options.baseUrl || !options.limiter) throw new Error('createFhirProxy : baseUrl et limiter, ou client, sont requis.');
    const tracked = trackStarts(options.limiter, () => counters.upstreamCalls++);
    started = tracked.started;
    client = new EclaireClient({
      baseUrl: options.baseUrl,
      limiter: tracked.limiter,
      timeoutMs: r.timeoutMs,
      maxRetries: 0,
      logger,
    });
  }

  let openedAt = 0;

  const faults = handleWhen(isUpstreamFault);
  const retryPolicy = retry(faults, {
    maxAttempts: r.maxRetries,
    backoff: new ExponentialBackoff({
      generator: fullJitterGenerator,
      initialDelay: r.backoffInitialMs,
      maxDelay: r.backoffMaxMs,
    }),
  });
  const breaker: CircuitBreakerPolicy = circuitBreaker(faults, {
    halfOpenAfter: r.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(r.breakerThreshold),
  });
  breaker.onBreak(() => {
    openedAt = Date.now();
    logger.warn('Proxy FHIR : disjoncteur ouvert, ECLAIRE n’est plus appelé pendant un moment.');
  });
  // Aggressive: the visitor's deadline holds even while the call waits in the shared limiter's queue (a queued
  // call cannot be cancelled there; its aborted signal makes it return at once when its turn comes).
  const timeoutPolicy = timeout(r.timeoutMs, TimeoutStrategy.Aggressive);
  // Retry outermost: each attempt passes the breaker and has its own deadline.
  const policy: IPolicy = wrap(retryPolicy, breaker);

  /** One upstream attempt, interpreted inside the policies so that an unusable answer counts as a failure. */
  async function attempt<T>(
    pathAndQuery: string,
    accept: string,
    interpret: (raw: RawResponse) => T,
    outer: AbortSignal,
  ): Promise<T> {
    let attemptSignal: AbortSignal | undefined;
    try {
      return await timeoutPolicy.execute(async ({ signal }) => {
        attemptSignal = signal;
        if (!started) counters.upstreamCalls++;
        const raw = await client.fetchRaw(pathAndQuery, { signal, accept });
        return interpret(raw);
      }, outer);
    } catch (error) {
      const timedOut = error instanceof TaskCancelledError || (attemptSignal?.aborted === true && !outer.aborted);
      if (!timedOut || outer.aborted) throw error;
      if (started && attemptSignal && !started.has(attemptSignal)) throw new UpstreamQueueTimeoutError();
      throw new UpstreamFailureError(`ECLAIRE ne répond pas (délai de ${r.timeoutMs} ms dépassé).`);
    }
  }

  function callUpstream<T>(
    pathAndQuery: string,
    accept: string,
    interpret: (raw: RawResponse) => T,
    signal: AbortSignal,
  ): Promise<T> {
    return policy.execute(({ signal: inner }) => attempt(pathAndQuery, accept, interpret, inner), signal);
  }

  function interpretSearch(raw: RawResponse, search: CanonicalSearch): Omit<CachedAnswer, 'etag' | 'storedAt' | 'staleUntil'> {
    const body = tryParseJson(raw.body);
    if (raw.status === 200 || raw.status === 404) {
      if (!isObject(body) || body.resourceType !== 'Bundle' || typeof body.total !== 'number') {
        throw new UpstreamFailureError(`Réponse de recherche inattendue (${raw.status}).`, raw.status);
      }
      const bundle = rewriteBundle(body as unknown as Bundle, search, publicBase);
      return { status: raw.status, body: JSON.stringify(bundle) };
    }
    if (raw.status === 400) {
      const diagnostics = upstreamDiagnostics(body) ?? 'requête refusée';
      return { status: 400, body: outcomeBody(`ECLAIRE a refusé la recherche : ${diagnostics}`, 'invalid') };
    }
    throw new UpstreamFailureError(`Statut inattendu d’ECLAIRE : ${raw.status}.`, raw.status);
  }

  function interpretRead(raw: RawResponse, id: string): Omit<CachedAnswer, 'etag' | 'storedAt' | 'staleUntil'> {
    const body = tryParseJson(raw.body);
    if (raw.status === 200) {
      if (!isObject(body) || body.resourceType !== 'ResearchStudy' || body.id !== id) {
        throw new UpstreamFailureError('Réponse de lecture inattendue.', 200);
      }
      return { status: 200, body: raw.body };
    }
    if (raw.status === 404 && isObject(body) && body.resourceType === 'OperationOutcome') {
      return { status: 404, body: outcomeBody(`Aucune étude ne porte l’identifiant « ${id} » dans ECLAIRE.`, 'not-found') };
    }
    if (raw.status === 400) {
      const diagnostics = upstreamDiagnostics(body) ?? 'requête refusée';
      return { status: 400, body: outcomeBody(`ECLAIRE a refusé la lecture : ${diagnostics}`, 'invalid') };
    }
    throw new UpstreamFailureError(`Statut inattendu d’ECLAIRE : ${raw.status}.`, raw.status);
  }

  const SEARCH_PREFIX = '/ResearchStudy?';
  const READ_PREFIX = '/ResearchStudy/';

  /** The cache key is the upstream path and canonical query; how to read the answer follows from it. */
  function interpreterFor(key: string): (raw: RawResponse) => Omit<CachedAnswer, 'etag' | 'storedAt' | 'staleUntil'> {
    if (key.startsWith(SEARCH_PREFIX)) {
      const parsed = parseSearchQuery(key.slice(SEARCH_PREFIX.length));
      if (!parsed.ok) throw new Error(`Clé de cache invalide : ${key}`);
      return (raw) => interpretSearch(raw, parsed.value);
    }
    const id = key.slice(READ_PREFIX.length);
    if (!key.startsWith(READ_PREFIX) || !isValidStudyId(id)) throw new Error(`Clé de cache invalide : ${key}`);
    return (raw) => interpretRead(raw, id);
  }

  const cache = new LRUCache<string, CachedAnswer, FetchContext>({
    maxSize: options.maxSizeBytes ?? CACHE_MAX_BYTES,
    maxEntrySize: CACHE_MAX_ENTRY_BYTES,
    sizeCalculation: (value, key) => Buffer.byteLength(value.body, 'utf8') + key.length + 200,
    ttl: FRESH_TTL_MS,
    ttlResolution: 0,
    ttlAutopurge: false,
    allowStaleOnFetchRejection: true,
    allowStaleOnFetchAbort: true,
    perf: { now },
    fetchMethod: async (key, _stale, { signal, options: fetchOptions, context }) => {
      const answer = await callUpstream(key, context.accept, interpreterFor(key), signal);
      const ttl = answer.status === 400 ? BAD_REQUEST_TTL_MS : FRESH_TTL_MS;
      fetchOptions.ttl = ttl;
      const storedAt = now();
      return { ...answer, etag: strongEtag(answer.body), storedAt, staleUntil: storedAt + ttl + STALE_MAX_MS };
    },
  });

  function breakerState(): BreakerState {
    switch (breaker.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'open';
    }
  }

  function retryAfterSeconds(error: unknown): number {
    if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
      return Math.max(1, Math.ceil((openedAt + r.halfOpenAfterMs - Date.now()) / 1000));
    }
    const cause = error instanceof EclaireUnavailableError ? error.retryAfterMs : undefined;
    return cause !== undefined ? Math.max(1, Math.ceil(cause / 1000)) : DEFAULT_RETRY_AFTER_S;
  }

  function fromCache(entry: CachedAnswer, xCache: XCache, info: ProxyRequestInfo): ProxyAnswer {
    const cacheControl =
      entry.status === 400 ? CACHE_CONTROL_BAD_REQUEST : xCache === 'STALE' ? CACHE_CONTROL_STALE : CACHE_CONTROL_FRESH;
    const headers: Record<string, string> = {
      'content-type': FHIR_CONTENT_TYPE,
      'cache-control': cacheControl,
      etag: entry.etag,
      'x-cache': xCache,
    };
    if (xCache === 'STALE') headers.warning = WARNING_STALE;
    if (entry.status === 200 && etagMatches(info.ifNoneMatch, entry.etag)) {
      const { 'content-type': _omit, ...rest } = headers;
      return { status: 304, headers: rest, body: null };
    }
    return { status: entry.status, headers, body: entry.body };
  }

  function error(status: number, diagnostics: string, code: IssueCode, extra: Record<string, string> = {}): ProxyAnswer {
    return {
      status,
      headers: {
        'content-type': FHIR_CONTENT_TYPE,
        'cache-control': status === 400 ? CACHE_CONTROL_BAD_REQUEST : CACHE_CONTROL_NONE,
        ...extra,
      },
      body: outcomeBody(diagnostics, code),
    };
  }

  function unavailable(cause: unknown): ProxyAnswer {
    return error(
      503,
      'ECLAIRE est momentanément indisponible et cette réponse n’est pas en cache. Réessayez dans quelques instants.',
      'transient',
      { 'retry-after': String(retryAfterSeconds(cause)) },
    );
  }

  async function serve(key: string, info: ProxyRequestInfo): Promise<{ answer: ProxyAnswer } | { failure: unknown }> {
    // Past the stale limit an answer is forgotten, so that the fetch below waits for the upstream.
    const existing = cache.peek(key, { allowStale: true });
    if (existing && now() > existing.staleUntil) cache.delete(key);

    const status: LRUCache.Status<string, CachedAnswer, FetchContext> = {};
    let value: CachedAnswer | undefined;
    try {
      value = await cache.fetch(key, { context: { accept: normaliseAccept(info.accept) }, status, allowStale: true });
    } catch (failure) {
      return { failure };
    }
    if (!value || now() > value.staleUntil) return { failure: status.fetchError ?? new UpstreamFailureError('Pas de réponse.') };
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
    return { answer: fromCache(value, xCache, info) };
  }

  return {
    async search(rawQuery, info = {}) {
      const parsed = parseSearchQuery(rawQuery);
      if (!parsed.ok) {
        const { param, message } = parsed.error;
        return error(400, `Paramètre « ${param} » refusé : ${message}.`, 'invalid');
      }
      const result = await serve(`${SEARCH_PREFIX}${parsed.value.query}`, info);
      if ('answer' in result) return result.answer;
      logUpstreamFailure(logger, result.failure);
      return unavailable(result.failure);
    },

    async read(id, info = {}) {
      if (!isValidStudyId(id)) {
        return error(
          400,
          'Paramètre « id » refusé : identifiant ECLAIRE attendu (lettres, chiffres et tirets, 64 au plus).',
          'invalid',
        );
      }
      const result = await serve(`${READ_PREFIX}${id}`, info);
      if ('answer' in result) return result.answer;
      logUpstreamFailure(logger, result.failure);
      let mirrored: { researchStudy: ResearchStudy } | undefined | null = null;
      try {
        mirrored = options.getRaw ? options.getRaw(id) : null;
      } catch (e) {
        logger.warn('Proxy FHIR : copie locale illisible', { error: (e as Error).message });
      }
      if (mirrored === null) return unavailable(result.failure);
      if (mirrored === undefined || mirrored.researchStudy?.id !== id) {
        return error(404, `Aucune étude ne porte l’identifiant « ${id} » dans la copie locale d’ECLAIRE.`, 'not-found');
      }
      counters.stale++;
      return {
        status: 200,
        headers: {
          'content-type': FHIR_CONTENT_TYPE,
          'cache-control': CACHE_CONTROL_NONE,
          'x-cache': 'STALE',
          warning: WARNING_REVALIDATION_FAILED,
        },
        body: JSON.stringify(mirrored.researchStudy),
      };
    },

    notFound(path) {
      return error(
        404,
        `Ressource FHIR non servie par Phare : ${path.slice(0, 100)}. Seuls ResearchStudy?… et ResearchStudy/{id} sont disponibles.`,
        'not-found',
      );
    },

    stats() {
      return { entries: cache.size, ...counters, breaker: breakerState() };
    },

    clear() {
      cache.clear();
    },
  };
}

function logUpstreamFailure(logger: { warn(message: string, meta?: object): void }, failure: unknown): void {
  if (failure instanceof BrokenCircuitError) return; // expected while open, logged once on break
  logger.warn('Proxy FHIR : ECLAIRE n’a pas pu répondre', { error: (failure as Error)?.message });
}

/**
 * `fullUrl` from the resource itself, links from the canonical query: nothing of the upstream's host survives
 * (CONTRACT §1.1, §2.7). `next` is recomputed (the upstream's can carry another request's page size) and
 * dropped with `search_after` (the upstream's would combine it with `_getpagesoffset`).
 */
export function rewriteBundle(bundle: Bundle, search: CanonicalSearch, publicBase: string): Bundle {
  const base = `${publicBase}/ResearchStudy`;
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType && resource.id) {
      entry.fullUrl = `${publicBase}/${resource.resourceType}/${encodeURIComponent(resource.id)}`;
    } else {
      delete entry.fullUrl;
    }
  }
  if (Array.isArray(bundle.link)) {
    const links: BundleLink[] = [];
    if (bundle.link.some((l) => l.relation === 'self')) links.push({ relation: 'self', url: `${base}?${search.query}` });
    const upstreamNext = bundle.link.some((l) => l.relation === 'next');
    if (upstreamNext && search.params.search_after === undefined) {
      const count = Number(search.params._count);
      const offset = Number(search.params._getpagesoffset ?? 0) + count;
      const size = Math.min(count, MAX_RESULT_WINDOW - offset);
      if (size > 0 && offset < (bundle.total ?? 0)) {
        const query = buildCanonicalQuery({ ...search.params, _count: String(size), _getpagesoffset: String(offset) });
        links.push({ relation: 'next', url: `${base}?${query}` });
      }
    }
    bundle.link = links;
  }
  return bundle;
}

/** Route-handler glue: a web `Response` from a proxy answer (HEAD without a body). */
export function toResponse(answer: ProxyAnswer, method = 'GET'): Response {
  return new Response(method === 'HEAD' ? null : answer.body, { status: answer.status, headers: answer.headers });
}

export function requestInfo(request: Request): ProxyRequestInfo {
  return { ifNoneMatch: request.headers.get('if-none-match'), accept: request.headers.get('accept') };
}
