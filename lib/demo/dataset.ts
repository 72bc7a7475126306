import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_DEMO_SEED, generateDemoRecord } from './generator';
import type { DemoRecord } from './types';

/**
 * The demo dataset, `pageSize` records at a time. Generation is deterministic (record i is the same whatever the
 * count), and faster than reading it back from a file would be, so each page is generated as it is asked for: only
 * one page is in memory at a time. (The whole dataset at once, 12,000 studies, took about 430 MB of heap, which the
 * process then kept.)
 */
export function* demoDatasetPages(count: number, seed: number = DEFAULT_DEMO_SEED, pageSize = 200): Generator<DemoRecord[]> {
  for (let start = 0; start < count; start += pageSize) {
    const page: DemoRecord[] = [];
    for (let i = start; i < Math.min(count, start + pageSize); i++) page.push(generateDemoRecord(i, seed));
    yield page;
  }
}

/** Earlier versions cached the dataset in the data folder (`demo-<seed>-<count>.ndjson`, 190 MB for 12,000). */
const OLD_CACHE = /^demo-\d+-\d+\.ndjson(?:\.\d+\.\d+\.tmp)?$/;

/** Removes those caches: nothing reads them any more. */
export function removeOldDemoCaches(dataDir: string): void {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) if (OLD_CACHE.test(name)) rmSync(path.join(dataDir, name), { force: true });
}
