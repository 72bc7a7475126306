import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { BASE_SECURITY_HEADERS, buildPageSecurityHeaders, classifyPath, createNonce } from '@/lib/security/headers';

/**
 * Security headers with a per-response CSP nonce on pages (Node.js runtime, Next 15.5). No cookie is ever set.
 * Per-client rate limits and the page cache are in the front door (lib/server/front-door.ts), before Next.js.
 *
 * The nonce: a fresh random one per request, except when the front door renders a page for its cache. It then
 * sends the nonce to use (a placeholder it replaces with a fresh nonce in every response it serves) together with
 * the secret it shares with this process; a client cannot set either (the front door strips `x-phare-*`).
 */

/** Request headers read by app/ (set here, never trusted from the client). */
const EMBED_HEADER = 'x-phare-embed';
const PATH_HEADER = 'x-phare-pathname';
const FRONT_DOOR_SECRET_HEADER = 'x-phare-front-door';
const FRONT_DOOR_NONCE_HEADER = 'x-phare-nonce';

function nonceFor(request: NextRequest): string {
  const secret = process.env.PHARE_FRONT_DOOR_SECRET;
  const given = request.headers.get(FRONT_DOOR_NONCE_HEADER);
  if (secret && given && request.headers.get(FRONT_DOOR_SECRET_HEADER) === secret && /^[A-Za-z0-9+/=_-]{16,64}$/.test(given)) {
    return given;
  }
  return createNonce();
}

export function middleware(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  const kind = classifyPath(pathname);

  if (kind === 'asset') return NextResponse.next();

  if (kind === 'api') {
    // No nonce, no CSP: API answers keep their own, CDN-cacheable Cache-Control.
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  }

  const env = getEnv();
  const headers = buildPageSecurityHeaders({
    pathname,
    nonce: nonceFor(request),
    isDev: process.env.NODE_ENV === 'development',
    tileUrl: env.PHARE_TILE_URL,
    embedOrigins: env.PHARE_EMBED_ORIGINS,
  });
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers.request)) requestHeaders.set(name, value);
  for (const name of [EMBED_HEADER, PATH_HEADER, FRONT_DOOR_SECRET_HEADER, FRONT_DOOR_NONCE_HEADER]) requestHeaders.delete(name);
  // Tells the root layout to leave out the site chrome for iframe views.
  if (kind === 'embed') requestHeaders.set(EMBED_HEADER, '1');
  // Lets a not-found page say why (the study's id is in the path).
  requestHeaders.set(PATH_HEADER, pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers.response)) response.headers.set(name, value);
  return response;
}

export const config = {
  runtime: 'nodejs',
  // Everything but Next's static files and image optimiser; finer choices in classifyPath.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
