/**
 * Security headers of Phare's pages (pure functions, used by `middleware.ts`). A strict CSP with a per-request
 * nonce, passed to Next.js through the request headers as in the Next.js CSP guide, so that Next puts the nonce
 * on its own scripts; `strict-dynamic` lets those scripts load the chunks they need.
 */

export type PathKind = 'page' | 'embed' | 'api' | 'asset';

/** What the middleware does for a path: pages and embeds get the CSP, the API its rate limit, assets nothing. */
export function classifyPath(pathname: string): PathKind {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/_next/') || pathname.startsWith('/tuiles-test/')) return 'asset';
  // Files of public/ and metadata routes (robots.txt, sitemap.xml, icons…) stay CDN-cacheable, without nonce.
  if (/\.[A-Za-z0-9]{1,8}$/.test(pathname)) return 'asset';
  if (pathname === '/embed' || pathname.startsWith('/embed/')) return 'embed';
  return 'page';
}

/** Origin of a tile URL template (`https://host/…/{z}/{x}/{y}.png`), or undefined if it is not http(s). */
export function tileOrigin(tileUrl: string | undefined): string | undefined {
  if (!tileUrl) return undefined;
  try {
    const url = new URL(tileUrl.replace(/\{[a-z]+\}/gi, '0'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps only well-formed http(s) origins: a CSP source list must not be injectable from configuration. */
export function sanitiseOrigins(origins: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of origins) {
    try {
      const url = new URL(raw);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !out.includes(url.origin)) out.push(url.origin);
    } catch {
      // ignored: not an origin
    }
  }
  return out;
}

export interface CspOptions {
  nonce: string;
  /** `next dev` needs 'unsafe-eval' (React's development build). */
  isDev: boolean;
  /** Origin of the map tiles, for `img-src`. */
  tileOrigin?: string;
  /** `frame-ancestors` sources: `[]` gives 'none'. */
  frameAncestors: string[];
}

export function buildContentSecurityPolicy(opts: CspOptions): string {
  const scriptSrc = ["'self'", `'nonce-${opts.nonce}'`, "'strict-dynamic'"];
  if (opts.isDev) scriptSrc.push("'unsafe-eval'");
  const imgSrc = ["'self'", 'data:', 'blob:'];
  if (opts.tileOrigin) imgSrc.push(opts.tileOrigin);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scriptSrc],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', imgSrc],
    ['connect-src', opts.isDev ? ["'self'", 'ws:', 'wss:'] : ["'self'"]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', opts.frameAncestors.length > 0 ? opts.frameAncestors : ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

export interface SecurityHeadersOptions {
  pathname: string;
  nonce: string;
  isDev: boolean;
  /** `PHARE_TILE_URL` */
  tileUrl?: string;
  /** `PHARE_EMBED_ORIGINS` */
  embedOrigins: readonly string[];
}

export interface SecurityHeaders {
  /** Added to the request seen by Next.js (`x-nonce`, `Content-Security-Policy`). */
  request: Record<string, string>;
  /** Added to the response. */
  response: Record<string, string>;
}

/** Headers every response of Phare may carry, whatever its kind (no nonce, no cache impact). */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
};

/**
 * CSP of every answer that is not a page — files of public/, robots.txt, sitemaps, Next's static chunks, the
 * test tiles, and the 404 page rendered for a missing file: nothing may run, load or frame it. Styles and images of
 * the site itself stay allowed so that such a 404 page is still readable (its scripts, without nonce, do not run).
 */
export const NON_PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers of answers the middleware leaves alone (`classifyPath` → 'asset'), set by `headers()` in next.config.mjs. */
export const NON_PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...BASE_SECURITY_HEADERS,
  'Content-Security-Policy': NON_PAGE_CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
};

/**
 * `source` patterns (path-to-regexp, as in next.config.mjs) of the answers that get `NON_PAGE_SECURITY_HEADERS`:
 * the same paths `classifyPath` calls assets, except `/api/*` (the middleware gives those their headers).
 */
export const NON_PAGE_HEADER_SOURCES: readonly string[] = [
  '/_next/:path*',
  '/tuiles-test/:path*',
  '/:path((?!api/|_next/|tuiles-test/).*\\.[A-Za-z0-9]{1,8})',
];

/** Headers of a page (or `/embed/*` page): CSP with nonce, and no framing except embeds by the configured origins. */
export function buildPageSecurityHeaders(opts: SecurityHeadersOptions): SecurityHeaders {
  const embed = classifyPath(opts.pathname) === 'embed';
  const csp = buildContentSecurityPolicy({
    nonce: opts.nonce,
    isDev: opts.isDev,
    tileOrigin: tileOrigin(opts.tileUrl),
    frameAncestors: embed ? ["'self'", ...sanitiseOrigins(opts.embedOrigins)] : [],
  });
  const response: Record<string, string> = { ...BASE_SECURITY_HEADERS, 'Content-Security-Policy': csp };
  if (!embed) response['X-Frame-Options'] = 'DENY';
  return { request: { 'x-nonce': opts.nonce, 'Content-Security-Policy': csp }, response };
}

/** 128 random bits, base64 (as in the Next.js CSP guide). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
