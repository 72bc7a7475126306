import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_DEMO_SEED, generateDemoRecord } from './generator';
import type { DemoRecord } from './types';

/**
 * The demo dataset, cached as NDJSON in the data folder. Generation is deterministic, so the file is only a cache
 * (never committed): it is written once, atomically, and read back on later starts.
 */

export function getDemoDatasetPath(dataDir: string, count: number, seed: number = DEFAULT_DEMO_SEED): string {
  return path.join(dataDir, `demo-${seed}-${count}.ndjson`);
}

export function loadDemoDataset(opts: { dataDir: string; count: number; seed?: number }): DemoRecord[] {
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const file = getDemoDatasetPath(opts.dataDir, opts.count, seed);
  if (!existsSync(file)) writeDemoDataset(file, opts.count, seed);
  let records: DemoRecord[] | undefined;
  try {
    records = readNdjson(file);
  } catch {
    records = undefined;
  }
  if (records?.length !== opts.count) {
    // A damaged or foreign file: regenerate rather than serve a partial dataset.
    writeDemoDataset(file, opts.count, seed);
    records = readNdjson(file);
  }
  return records;
}

/** Streams records to a temp file in batches (no full JSON string in memory), then renames it into place. */
function writeDemoDataset(file: string, count: number, seed: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    let batch: string[] = [];
    for (let i = 0; i < count; i++) {
      batch.push(JSON.stringify(generateDemoRecord(i, seed)));
      if (batch.length === 500 || i === count - 1) {
        writeSync(fd, `${batch.join('\n')}\n`);
        batch = [];
      }
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Reads NDJSON in 1 MiB chunks so that a large file never becomes one giant string. */
function readNdjson(file: string): DemoRecord[] {
  const fd = openSync(file, 'r');
  const out: DemoRecord[] = [];
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      let chunk = Buffer.concat([carry, buf.subarray(0, n)]);
      let nl: number;
      while ((nl = chunk.indexOf(10)) !== -1) {
        const line = chunk.subarray(0, nl).toString('utf8');
        if (line.trim()) out.push(JSON.parse(line) as DemoRecord);
        chunk = chunk.subarray(nl + 1);
      }
      carry = Buffer.from(chunk);
    }
    const last = carry.toString('utf8').trim();
    if (last) out.push(JSON.parse(last) as DemoRecord);
  } finally {
    closeSync(fd);
  }
  return out;
}
