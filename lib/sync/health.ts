import { getEnv } from '@/lib/env';
import { getActiveStore, getUpstreamStatus, type ActiveStore, type UpstreamStatus } from '@/lib/store/active';
import type { SyncProblem } from '@/lib/store/reads';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'starting';
  upstream: { reachable?: boolean; checkedAt?: string };
  lastSync: {
    at?: string;
    ageMinutes?: number;
    studies?: number;
    /** What the last crawl expected (ECLAIRE's total), when it knew it. */
    expected?: number;
    deleted?: number;
    guard?: string;
    problem?: SyncProblem;
  };
  studies: number;
  demo: boolean;
}

/**
 * `GET /api/health`. Ready once the served file holds studies from a completed crawl (or a loaded demo): a
 * first sync in progress already shows its pages, but tests and load balancers should wait for all of them.
 * Degraded: the deletion guard fired, the last crawl could not complete, the upstream was unreachable, or the
 * data is older than two periods. Cheap: state reads and a count kept per data version.
 */
export function buildHealthReport(opts: {
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
    ...(sync.lastRun?.expectedFrom === 'upstream' ? { expected: sync.lastRun.expected } : {}),
    deleted: sync.lastRun?.deleted,
    guard: sync.guard,
    ...(sync.problem ? { problem: sync.problem } : {}),
  };
  const ready = sync.studies > 0 && sync.lastSuccess !== undefined;
  const stale = opts.intervalMinutes > 0 && ageMinutes !== undefined && ageMinutes > 2 * opts.intervalMinutes;
  const unresolved = sync.problem !== undefined && !sync.problem.resolved;
  const degraded = sync.guard !== undefined || unresolved || opts.upstream?.reachable === false || stale;
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

/** The health of this process's data, per the environment. */
export function getHealthReport(): { report: HealthReport; ready: boolean } {
  const env = getEnv();
  return buildHealthReport({
    active: getActiveStore(),
    upstream: getUpstreamStatus(env.PHARE_DATA_DIR),
    intervalMinutes: env.PHARE_SYNC_INTERVAL_MINUTES,
  });
}
