import PQueue from 'p-queue';

/**
 * One queue for every upstream call of the process (sync, proxy, study pages): ECLAIRE allows about one
 * call per 500 ms per client IP and no parallelism (CONTRACT §2.8), whoever makes the call. Calls carry a
 * priority (`UPSTREAM_PRIORITY`): the sync first, then partners' proxy misses, then page lookups. A waiting call
 * of higher priority always starts first, and a running call marked `preemptible` (a page lookup) is aborted as
 * soon as a call of higher priority is waiting, so a low-priority call never holds up a higher one.
 */
export interface ScheduleOptions {
  signal?: AbortSignal;
  /** Higher runs first (UPSTREAM_PRIORITY). */
  priority?: number;
  /** Abort this call when a higher-priority call is waiting for its slot. */
  preemptible?: boolean;
}

export interface RateLimiter {
  /**
   * Runs `fn` when its turn comes: one call at a time, starts at least `minIntervalMs` apart. `fn` receives a
   * signal that aborts when the caller's signal does, or when the call is preempted.
   */
  schedule<T>(fn: (signal: AbortSignal) => Promise<T>, options?: AbortSignal | ScheduleOptions): Promise<T>;
  /** Calls running now (0 or 1). */
  readonly pending: number;
  /** Calls waiting for their turn. */
  readonly size: number;
  minIntervalMs: number;
}

export const UPSTREAM_PRIORITY = { lookup: 0, proxy: 1, sync: 2 } as const;

/** Raised in a preempted call: it gave way to a call of higher priority. */
export class PreemptedError extends Error {
  constructor() {
    super('Appel interrompu pour laisser passer un appel prioritaire.');
    this.name = 'PreemptedError';
  }
}

export interface RateLimiterOptions {
  minIntervalMs: number;
  /** For tests. */
  now?: () => number;
}

export function getAbortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(getAbortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(getAbortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function toOptions(options: AbortSignal | ScheduleOptions | undefined): ScheduleOptions {
  if (!options) return {};
  return options instanceof AbortSignal ? { signal: options } : options;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? (() => performance.now());
  // p-queue's interval/intervalCap counts starts per window, which lets two calls start back to back across a
  // window edge; instead each slot waits out the rest of the interval since the previous start itself.
  const queue = new PQueue({ concurrency: 1 });
  let lastStart = Number.NEGATIVE_INFINITY;
  /** The call holding the slot now, when it may give way. */
  let running: { priority: number; preempt: AbortController } | undefined;

  const limiter: RateLimiter = {
    minIntervalMs: Math.max(0, options.minIntervalMs),
    get pending() {
      return queue.pending;
    },
    get size() {
      return queue.size;
    },
    schedule<T>(fn: (signal: AbortSignal) => Promise<T>, raw?: AbortSignal | ScheduleOptions): Promise<T> {
      const { signal, priority = 0, preemptible = false } = toOptions(raw);
      if (signal?.aborted) return Promise.reject(getAbortReason(signal));
      if (running && running.priority < priority) running.preempt.abort(new PreemptedError());
      return queue.add(
        async () => {
          await sleep(lastStart + limiter.minIntervalMs - now(), signal);
          lastStart = now();
          const preempt = new AbortController();
          const combined = signal ? AbortSignal.any([signal, preempt.signal]) : preempt.signal;
          if (preemptible) running = { priority, preempt };
          try {
            return await fn(combined);
          } finally {
            if (running?.preempt === preempt) running = undefined;
          }
        },
        { signal, priority, throwOnTimeout: true },
      ) as Promise<T>;
    },
  };
  return limiter;
}

/**
 * The same limiter with another way to schedule: its queue, its counters and its spacing stay those of `inner`
 * (every wrapper of the shared limiter is still the one limiter).
 */
export function withSchedule(inner: RateLimiter, schedule: RateLimiter['schedule']): RateLimiter {
  return {
    get pending() {
      return inner.pending;
    },
    get size() {
      return inner.size;
    },
    get minIntervalMs() {
      return inner.minIntervalMs;
    },
    set minIntervalMs(ms: number) {
      inner.minIntervalMs = ms;
    },
    schedule,
  };
}

/** The same limiter, every call at one priority (the client of the sync, the proxy's, the lookups'). */
export function withPriority(limiter: RateLimiter, priority: number, preemptible = false): RateLimiter {
  return withSchedule(limiter, (fn, raw) => limiter.schedule(fn, { ...toOptions(raw), priority, preemptible }));
}

/** CONTRACT §2.8: design for at most one call per 500 ms. */
export const DEFAULT_MIN_INTERVAL_MS = 500;
const SHARED_KEY = Symbol.for('phare.eclaire.sharedRateLimiter');

/**
 * The process-wide limiter, kept on `globalThis` because Next.js may evaluate this module more than once
 * (route handlers, server components, instrumentation). Created at `minIntervalMs` (default 500 ms); a later
 * call with another interval updates it, a call without one leaves it as it is.
 */
export function getSharedRateLimiter(minIntervalMs?: number): RateLimiter {
  const holder = globalThis as typeof globalThis & { [SHARED_KEY]?: RateLimiter };
  let limiter = holder[SHARED_KEY];
  if (!limiter) {
    limiter = createRateLimiter({ minIntervalMs: minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS });
    holder[SHARED_KEY] = limiter;
  } else if (minIntervalMs !== undefined && limiter.minIntervalMs !== minIntervalMs) {
    limiter.minIntervalMs = Math.max(0, minIntervalMs);
  }
  return limiter;
}
