import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { serveWorker } from '@/lib/cluster-rpc';
import { getEnv } from '@/lib/env';
import { startBudgetsInPrimary } from '@/lib/security/rate-limit';
import { warnWhenPublicUrlMissing } from '@/lib/study/public-url';
import { startScheduler } from '@/lib/sync/scheduler';
// Imported for what they register with the primary: the FHIR proxy and the study lookups (lib/cluster-rpc.ts).
import '@/lib/proxy/instance';
import '@/lib/sync/study-lookup';

/**
 * The primary process of `npm start`: it serves no request itself. It holds what must exist once per machine —
 * the sync and its schedule, the one upstream queue of ECLAIRE calls, the FHIR proxy's cache, the study
 * lookups' budget, the per-client counters — and keeps one server worker per core running (PHARE_WORKERS).
 */
export function startPrimary(opts: { workerScript: string; execArgv: string[] }): void {
  const env = getEnv();
  const workers = env.PHARE_WORKERS ?? Math.max(1, os.availableParallelism());
  const secret = randomBytes(24).toString('base64url');
  let stopping = false;

  startBudgetsInPrimary();
  cluster.setupPrimary({ exec: opts.workerScript, execArgv: opts.execArgv });

  const fork = (): Worker => {
    const worker = cluster.fork({ PHARE_ROLE: 'worker', PHARE_FRONT_DOOR_SECRET: secret });
    serveWorker(worker);
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.warn(`[phare] Processus serveur ${worker.process.pid} arrêté (${signal ?? code}) : relancé.`);
    setTimeout(fork, 1_000).unref();
  });
  for (let i = 0; i < workers; i++) fork();

  warnWhenPublicUrlMissing({ publicUrl: env.PHARE_PUBLIC_URL, production: process.env.NODE_ENV === 'production' });
  console.info(`[phare] ${workers} processus serveurs ; la synchronisation et les appels à ECLAIRE se font dans le processus ${process.pid}.`);
  startScheduler();

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      setTimeout(() => process.exit(0), 2_000).unref();
    });
  }
}
