/**
 * `npm run sync`: one full sync of ECLAIRE_BASE_URL into PHARE_DATA_DIR/mirror.sqlite, with progress.
 * Interrupted (Ctrl-C, kill), it resumes from its checkpoint at the next run, by this script or the server.
 */
import path from 'node:path';
import { getEclaireClient } from '@/lib/eclaire/client';
import { getEnv } from '@/lib/env';
import { MIRROR_FILE, openStore } from '@/lib/store/store';
import { runSync, type SyncProgress } from '@/lib/sync/run-sync';

const PROGRESS_EVERY_MS = 1_000;

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

function formatProgress(p: SyncProgress): string {
  const eta = p.etaSeconds === undefined ? '' : `, reste environ ${formatDuration(p.etaSeconds)}`;
  return (
    `page ${p.pages} — ${p.studies}/${p.total} études — ${p.requests} requêtes ` +
    `(${p.requestsPerSecond.toFixed(2)}/s)${eta}`
  );
}

async function main(): Promise<number> {
  const env = getEnv();
  const file = path.join(env.PHARE_DATA_DIR, MIRROR_FILE);
  console.log(`Synchronisation de ${env.ECLAIRE_BASE_URL} vers ${file}`);
  const store = openStore(file);
  const abort = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort.abort());

  // The first page always prints, then at most one line a second.
  let lastPrint = Number.NEGATIVE_INFINITY;
  try {
    const result = await runSync({
      store,
      client: getEclaireClient(),
      minShare: env.PHARE_SYNC_MIN_RATIO,
      signal: abort.signal,
      onProgress(p) {
        const now = performance.now();
        if (now - lastPrint >= PROGRESS_EVERY_MS) {
          lastPrint = now;
          console.log(formatProgress(p));
        }
      },
    });
    console.log(
      `Terminé : ${result.seen} études à jour, ${result.deleted} supprimées, ${result.requests} requêtes` +
        (result.problems ? `, ${result.problems} anomalies ignorées` : '') +
        '.',
    );
    if (result.guarded) console.warn(`Attention : ${result.reason}`);
    return 0;
  } catch (error) {
    if (abort.signal.aborted) {
      console.error('Synchronisation interrompue. Elle reprendra là où elle s’est arrêtée au prochain lancement.');
      return 130;
    }
    console.error(`Échec de la synchronisation : ${(error as Error).message}`);
    console.error('Les données déjà enregistrées sont conservées ; relancez « npm run sync » pour reprendre.');
    return 1;
  } finally {
    store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Échec de la synchronisation : ${(error as Error).message}`);
    process.exit(1);
  },
);
