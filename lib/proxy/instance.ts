import { callPrimary, handleInPrimary } from '@/lib/cluster-rpc';
import { getSharedRateLimiter, UPSTREAM_PRIORITY, withPriority } from '@/lib/eclaire/rate-limiter';
import { getEnv } from '@/lib/env';
import { processSingleton } from '@/lib/process-singleton';
import { getActiveStore } from '@/lib/store/active';
import { createFhirProxy, type FhirProxy, type ProxyAnswer, type ProxyRequestInfo, type ProxyStats } from './fhir-proxy';

/**
 * The machine's FHIR proxy (entry points: the `/api/fhir` route handlers and `/api/health`). Its cache, its
 * coalescing of identical misses, its breaker and its counters must be one per machine, and its upstream calls
 * must wait in the one upstream queue: in a cluster it lives in the primary process and workers reach it over
 * IPC (lib/cluster-rpc.ts); alone, a process holds it itself.
 */

function localProxy(): FhirProxy {
  return processSingleton('proxy.fhir', () => {
    const env = getEnv();
    return createFhirProxy({
      baseUrl: env.ECLAIRE_BASE_URL,
      // Partners' misses wait behind the sync, before page lookups.
      limiter: withPriority(getSharedRateLimiter(env.ECLAIRE_MIN_INTERVAL_MS), UPSTREAM_PRIORITY.proxy),
      publicBase: env.PHARE_PUBLIC_URL ? `${env.PHARE_PUBLIC_URL.replace(/\/+$/, '')}/api/fhir` : '/api/fhir',
      getRaw: (id) => {
        const active = getActiveStore();
        // An empty or unreadable mirror cannot say that a study does not exist.
        if (!active || !active.store.hasStudies()) return null;
        return active.store.getRawStudy(id);
      },
    });
  });
}

handleInPrimary('fhir.search', (p) => {
  const { rawQuery, info } = p as { rawQuery: string; info?: ProxyRequestInfo };
  return localProxy().search(rawQuery, info);
});
handleInPrimary('fhir.read', (p) => {
  const { id, info } = p as { id: string; info?: ProxyRequestInfo };
  return localProxy().read(id, info);
});
handleInPrimary('fhir.stats', () => localProxy().stats());

export interface SharedFhirProxy {
  search(rawQuery: string, info?: ProxyRequestInfo): Promise<ProxyAnswer>;
  read(id: string, info?: ProxyRequestInfo): Promise<ProxyAnswer>;
}

/** The proxy as route handlers use it, wherever it lives. */
export function getFhirProxy(): SharedFhirProxy {
  return {
    search: (rawQuery, info) => callPrimary<ProxyAnswer>('fhir.search', { rawQuery, info }),
    read: (id, info) => callPrimary<ProxyAnswer>('fhir.read', { id, info }),
  };
}

/** For `/api/health`. */
export function getProxyStats(): Promise<ProxyStats> {
  return callPrimary<ProxyStats>('fhir.stats', {}, { timeoutMs: 2_000 });
}
