import { getDataSourceConfigFromEnv, runDataCycle, type CycleOutcome, type DataSourceConfig } from './data-source';

export interface Scheduler {
  /** One cycle now, unless one is running (then resolves to undefined). Never rejects. */
  runCycle(opts?: { force?: boolean }): Promise<CycleOutcome | undefined>;
  start(): void;
  stop(): void;
  readonly busy: boolean;
}

const UNREACHABLE_RETRY_MINUTES = 15;

/**
 * Runs the data source at start (sync an empty or stale mirror, or load the demo) and then every interval.
 * Fire-and-forget: never blocks a request, never lets an error escape, never runs two cycles at once in
 * this process (the store's sync lock covers other processes, e.g. `npm run sync`).
 */
export function createScheduler(config: DataSourceConfig): Scheduler {
  let busy = false;
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  /** Upstream down: try again sooner than the period, so that the demo or a stale mirror lasts no longer. */
  function scheduleRetry(outcome: CycleOutcome): void {
    if (!timer || retry || outcome.upstream?.reachable !== false) return;
    const minutes = Math.min(config.intervalMinutes, UNREACHABLE_RETRY_MINUTES);
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
      const outcome = await runDataCycle(config, opts);
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
      if (timer) return;
      if (config.intervalMinutes > 0) {
        timer = setInterval(() => void runCycle({ force: true }), config.intervalMinutes * 60_000);
        timer.unref();
      }
      void runCycle();
    },
    stop() {
      if (timer) clearInterval(timer);
      if (retry) clearTimeout(retry);
      timer = undefined;
      retry = undefined;
    },
    get busy() {
      return busy;
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
