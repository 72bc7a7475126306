/** Counters of the FHIR proxy, reported by `/api/health`. */

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface ProxyCounters {
  hits: number;
  misses: number;
  stale: number;
  upstreamCalls: number;
}

export interface ProxyStats extends ProxyCounters {
  entries: number;
  breaker: BreakerState;
}

export function createCounters(): ProxyCounters {
  return { hits: 0, misses: 0, stale: 0, upstreamCalls: 0 };
}
