/** Resilience of the proxy's upstream calls (cockatiel policies). Lifetimes of its answers: lib/cache-control.ts. */
export const UPSTREAM_TIMEOUT_MS = 4_000;
export const UPSTREAM_MAX_RETRIES = 2;
export const UPSTREAM_BACKOFF_INITIAL_MS = 250;
export const UPSTREAM_BACKOFF_MAX_MS = 2_000;
export const BREAKER_THRESHOLD = 5;
export const BREAKER_HALF_OPEN_AFTER_MS = 30_000;
/** `Retry-After` of a 503 when nothing better is known. */
export const DEFAULT_RETRY_AFTER_S = 30;

export interface ResilienceOptions {
  timeoutMs: number;
  maxRetries: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  breakerThreshold: number;
  halfOpenAfterMs: number;
}

export const DEFAULT_RESILIENCE: Readonly<ResilienceOptions> = {
  timeoutMs: UPSTREAM_TIMEOUT_MS,
  maxRetries: UPSTREAM_MAX_RETRIES,
  backoffInitialMs: UPSTREAM_BACKOFF_INITIAL_MS,
  backoffMaxMs: UPSTREAM_BACKOFF_MAX_MS,
  breakerThreshold: BREAKER_THRESHOLD,
  halfOpenAfterMs: BREAKER_HALF_OPEN_AFTER_MS,
};
