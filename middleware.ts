import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { BASE_SECURITY_HEADERS, buildPageSecurityHeaders, classifyPath, createNonce } from '@/lib/security/headers';
import { createApiRateLimiter, getClientKey, rateLimitedResponse, type ApiRateLimiter } from '@/lib/security/rate-limit';

/**
 * Per-client rate limit on `/api/*`, and security headers with a per-request CSP nonce on pages. Runs on the
 * Node.js runtime (Next 15.5). No cookie is ever set.
 */

/** Request header set for `/embed/*` pages (read by app/layout.tsx). */
const EMBED_HEADER = 'x-phare-embed';

const LIMITER_KEY = Symbol.for('phare.security.apiRateLimiter');

function getApiRateLimiter(): ApiRateLimiter {
  const holder = globalThis as typeof globalThis & { [LIMITER_KEY]?: ApiRateLimiter };
  holder[LIMITER_KEY] ??= createApiRateLimiter({ points: getEnv().PHARE_API_RATE_LIMIT, durationSeconds: 60 });
  return holder[LIMITER_KEY];
}

export async function middleware(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const kind = classifyPath(pathname);

  if (kind === 'asset') return NextResponse.next();

  if (kind === 'api') {
    const decision = await getApiRateLimiter().consume(getClientKey(request.headers));
    const response = decision.allowed ? NextResponse.next() : rateLimitedResponse(decision.retryAfterSeconds);
    // No nonce, no CSP: API answers keep their own, CDN-cacheable Cache-Control.
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  }

  const env = getEnv();
  const headers = buildPageSecurityHeaders({
    pathname,
    nonce: createNonce(),
    isDev: process.env.NODE_ENV === 'development',
    tileUrl: env.PHARE_TILE_URL,
    embedOrigins: env.PHARE_EMBED_ORIGINS,
  });
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers.request)) requestHeaders.set(name, value);
  // Tells the root layout to leave out the site chrome for iframe views; never trusted from the client.
  requestHeaders.delete(EMBED_HEADER);
  if (kind === 'embed') requestHeaders.set(EMBED_HEADER, '1');
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers.response)) response.headers.set(name, value);
  return response;
}

export const config = {
  runtime: 'nodejs',
  // Everything but Next's static files and image optimiser; finer choices in classifyPath.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
