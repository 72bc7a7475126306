/**
 * Lifetimes and limits of the FHIR pass-through proxy, in one place (STYLE.md rule 4). ECLAIRE rebuilds its
 * data once a day, so one hour of freshness costs nothing in accuracy and a day of staleness is a fair
 * fallback when it is down.
 */

/** An upstream answer is served without revalidation for this long. */
export const FRESH_TTL_MS = 60 * 60 * 1000;
/** Past freshness, an answer may still be served (while revalidating, or when the upstream fails) this long. */
export const STALE_MAX_MS = 24 * 60 * 60 * 1000;
/** A permanent 400 of the upstream is remembered this long (the same bad query must not hammer ECLAIRE). */
export const BAD_REQUEST_TTL_MS = 10 * 60 * 1000;
/** Bytes of response bodies the shared cache may hold. */
export const CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** A single body larger than this is served but not cached. */
export const CACHE_MAX_ENTRY_BYTES = 8 * 1024 * 1024;

/** `Cache-Control` of fresh or just-fetched answers (CDN: 1 h, then a day of stale-while-revalidate). */
export const CACHE_CONTROL_FRESH = `public, s-maxage=${FRESH_TTL_MS / 1000}, stale-while-revalidate=${STALE_MAX_MS / 1000}`;
/** `Cache-Control` of stale answers: a CDN may keep them a minute only, so that recovery shows quickly. */
export const CACHE_CONTROL_STALE = `public, s-maxage=60, stale-while-revalidate=${STALE_MAX_MS / 1000}`;
/** `Cache-Control` of remembered 400s. */
export const CACHE_CONTROL_BAD_REQUEST = `public, s-maxage=${BAD_REQUEST_TTL_MS / 1000}`;
/** `Cache-Control` of errors that depend on the moment (503, fallbacks). */
export const CACHE_CONTROL_NONE = 'no-store';

/** Resilience of upstream calls (cockatiel policies). */
export const UPSTREAM_TIMEOUT_MS = 4_000;
export const UPSTREAM_MAX_RETRIES = 2;
export const UPSTREAM_BACKOFF_INITIAL_MS = 250;
export const UPSTREAM_BACKOFF_MAX_MS = 2_000;
export const BREAKER_THRESHOLD = 5;
export const BREAKER_HALF_OPEN_AFTER_MS = 30_000;
/** `Retry-After` of a 503 when nothing better is known. */
export const DEFAULT_RETRY_AFTER_S = 30;
