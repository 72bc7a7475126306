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
} from 'cockatiel';
import { EclaireClient, type RawResponse } from '@/lib/eclaire/client';
import { EclaireUnavailableError } from '@/lib/eclaire/errors';
import { withSchedule, type RateLimiter } from '@/lib/eclaire/rate-limiter';
import { redactingLogger, type ProxyLogger } from './log';
import { DEFAULT_RESILIENCE, DEFAULT_RETRY_AFTER_S, type ResilienceOptions } from './resilience';
import type { BreakerState, ProxyCounters } from './stats';

/**
 * The proxy's calls to ECLAIRE: every one through the process-wide rate limiter and cockatiel policies — a
 * deadline per attempt (kept even while queued behind the sync), retries with full jitter, and a circuit breaker
 * that spares the upstream after consecutive failures. An unusable answer counts as a failure.
 */

/** What the proxy needs of the ECLAIRE client. */
export interface ProxyUpstream {
  fetchRaw(pathAndQuery: string, opts?: { signal?: AbortSignal; accept?: string }): Promise<RawResponse>;
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
  const limiter = withSchedule(inner, (fn, options) => {
    const signal = options instanceof AbortSignal ? options : options?.signal;
    return inner.schedule((slot) => {
      if (signal) started.add(signal);
      onStart?.();
      return fn(slot);
    }, options);
  });
  return { limiter, started };
}

export interface UpstreamOptions {
  /** FHIR base of the upstream; a dedicated client is built on `limiter`. */
  baseUrl?: string;
  /** The limiter shared with the sync. Required with `baseUrl`. */
  limiter?: RateLimiter;
  /** Or an existing client (tests). Its retries should be disabled: the policies here own resilience. */
  client?: ProxyUpstream;
  resilience?: Partial<ResilienceOptions>;
  logger: ProxyLogger;
  counters: ProxyCounters;
}

export interface UpstreamCaller {
  /** One logical call (`pathAndQuery` relative to the FHIR base), `interpret` run inside the policies. */
  call<T>(pathAndQuery: string, accept: string, interpret: (raw: RawResponse) => T, signal: AbortSignal): Promise<T>;
  breakerState(): BreakerState;
  /** `Retry-After` (s) of a 503 caused by this failure. */
  retryAfterSeconds(error: unknown): number;
}

export function createUpstreamCaller(options: UpstreamOptions): UpstreamCaller {
  const { logger, counters } = options;
  const r: ResilienceOptions = { ...DEFAULT_RESILIENCE, ...options.resilience };

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
      // The client logs the URLs it calls: partners' search terms must not reach the logs.
      logger: redactingLogger(logger),
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
  const breaker = circuitBreaker(faults, {
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
  const policy = wrap(retryPolicy, breaker);

  /** One upstream attempt, interpreted inside the policies so that an unusable answer counts as a failure. */
  async function attempt<T>(pathAndQuery: string, accept: string, interpret: (raw: RawResponse) => T, outer: AbortSignal): Promise<T> {
    let attemptSignal: AbortSignal | undefined;
    // Whether the deadline had fired when the client gave up (the policy aborts the signal on every return, so
    // it must be read at that moment, not afterwards: a 503 is not a timeout).
    let cancelledDuringCall = false;
    try {
      return await timeoutPolicy.execute(async ({ signal }) => {
        attemptSignal = signal;
        if (!started) counters.upstreamCalls++;
        let raw: RawResponse;
        try {
          raw = await client.fetchRaw(pathAndQuery, { signal, accept });
        } catch (error) {
          cancelledDuringCall = signal.aborted;
          throw error;
        }
        return interpret(raw);
      }, outer);
    } catch (error) {
      const timedOut = error instanceof TaskCancelledError || cancelledDuringCall;
      if (!timedOut || outer.aborted) throw error;
      if (started && attemptSignal && !started.has(attemptSignal)) throw new UpstreamQueueTimeoutError();
      throw new UpstreamFailureError(`ECLAIRE ne répond pas (délai de ${r.timeoutMs} ms dépassé).`);
    }
  }

  return {
    call(pathAndQuery, accept, interpret, signal) {
      return policy.execute(({ signal: inner }) => attempt(pathAndQuery, accept, interpret, inner), signal);
    },

    breakerState() {
      switch (breaker.state) {
        case CircuitState.Closed:
          return 'closed';
        case CircuitState.HalfOpen:
          return 'half-open';
        default:
          return 'open';
      }
    },

    retryAfterSeconds(error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        return Math.max(1, Math.ceil((openedAt + r.halfOpenAfterMs - Date.now()) / 1000));
      }
      const cause = error instanceof EclaireUnavailableError ? error.retryAfterMs : undefined;
      return cause !== undefined ? Math.max(1, Math.ceil(cause / 1000)) : DEFAULT_RETRY_AFTER_S;
    },
  };
}
