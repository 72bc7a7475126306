import { getSharedRateLimiter } from '@/lib/eclaire/rate-limiter';
import { getEnv } from '@/lib/env';
import { getActiveStore } from '@/lib/store/active';
import { createFhirProxy, type FhirProxy, type ProxyStats } from './fhir-proxy';

/**
 * The process's FHIR proxy, configured from the environment (entry points: the `/api/fhir` route handlers and
 * `/api/health`). Kept on `globalThis`: Next.js may evaluate this module more than once, and the cache, the
 * breaker and the counters must be one per process.
 */

const PROXY_KEY = Symbol.for('phare.proxy.fhir');

export function getFhirProxy(): FhirProxy {
  const holder = globalThis as typeof globalThis & { [PROXY_KEY]?: FhirProxy };
  if (!holder[PROXY_KEY]) {
    const env = getEnv();
    holder[PROXY_KEY] = createFhirProxy({
      baseUrl: env.ECLAIRE_BASE_URL,
      limiter: getSharedRateLimiter(env.ECLAIRE_MIN_INTERVAL_MS),
      publicBase: env.PHARE_PUBLIC_URL ? `${env.PHARE_PUBLIC_URL.replace(/\/+$/, '')}/api/fhir` : '/api/fhir',
      getRaw: (id) => {
        const active = getActiveStore();
        // An empty or unreadable mirror cannot say that a study does not exist.
        if (!active || !active.store.hasStudies()) return null;
        return active.store.getRawStudy(id);
      },
    });
  }
  return holder[PROXY_KEY];
}

/** For `/api/health`. */
export function getProxyStats(): ProxyStats {
  return getFhirProxy().stats();
}
