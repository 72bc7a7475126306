/**
 * The demo dataset loaded as `npm start` loads it on a machine with no upstream (PHARE_DEMO_STUDIES fictional
 * studies, 12,000 by default, into an empty demo file), in a process of its own so that its memory is only this:
 * time, then resident memory right after and after 10 s idle. Run by `npm run bench -- --only=demo`, with the
 * memory settings of `npm start` (scripts/node-memory.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { DEFAULT_DEMO_SEED } from '@/lib/demo/generator';
import { openStore } from '@/lib/store/store';
import { loadDemo } from '@/lib/sync/load-demo';
import { mb, print } from './stats';

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phare-bench-demo-'));
  try {
    const store = openStore(path.join(dir, 'demo.sqlite'));
    const count = getEnv().PHARE_DEMO_STUDIES;
    const started = performance.now();
    await loadDemo({ store, dataDir: dir, count, seed: DEFAULT_DEMO_SEED, logger: { info: () => {}, warn: () => {} } });
    print(`demo load, ${count} fictional studies`, `${((performance.now() - started) / 1000).toFixed(1)} s`);
    print('process RSS right after', mb(process.memoryUsage().rss));
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    print('process RSS after 10 s idle', mb(process.memoryUsage().rss));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
