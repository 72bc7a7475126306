// Deep imports: the package's index lazily requires every backend (Drizzle, Mongo…), which the middleware bundler
// cannot follow; the in-memory limiter is all Phare needs.
import type { RateLimiterMemory as RateLimiterMemoryType, RateLimiterRes as RateLimiterResType } from 'rate-limiter-flexible';
import RateLimiterMemoryImpl from 'rate-limiter-flexible/lib/RateLimiterMemory';
import RateLimiterResImpl from 'rate-limiter-flexible/lib/RateLimiterRes';

const RateLimiterMemory = RateLimiterMemoryImpl as unknown as typeof RateLimiterMemoryType;
type RateLimiterMemory = RateLimiterMemoryType;
const RateLimiterRes = RateLimiterResImpl as unknown as typeof RateLimiterResType;
type RateLimiterRes = RateLimiterResType;

/**
 * Per-client limit on `/api/*` (used by `middleware.ts`): `points` requests per `durationSeconds` per key, in
 * memory (each instance counts its own clients, like everything else per instance in DESIGN.md § Scale).
 */

export const RATE_LIMIT_MESSAGE = 'Trop de requêtes. Merci de patienter quelques secondes.';
export const DEFAULT_RATE_LIMIT_WINDOW_S = 60;

export type RateLimitDecision =
  | { allowed: true; limit: number; remaining: number }
  | { allowed: false; limit: number; retryAfterSeconds: number };

export interface ApiRateLimiter {
  readonly points: number;
  consume(key: string): Promise<RateLimitDecision>;
}

export function createApiRateLimiter(opts: { points: number; durationSeconds?: number }): ApiRateLimiter {
  const points = Math.max(1, Math.floor(opts.points));
  const limiter = new RateLimiterMemory({ points, duration: opts.durationSeconds ?? DEFAULT_RATE_LIMIT_WINDOW_S });
  return {
    points,
    async consume(key) {
      try {
        const res = await limiter.consume(key, 1);
        return { allowed: true, limit: points, remaining: res.remainingPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return {
            allowed: false,
            limit: points,
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          };
        }
        throw rejection;
      }
    },
  };
}

/**
 * The client's key: the first hop of `x-forwarded-for` (set by Next's server from the socket when absent, or
 * by the CDN/proxy in front), else `local`. Bounded and printable, so that a forged header cannot grow memory
 * per request beyond one short key.
 */
export function getClientKey(headers: Headers): string {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  if (!first) return 'local';
  const clean = first.replace(/[^0-9A-Za-z.:[\]_-]/g, '').slice(0, 64);
  return clean || 'local';
}

/** 429 JSON in French with `Retry-After`, never cached. */
export function rateLimitedResponse(retryAfterSeconds: number): Response {
  return new Response(JSON.stringify({ error: RATE_LIMIT_MESSAGE }), {
    status: 429,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': String(retryAfterSeconds),
      'cache-control': 'no-store',
    },
  });
}
