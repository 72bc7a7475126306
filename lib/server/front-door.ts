import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { FHIR_CONTENT_TYPE, outcomeBody } from '@/lib/proxy/answers';
import { RATE_LIMIT_MESSAGE, type RequestBudget } from '@/lib/security/rate-limit';
import { clientAddress } from '@/lib/security/client-address';
import { requestOrigin } from '@/lib/study/public-url';
import { stripFrozenParts } from './frozen-parts';
import { freshNonce, withNonce, type CachedPage, type PageCache } from './page-cache';
import { RENDER_ID_HEADER, takePageStatus } from './page-status';
import { GZIP_LEVEL, preparedBody, preparedGzip, preparedHeaders, type PreparedPage } from './prepared-page';

/**
 * What every request meets before Next.js, in each server worker (scripts/server.ts):
 * 1. the client's address, from the socket (or the trusted proxies' `X-Forwarded-For`: `PHARE_TRUSTED_PROXIES`);
 * 2. `/api/health`, answered at once (load balancers poll it);
 * 3. per-client budgets, counted for the whole machine: `/api/*`, and the pages that run searches
 *    (`/recherche`, `/recherche/flux`, `/embed/*`) when they are not served from the page cache;
 * 4. the page cache: a page is rendered once per data version and served from memory with a fresh nonce; parts of
 *    a page that nothing makes interactive are sent once, as HTML, not again in its flight data (frozen-parts.ts);
 *    a page may ask for another status than 200 (page-status.ts), and is then not cached;
 * 5. a method other than GET and HEAD is answered 405 (after the API's budget): everything Phare serves is only read;
 * 6. everything else goes to Next.js as it came.
 * Headers a client could use to pass as the front door (`x-phare-*`) are removed from every request.
 */

export interface RenderedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface FrontDoorOptions {
  /** Next.js's own handler, for what is not cached. */
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => unknown;
  /** Renders a page through Next.js with the given extra request headers, uncompressed (lib/server/render.ts). */
  render: (req: http.IncomingMessage, extraHeaders: Record<string, string>) => Promise<RenderedResponse>;
  cache: PageCache;
  /** Shared with the middleware, which then uses the cache's placeholder as the page's nonce. */
  secret: string;
  trustedProxies: number;
  budgets: { api: RequestBudget; pages: RequestBudget };
  /** What the served data is now (data version of the active store), or undefined while there is none. */
  dataKey: () => string | undefined;
  health: (url: URL) => Promise<{ status: number; headers: Record<string, string>; body: string }>;
  /** Today in Paris (pages print it). */
  today?: () => string;
  /** PHARE_PUBLIC_URL, when set. */
  publicUrl?: string;
}

function headerValue(req: http.IncomingMessage, name: string): string | null {
  const v = req.headers[name.toLowerCase()];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

const INTERNAL_HEADER = /^x-phare-/i;
/**
 * User-Agent of the renders the page cache keeps. One render is served to every visitor, so it must not depend on
 * who asked first: Next.js puts metadata (title, description) in <head> only for a User-Agent that matches
 * next.config.mjs's `htmlLimitedBots`, and streams it into <body> for a request without one.
 */
export const RENDER_USER_AGENT = 'Phare (rendu du cache de pages)';

/** The headers of a render for the page cache: the secret shared with middleware.ts, the placeholder nonce, its user agent. */
export function cacheRenderHeaders(secret: string, placeholder: string): Record<string, string> {
  return { 'x-phare-front-door': secret, 'x-phare-nonce': placeholder, 'user-agent': RENDER_USER_AGENT };
}
const SEARCH_PAGES = /^\/(?:recherche(?:\/flux)?|embed\/.*)$/;
const CACHEABLE_TYPES = /^(?:text\/html|application\/atom\+xml)/i;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'upgrade']);

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

type Kind = 'health' | 'api' | 'page' | 'other' | 'method';

/** Everything Phare serves is only read (no server actions, no writes): Next.js would render a page for a POST. */
function isRead(req: http.IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

function classify(req: http.IncomingMessage, path: string): Kind {
  if (path === '/api/health') return 'health';
  if (path === '/api' || path.startsWith('/api/')) return 'api';
  if (!isRead(req)) return 'method';
  if (path.startsWith('/_next/') || /\.[A-Za-z0-9]{1,8}$/.test(path)) return 'other';
  return 'page';
}

/** Client-side navigations and prefetches ask for React Server Component payloads: not documents. */
function isDocumentRequest(req: http.IncomingMessage, url: URL): boolean {
  return !req.headers.rsc && !req.headers['next-router-prefetch'] && !url.searchParams.has('_rsc');
}

/** Adds a field to a Vary header without dropping what the page already varies on (Host, for the feed). */
export function withVary(existing: string | string[] | undefined, field: string): string {
  const fields = (Array.isArray(existing) ? existing.join(',') : existing ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.some((f) => f === '*' || f.toLowerCase() === field.toLowerCase())) return fields.join(', ');
  return [...fields, field].join(', ');
}

/** Pages under this size go out uncompressed: gzip would save next to nothing. */
const MIN_GZIP_BYTES = 1024;

function acceptsGzip(req: http.IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/** Writes an answer: its headers (hop-by-hop ones dropped, `extra` added) and its body, raw or compressed. */
function write(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  answer: { status: number; headers: [string, string][] },
  body: { raw: () => Buffer | string; gzip: (() => Buffer) | undefined },
  extra: Record<string, string>,
): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of answer.headers) {
    if (HOP_BY_HOP.has(name)) continue;
    const existing = headers[name];
    headers[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  Object.assign(headers, extra);
  let payload: Buffer | string;
  if (body.gzip && acceptsGzip(req)) {
    payload = body.gzip();
    headers['content-encoding'] = 'gzip';
    headers.vary = withVary(headers.vary, 'Accept-Encoding');
  } else {
    payload = body.raw();
  }
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function send(req: http.IncomingMessage, res: http.ServerResponse, page: CachedPage, extra: Record<string, string> = {}): void {
  const compress = page.body.length > MIN_GZIP_BYTES;
  write(req, res, page, { raw: () => page.body, gzip: compress ? () => gzipSync(page.body, { level: GZIP_LEVEL }) : undefined }, extra);
}

/** A cached page with a fresh nonce: its pieces were compressed once, when it was rendered (prepared-page.ts). */
function sendPrepared(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  page: PreparedPage,
  placeholder: string,
  extra: Record<string, string>,
): void {
  const nonce = freshNonce();
  const compress = page.bodyLength > MIN_GZIP_BYTES;
  write(
    req,
    res,
    { status: page.status, headers: preparedHeaders(page, placeholder, nonce) },
    { raw: () => preparedBody(page, nonce), gzip: compress ? () => preparedGzip(page, nonce) : undefined },
    extra,
  );
}

const METHOD_MESSAGE = 'Cette adresse se consulte seulement (GET ou HEAD).';

/** 405 in the form the path speaks: a FHIR OperationOutcome, the API's JSON error, or text for pages and files. */
function methodNotAllowed(req: http.IncomingMessage, res: http.ServerResponse, path: string): void {
  const [type, body] = path.startsWith('/api/fhir/')
    ? [FHIR_CONTENT_TYPE, outcomeBody(METHOD_MESSAGE, 'not-supported')]
    : path.startsWith('/api/')
      ? ['application/json; charset=utf-8', JSON.stringify({ error: METHOD_MESSAGE })]
      : ['text/plain; charset=utf-8', METHOD_MESSAGE];
  send(req, res, {
    status: 405,
    headers: [
      ['content-type', type],
      ['allow', 'GET, HEAD'],
      ['cache-control', 'no-store'],
      ['x-content-type-options', 'nosniff'],
    ],
    body,
  });
}

function tooMany(req: http.IncomingMessage, res: http.ServerResponse, retryAfterSeconds: number, json: boolean): void {
  const body = json
    ? JSON.stringify({ error: RATE_LIMIT_MESSAGE })
    : `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Trop de requêtes — Phare</title><h1>Trop de requêtes</h1><p>${RATE_LIMIT_MESSAGE}</p></html>`;
  send(req, res, {
    status: 429,
    headers: [
      ['content-type', json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8'],
      ['retry-after', String(retryAfterSeconds)],
      ['cache-control', 'no-store'],
      ['x-content-type-options', 'nosniff'],
    ],
    body,
  });
}

export function createFrontDoor(opts: FrontDoorOptions): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const today = opts.today ?? (() => PARIS_DAY.format(new Date()));

  async function servePage(req: http.IncomingMessage, res: http.ServerResponse, url: URL, client: string): Promise<void> {
    const data = opts.dataKey();
    // Pages name their public origin (canonical links, JSON-LD, QR codes): the key holds it, as requestOrigin
    // computes it, so that a forged Host is cached only under its own name and never served to anyone else.
    const origin = requestOrigin(opts.publicUrl, { get: (n) => headerValue(req, n) }, opts.trustedProxies);
    const key = data ? `${origin}|${url.pathname}${url.search}|${data}|${today()}` : undefined;
    const cached = key ? opts.cache.get(key) : undefined;
    if (cached) return sendPrepared(req, res, cached, opts.cache.placeholder, { 'x-phare-cache': 'hit' });
    if (SEARCH_PAGES.test(url.pathname)) {
      const decision = await opts.budgets.pages.consume(client);
      if (!decision.allowed) return tooMany(req, res, decision.retryAfterSeconds, false);
    }
    let rendered: RenderedResponse;
    const renderId = randomUUID();
    try {
      rendered = await opts.render(req, { ...cacheRenderHeaders(opts.secret, opts.cache.placeholder), [RENDER_ID_HEADER]: renderId });
    } catch (error) {
      // The internal render failed (not the page): let Next.js answer this one as it would without the cache.
      console.error('[porte] Rendu pour le cache impossible', error);
      takePageStatus(renderId);
      return void opts.handle(req, res);
    }
    // A page that cannot answer 200 (a search with a bad parameter, data still loading) or 404 (a study that cannot
    // be looked up for now) said so (page-status.ts). Redirects and server errors stay as they are.
    const asked = takePageStatus(renderId);
    if (asked && (rendered.status === 200 || rendered.status === 404)) {
      const headers = rendered.headers.filter(([name]) => name !== 'retry-after');
      if (asked === 503) headers.push(['retry-after', '60']);
      rendered = { ...rendered, status: asked, headers };
    }
    const type = rendered.headers.find(([n]) => n === 'content-type')?.[1] ?? '';
    // Parts of the page that nothing makes interactive are sent once, as HTML (frozen-parts.ts).
    if (/^text\/html/i.test(type)) rendered = { ...rendered, body: stripFrozenParts(rendered.body).html };
    // Only complete, successful documents: a 404 may be temporary (ECLAIRE unreachable), a 5xx always is.
    if (key && rendered.status === 200 && CACHEABLE_TYPES.test(type)) {
      return sendPrepared(req, res, opts.cache.set(key, rendered), opts.cache.placeholder, { 'x-phare-cache': 'miss' });
    }
    send(req, res, withNonce(rendered, opts.cache.placeholder, freshNonce()), { 'x-phare-cache': key ? 'miss' : 'none' });
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    for (const name of Object.keys(req.headers)) if (INTERNAL_HEADER.test(name)) delete req.headers[name];
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://phare.invalid');
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Adresse invalide.');
      return;
    }
    const client = clientAddress({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers['x-forwarded-for'],
      trustedProxies: opts.trustedProxies,
    });
    const kind = classify(req, url.pathname);
    if (kind === 'health') {
      const answer = await opts.health(url);
      return send(req, res, { status: answer.status, headers: Object.entries(answer.headers), body: answer.body });
    }
    if (kind === 'api') {
      const decision = await opts.budgets.api.consume(client);
      if (!decision.allowed) return tooMany(req, res, decision.retryAfterSeconds, true);
      res.setHeader('x-ratelimit-limit', String(decision.limit));
      res.setHeader('x-ratelimit-remaining', String(decision.remaining));
      if (!isRead(req)) return methodNotAllowed(req, res, url.pathname);
      return void opts.handle(req, res);
    }
    if (kind === 'method') return methodNotAllowed(req, res, url.pathname);
    if (kind === 'page' && isDocumentRequest(req, url)) return servePage(req, res, url, client);
    return void opts.handle(req, res);
  }

  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[porte] Requête en échec', error);
      if (!res.headersSent) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' });
        res.end('Le service est momentanément indisponible. Réessayez dans quelques secondes.');
      } else {
        res.destroy();
      }
    });
  };
}
