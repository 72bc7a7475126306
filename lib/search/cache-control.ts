/**
 * Lifetimes of the search API's answers, in one place (STYLE.md rule 4). The mirror changes at most twice a
 * day, so a CDN may keep an answer five minutes and serve it stale for an hour while it refreshes.
 */
export const API_FRESH_SECONDS = 300;
export const API_STALE_SECONDS = 3600;
export const API_CACHE_CONTROL = `public, s-maxage=${API_FRESH_SECONDS}, stale-while-revalidate=${API_STALE_SECONDS}`;

/** An unknown study may appear at the next sync: cache its 404 briefly only. */
export const NOT_FOUND_CACHE_CONTROL = 'public, s-maxage=60';

/** Errors and "not ready yet" are never cached. */
export const NO_STORE = 'no-store';

/** Retry-After of the 503 answered while the first sync fills the mirror. */
export const NOT_READY_RETRY_AFTER_SECONDS = 60;
