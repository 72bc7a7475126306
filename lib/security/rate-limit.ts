import {
  RateLimiterCluster,
  RateLimiterClusterMaster,
  RateLimiterMemory,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { isClusterWorker } from '@/lib/cluster-rpc';

/**
 * Per-client budgets, counted for the whole machine: in a cluster the counts live in the primary process
 * (rate-limiter-flexible's cluster mode, over the workers' IPC channel), so a client cannot get N workers' worth
 * of requests. Used by the front door (lib/server/front-door.ts) before a request reaches Next.js: `/api/*`
 * (except `/api/health`), and the pages that run uncached searches.
 */

export const RATE_LIMIT_MESSAGE = 'Trop de requêtes. Merci de patienter quelques secondes.';
export const DEFAULT_RATE_LIMIT_WINDOW_S = 60;

export type RateLimitDecision =
  | { allowed: true; limit: number; remaining: number }
  | { allowed: false; limit: number; retryAfterSeconds: number };

export interface RequestBudget {
  readonly points: number;
  consume(key: string): Promise<RateLimitDecision>;
}

/** In the primary process of a cluster: holds every worker's counters (once, before forking). */
export function startBudgetsInPrimary(): void {
  new RateLimiterClusterMaster();
}

/** `points` requests per `durationSeconds` per key; `name` tells budgets apart in the cluster. */
export function createRequestBudget(opts: { name: string; points: number; durationSeconds?: number }): RequestBudget {
  const points = Math.max(1, Math.floor(opts.points));
  const duration = opts.durationSeconds ?? DEFAULT_RATE_LIMIT_WINDOW_S;
  const limiter: RateLimiterAbstract = isClusterWorker()
    ? new RateLimiterCluster({ keyPrefix: opts.name, points, duration, timeoutMs: 2_000 })
    : new RateLimiterMemory({ keyPrefix: opts.name, points, duration });
  return {
    points,
    async consume(key) {
      try {
        const res = await limiter.consume(key, 1);
        return { allowed: true, limit: points, remaining: res.remainingPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, limit: points, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        // The primary did not answer in time: let the request through rather than refuse everyone.
        console.warn(`[limite] Compteur indisponible : ${(rejection as Error)?.message ?? rejection}`);
        return { allowed: true, limit: points, remaining: 0 };
      }
    },
  };
}
