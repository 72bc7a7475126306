import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { preparePage, type PreparedPage } from './prepared-page';

/**
 * Pages rendered once per data version and served from memory (DESIGN.md § Scale), with a fresh CSP nonce in
 * every response. A page is rendered with a placeholder nonce (a random string known only to this process); each
 * response replaces every occurrence of the placeholder — in the `nonce="…"` attributes and in the
 * `Content-Security-Policy` header — with a fresh random nonce. The CSP stays as strict as before: per-response
 * nonces, `strict-dynamic`, no `'unsafe-inline'` for scripts. (The same technique lets a CDN cache pages and
 * inject nonces at its edge: docs/architecture.md.)
 *
 * Each page is kept cut at its placeholders, each piece compressed once (prepared-page.ts): a response costs a copy
 * and a checksum, not a compression.
 *
 * Keys name everything a page depends on: the host (origins in canonical links), the path and query, the data
 * version of the served file and the day in Paris (pages print today's date). Bounded by size.
 */

export const PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024;

export interface CachedPage {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface PageCache {
  /** The placeholder this process renders cached pages with. */
  readonly placeholder: string;
  get(key: string): PreparedPage | undefined;
  /** Prepares a page rendered with the placeholder, keeps it, and returns it. */
  set(key: string, page: CachedPage): PreparedPage;
  readonly stats: { hits: number; misses: number; entries: number; bytes: number };
}

/** Length of every nonce: 128 random bits in base64. */
export const NONCE_LENGTH = 24;

/** A nonce: 128 random bits, base64 (CSP `nonce-…` source), always NONCE_LENGTH characters. */
export function freshNonce(): string {
  return randomBytes(16).toString('base64');
}

export function createPageCache(opts: { maxBytes?: number } = {}): PageCache {
  // Letters only, so that it survives any escaping unchanged and cannot appear by chance.
  const placeholder = `phareNonce${randomBytes(12).toString('hex')}`;
  const entries = new LRUCache<string, PreparedPage>({
    maxSize: opts.maxBytes ?? PAGE_CACHE_MAX_BYTES,
    sizeCalculation: (page, key) => key.length + page.size + 512,
  });
  const counters = { hits: 0, misses: 0 };
  return {
    placeholder,
    get(key) {
      const page = entries.get(key);
      if (page) counters.hits++;
      else counters.misses++;
      return page;
    },
    set(key, page) {
      const prepared = preparePage(page, placeholder, NONCE_LENGTH);
      entries.set(key, prepared);
      return prepared;
    },
    get stats() {
      return { ...counters, entries: entries.size, bytes: entries.calculatedSize };
    },
  };
}

/** A page rendered with the placeholder (and not kept) with `nonce` in its place everywhere. */
export function withNonce(page: CachedPage, placeholder: string, nonce: string): CachedPage {
  return {
    status: page.status,
    headers: page.headers.map(([name, value]) => [name, value.split(placeholder).join(nonce)]),
    body: page.body.split(placeholder).join(nonce),
  };
}
