/**
 * `npm run emulator`: a local ECLAIRE-compatible FHIR server on the fictional demo dataset.
 * Configuration from the environment (lib/env.ts getEmulatorEnv); faults can also be changed at run time
 * through POST /__emulator/faults.
 */
import { DEMO_ORGANIZATIONS, generateDemoRecords } from '@/lib/demo/generator';
import { getEmulatorEnv } from '@/lib/env';
import { startEmulator } from '@/lib/emulator/server';

async function main(): Promise<void> {
  const env = getEmulatorEnv();
  const records = generateDemoRecords({ count: env.EMULATOR_STUDIES, seed: env.EMULATOR_SEED });
  const emulator = await startEmulator({
    port: env.PORT,
    publicUrl: env.EMULATOR_PUBLIC_URL,
    records,
    organizations: DEMO_ORGANIZATIONS,
    seed: env.EMULATOR_SEED,
    faults: {
      rateLimitMs: env.EMULATOR_RATE_LIMIT_MS,
      p503: env.EMULATOR_FAULT_503,
      p400: env.EMULATOR_FAULT_400,
      delayMs: env.EMULATOR_DELAY_MS,
    },
  });
  console.log(`Émulateur ECLAIRE prêt : ${emulator.baseUrl} (${records.length} études fictives)`);
  console.log(`Administration : ${emulator.baseUrl.replace(/\/R4$/, '/__emulator')}/stats`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} reçu, arrêt de l'émulateur.`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('Échec du démarrage de l’émulateur :', err instanceof Error ? err.message : err);
  process.exit(1);
});
