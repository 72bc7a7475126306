import PQueue from 'p-queue';

/**
 * One queue for every upstream call of the process (sync, proxy, study pages): ECLAIRE allows about one
 * call per 500 ms per client IP and no parallelism (CONTRACT §2.8), whoever makes the call.
 */
export interface RateLimiter {
  /** Runs `fn` when its turn comes: one call at a time, starts at least `minIntervalMs` apart. */
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Calls running now (0 or 1). */
  readonly pending: number;
  /** Calls waiting for their turn. */
  readonly size: number;
  minIntervalMs: number;
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

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? (() => performance.now());
  // p-queue's interval/intervalCap counts starts per window, which lets two calls start back to back across a
  // window edge; instead each slot waits out the rest of the interval since the previous start itself.
  const queue = new PQueue({ concurrency: 1 });
  let lastStart = Number.NEGATIVE_INFINITY;

  const limiter: RateLimiter = {
    minIntervalMs: Math.max(0, options.minIntervalMs),
    get pending() {
      return queue.pending;
    },
    get size() {
      return queue.size;
    },
    schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      if (signal?.aborted) return Promise.reject(getAbortReason(signal));
      return queue.add(
        async () => {
          await sleep(lastStart + limiter.minIntervalMs - now(), signal);
          lastStart = now();
          return fn();
        },
        { signal, throwOnTimeout: true },
      ) as Promise<T>;
    },
  };
  return limiter;
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
