/**
 * `npm start` serves through this file (after scripts/start.mjs has built the app): a primary process that syncs
 * and speaks to ECLAIRE (lib/server/primary.ts), and one server worker per core, each running Next.js behind the
 * front door (lib/server/worker.ts). Run with `node --import tsx scripts/server.ts`.
 */
import cluster from 'node:cluster';
import path from 'node:path';
import next from 'next';
import { getEnv } from '@/lib/env';
import { startPrimary } from '@/lib/server/primary';
import { startWorker } from '@/lib/server/worker';

const root = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  if (cluster.isPrimary) {
    process.env.PHARE_ROLE = 'primary';
    startPrimary({ workerScript: __filename, execArgv: process.execArgv });
    return;
  }
  const env = getEnv();
  const app = next({ dev: false, dir: root, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  await startWorker({ handle: (req, res) => handle(req, res), port: env.PORT });
  console.info(`[phare] Processus serveur ${process.pid} prêt sur le port ${env.PORT}.`);
}

main().catch((error: unknown) => {
  console.error('[phare] Démarrage impossible', error);
  process.exit(1);
});
