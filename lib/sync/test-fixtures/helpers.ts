import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DemoRecord } from '@/lib/demo/types';
import { DEMO_TAG } from '@/lib/eclaire/provenance';
import { EclaireClient } from '@/lib/eclaire/client';
import { createRateLimiter } from '@/lib/eclaire/rate-limiter';
import type { SyncLogger } from '@/lib/sync/run-sync';

export const quietLogger: SyncLogger = { info() {}, warn() {} };

const tempDirs: string[] = [];

export function makeTempDir(prefix = 'phare-sync-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Removes the folders made by `makeTempDir` in this test file (close the stores first). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A client for the local emulator: no spacing between calls, quick retries. */
export function makeClient(baseUrl: string): EclaireClient {
  return new EclaireClient({
    baseUrl,
    limiter: createRateLimiter({ minIntervalMs: 0 }),
    timeoutMs: 10_000,
    maxRetries: 1,
    baseDelayMs: 10,
    maxDelayMs: 20,
    logger: { warn() {} },
  });
}

/**
 * A FHIR base on 127.0.0.1 where nothing listens: port 1 (tcpmux), which nothing here serves and which a test's
 * `listen(0)` is never given (a port freed by another test could be, and would then answer).
 */
export const CLOSED_PORT_URL = 'http://127.0.0.1:1/R4';

/** The same records without the demo provenance tag, standing for real upstream data. */
export function withoutDemoTag(records: DemoRecord[]): DemoRecord[] {
  return records.map((record) => {
    const copy = structuredClone(record);
    if (copy.study.meta?.tag) {
      copy.study.meta.tag = copy.study.meta.tag.filter((t) => t.code !== DEMO_TAG.code);
    }
    return copy;
  });
}

export function recordIds(records: DemoRecord[]): string[] {
  return records.map((r) => r.study.id as string).sort();
}
