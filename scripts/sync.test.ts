import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import { startEmulator, type Emulator } from '@/lib/emulator/server';
import { openStore } from '@/lib/store/store';
import { CLOSED_PORT_URL, makeTempDir, removeTempDirs } from '@/lib/sync/test-fixtures/helpers';

const ROOT = path.resolve(__dirname, '..');

function runScript(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/sync.ts')], {
      cwd: ROOT,
      env: { ...process.env, ECLAIRE_MIN_INTERVAL_MS: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, records: generateDemoRecords({ count: 120 }), faults: { rateLimitMs: 0 } });
});

afterAll(async () => {
  await emulator.close();
  removeTempDirs();
});

describe('npm run sync', () => {
  it('syncs ECLAIRE_BASE_URL into PHARE_DATA_DIR/mirror.sqlite with progress, and exits 0', async () => {
    const dataDir = makeTempDir();
    const result = await runScript({ ECLAIRE_BASE_URL: emulator.baseUrl, PHARE_DATA_DIR: dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/page 1 — 50\/120 études — \d+ requêtes/);
    expect(result.stdout).toMatch(/Terminé : 120 études à jour, 0 supprimées/);
    const store = openStore(path.join(dataDir, 'mirror.sqlite'));
    expect(store.countStudies()).toBe(120);
    store.close();
  }, 60_000);

  it('exits non-zero with a French message when ECLAIRE cannot be reached', async () => {
    const result = await runScript({
      ECLAIRE_BASE_URL: CLOSED_PORT_URL,
      PHARE_DATA_DIR: makeTempDir(),
      ECLAIRE_TIMEOUT_MS: '1000',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Échec de la synchronisation/);
  }, 120_000);
});
