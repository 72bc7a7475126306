import type { ActiveStore, UpstreamStatus } from './data-source';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'starting';
  upstream: { reachable?: boolean; checkedAt?: string };
  lastSync: { at?: string; ageMinutes?: number; studies?: number; deleted?: number; guard?: string };
  studies: number;
  demo: boolean;
}

/**
 * `GET /api/health`. Ready once the served file holds studies from a completed crawl (or a loaded demo): a
 * first sync in progress already shows its pages, but tests and load balancers should wait for all of them.
 * Degraded: the deletion guard fired, the upstream was unreachable, or the data is older than two periods.
 */
export function getHealthReport(opts: {
  active: ActiveStore | undefined;
  upstream?: UpstreamStatus;
  intervalMinutes: number;
  now?: number;
}): { report: HealthReport; ready: boolean } {
  const upstream = opts.upstream ? { reachable: opts.upstream.reachable, checkedAt: opts.upstream.checkedAt } : {};
  if (!opts.active) {
    return { ready: false, report: { status: 'starting', upstream, lastSync: {}, studies: 0, demo: false } };
  }
  const sync = opts.active.store.getSyncStatus();
  const now = opts.now ?? Date.now();
  const ageMinutes = sync.lastSuccess ? Math.floor((now - Date.parse(sync.lastSuccess)) / 60_000) : undefined;
  const lastSync: HealthReport['lastSync'] = {
    at: sync.lastSuccess,
    ageMinutes,
    studies: sync.lastRun?.seen,
    deleted: sync.lastRun?.deleted,
    guard: sync.guard,
  };
  const ready = sync.studies > 0 && sync.lastSuccess !== undefined;
  const stale = opts.intervalMinutes > 0 && ageMinutes !== undefined && ageMinutes > 2 * opts.intervalMinutes;
  const degraded = sync.guard !== undefined || opts.upstream?.reachable === false || stale;
  return {
    ready,
    report: {
      status: !ready ? 'starting' : degraded ? 'degraded' : 'ok',
      upstream,
      lastSync,
      studies: sync.studies,
      demo: opts.active.demo,
    },
  };
}
