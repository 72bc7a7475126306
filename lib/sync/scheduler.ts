import { getDataSourceConfigFromEnv, runDataCycle, type CycleOutcome, type DataSourceConfig } from './data-source';
import { nextSyncTime } from './schedule';

export interface Scheduler {
  /** One cycle now, unless one is running (then resolves to undefined). Never rejects. */
  runCycle(opts?: { force?: boolean }): Promise<CycleOutcome | undefined>;
  start(): void;
  stop(): void;
  readonly busy: boolean;
  /** When the next periodic sync is due (undefined when stopped or periodic syncs are off). */
  readonly nextRun: Date | undefined;
}

export interface SchedulerOptions {
  /** For tests: the cycle to run (defaults to `runDataCycle(config, …)`) and the clock. */
  run?: (opts: { force?: boolean }) => Promise<CycleOutcome>;
  now?: () => Date;
}

const UNREACHABLE_RETRY_MINUTES = 15;

/**
 * Runs the data source at start (sync an empty or stale mirror, or load the demo), then at fixed local times
 * (lib/sync/schedule.ts: 08:00 and 20:00 Paris with the default period, never during ECLAIRE's nightly
 * import). Fire-and-forget: never blocks a request, never lets an error escape, never runs two cycles at once
 * in this process (the store's sync lock covers other processes, e.g. `npm run sync`).
 */
export function createScheduler(config: DataSourceConfig, options: SchedulerOptions = {}): Scheduler {
  const run = options.run ?? ((opts) => runDataCycle(config, opts));
  const now = options.now ?? (() => new Date());
  let busy = false;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let nextRun: Date | undefined;

  function armNext(): void {
    if (!started || config.intervalMinutes <= 0) return;
    if (timer) clearTimeout(timer);
    nextRun = nextSyncTime(now(), config.intervalMinutes);
    timer = setTimeout(() => {
      timer = undefined;
      void runCycle({ force: true }).finally(armNext);
    }, Math.max(0, nextRun.getTime() - now().getTime()));
    timer.unref();
  }

  /** Upstream down: try again sooner than the next slot, so that the demo or a stale mirror lasts no longer. */
  function scheduleRetry(outcome: CycleOutcome): void {
    if (!started || retry || outcome.upstream?.reachable !== false) return;
    const minutes = config.intervalMinutes > 0 ? Math.min(config.intervalMinutes, UNREACHABLE_RETRY_MINUTES) : UNREACHABLE_RETRY_MINUTES;
    retry = setTimeout(() => {
      retry = undefined;
      void runCycle();
    }, minutes * 60_000);
    retry.unref();
  }

  async function runCycle(opts: { force?: boolean } = {}): Promise<CycleOutcome | undefined> {
    if (busy) return undefined;
    busy = true;
    try {
      const outcome = await run(opts);
      scheduleRetry(outcome);
      return outcome;
    } catch (error) {
      console.error(`[synchro] Cycle en échec : ${(error as Error).stack ?? String(error)}`);
      return undefined;
    } finally {
      busy = false;
    }
  }

  return {
    runCycle,
    start() {
      if (started) return;
      started = true;
      armNext();
      void runCycle();
    },
    stop() {
      started = false;
      if (timer) clearTimeout(timer);
      if (retry) clearTimeout(retry);
      timer = undefined;
      retry = undefined;
      nextRun = undefined;
    },
    get busy() {
      return busy;
    },
    get nextRun() {
      return nextRun;
    },
  };
}

const SCHEDULER_KEY = Symbol.for('phare.sync.scheduler');

/** Once per process (Next.js may call `register()` and load modules more than once). */
export function startScheduler(): void {
  const holder = globalThis as typeof globalThis & { [SCHEDULER_KEY]?: Scheduler };
  if (holder[SCHEDULER_KEY]) return;
  try {
    const scheduler = createScheduler(getDataSourceConfigFromEnv());
    holder[SCHEDULER_KEY] = scheduler;
    scheduler.start();
  } catch (error) {
    console.error(`[synchro] Démarrage impossible : ${(error as Error).message}`);
  }
}
