/**
 * Every lifetime of Phare's answers, and the `Cache-Control` headers made from them, in one place (STYLE.md
 * rule 4). Caching is decided where a response is made (route handlers, pages, the FHIR proxy), always with
 * these names.
 */

const DAY_SECONDS = 24 * 60 * 60;

// ---------- never stored ----------

/** Errors, answers that depend on the moment (503, rate limits), health. */
export const NO_STORE = 'no-store';

// ---------- the search API, feeds and sitemaps (read from the mirror) ----------

/** The mirror changes at most twice a day: a CDN may keep an answer five minutes, then serve it stale an hour. */
export const API_FRESH_SECONDS = 300;
export const API_STALE_SECONDS = 3600;
export const API_CACHE_CONTROL = `public, s-maxage=${API_FRESH_SECONDS}, stale-while-revalidate=${API_STALE_SECONDS}`;

/** An unknown study may appear at the next sync: its 404 is cached briefly only. */
export const NOT_FOUND_CACHE_CONTROL = 'public, s-maxage=60';

/** Retry-After of the 503 answered while the first sync fills the mirror. */
export const NOT_READY_RETRY_AFTER_SECONDS = 60;

/** Sitemaps: an hour at the CDN. */
export const SITEMAP_CACHE_CONTROL = 'public, s-maxage=3600';

/** Place suggestions come from a gazetteer that changes with releases only. */
export const GAZETTEER_CACHE_CONTROL = `public, s-maxage=${DAY_SECONDS}`;

// ---------- the FHIR pass-through proxy (ECLAIRE rebuilds its data once a day) ----------

/** An upstream answer is served without revalidation for this long. */
export const FHIR_FRESH_TTL_MS = 60 * 60 * 1000;
/** Past freshness, an answer may still be served (while revalidating, or when the upstream fails) this long. */
export const FHIR_STALE_MAX_MS = DAY_SECONDS * 1000;
/** A permanent 400 of the upstream is remembered this long (the same bad query must not hammer ECLAIRE). */
export const FHIR_BAD_REQUEST_TTL_MS = 10 * 60 * 1000;
/** Bytes of response bodies the proxy's shared cache may hold. */
export const FHIR_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** A single body larger than this is served but not cached. */
export const FHIR_CACHE_MAX_ENTRY_BYTES = 8 * 1024 * 1024;

/** Fresh or just-fetched FHIR answers (CDN: 1 h, then a day of stale-while-revalidate). */
export const FHIR_CACHE_CONTROL_FRESH = `public, s-maxage=${FHIR_FRESH_TTL_MS / 1000}, stale-while-revalidate=${FHIR_STALE_MAX_MS / 1000}`;
/** Stale FHIR answers: a CDN may keep them a minute only, so that recovery shows quickly. */
export const FHIR_CACHE_CONTROL_STALE = `public, s-maxage=60, stale-while-revalidate=${FHIR_STALE_MAX_MS / 1000}`;
/** Remembered upstream 400s. */
export const FHIR_CACHE_CONTROL_BAD_REQUEST = `public, s-maxage=${FHIR_BAD_REQUEST_TTL_MS / 1000}`;
/** Routes of the FHIR API that do not exist: an hour at the CDN. */
export const FHIR_UNSUPPORTED_CACHE_CONTROL = 'public, s-maxage=3600';
