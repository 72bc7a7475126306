import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/**
 * Pages rendered once per data version and served from memory (DESIGN.md § Scale), with a fresh CSP nonce in
 * every response. A page is rendered with a placeholder nonce (a random string known only to this process); each
 * response replaces every occurrence of the placeholder — in the `nonce="…"` attributes and in the
 * `Content-Security-Policy` header — with a fresh random nonce. The CSP stays as strict as before: per-response
 * nonces, `strict-dynamic`, no `'unsafe-inline'` for scripts. (The same technique lets a CDN cache pages and
 * inject nonces at its edge: docs/architecture.md.)
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
  get(key: string): CachedPage | undefined;
  set(key: string, page: CachedPage): void;
  readonly stats: { hits: number; misses: number; entries: number; bytes: number };
}

/** A nonce: 128 random bits, base64 (CSP `nonce-…` source). */
export function freshNonce(): string {
  return randomBytes(16).toString('base64');
}

export function createPageCache(opts: { maxBytes?: number } = {}): PageCache {
  // Letters only, so that it survives any escaping unchanged and cannot appear by chance.
  const placeholder = `phareNonce${randomBytes(12).toString('hex')}`;
  const entries = new LRUCache<string, CachedPage>({
    maxSize: opts.maxBytes ?? PAGE_CACHE_MAX_BYTES,
    sizeCalculation: (page, key) => key.length + page.body.length * 2 + 512,
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
      entries.set(key, page);
    },
    get stats() {
      return { ...counters, entries: entries.size, bytes: entries.calculatedSize };
    },
  };
}

/** A cached (or just rendered) page with its placeholder replaced by `nonce` everywhere. */
export function withNonce(page: CachedPage, placeholder: string, nonce: string): CachedPage {
  return {
    status: page.status,
    headers: page.headers.map(([name, value]) => [name, value.split(placeholder).join(nonce)]),
    body: page.body.split(placeholder).join(nonce),
  };
}
