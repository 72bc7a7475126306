import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import type { DemoRecord } from '@/lib/demo/types';
import { startEmulator, type Emulator } from '@/lib/emulator/server';
import { EclaireClient, type EclaireClientOptions } from './client';
import { crawlStudies } from './crawl';
import { EclaireBadRequestError } from './errors';
import { createRateLimiter } from './rate-limiter';

/**
 * The full crawl against the local emulator: more studies than the 10,000 offset window, the upstream's rate
 * limit switched on and faults injected. The whole point: every study exactly once.
 */

const STUDIES = 12_500;
const FAULTS = { rateLimitMs: 5, p503: 0.05, p400: 0.05 };

let records: DemoRecord[];
let emulator: Emulator;

function makeClient(opts: Partial<EclaireClientOptions> = {}): EclaireClient {
  return new EclaireClient({
    baseUrl: emulator.baseUrl,
    // A little above the emulator's limit, so that arrival jitter does not turn into 429s (each costs ≥ 1 s).
    limiter: createRateLimiter({ minIntervalMs: 12 }),
    baseDelayMs: 5,
    maxDelayMs: 5_000,
    maxRetries: 10,
    logger: { warn: () => {} },
    ...opts,
  });
}

beforeAll(async () => {
  records = generateDemoRecords({ count: STUDIES, seed: 20990101 });
  emulator = await startEmulator({ port: 0, records, faults: FAULTS, seed: 7 });
});

afterAll(async () => {
  await emulator?.close();
});

describe('crawlStudies against the emulator', () => {
  it('returns every study exactly once, far past the 10,000 window, through 10% faults', async () => {
    // Ids only here (the _include payload is tested on a slice below, to keep the run short).
    emulator.setFaults(FAULTS);
    emulator.resetStats();
    const client = makeClient();
    const seen: string[] = [];
    let pages = 0;
    let total = -1;
    for await (const page of crawlStudies(client, { pageSize: 100, include: false })) {
      pages = page.pageNumber;
      total = page.total;
      seen.push(...page.studyIds);
    }

    const expected = records.map((r) => r.study.id!).sort();
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(expected);
    expect(total).toBe(STUDIES);
    expect(seen.length).toBeGreaterThan(10_000);
    expect(pages).toBe(Math.ceil(STUDIES / 100));

    // The faults really happened and were absorbed.
    const byStatus = emulator.stats().byStatus;
    expect((byStatus['503'] ?? 0) + (byStatus['400'] ?? 0)).toBeGreaterThan(0);
    expect(client.stats.retries).toBeGreaterThan(0);
    expect(client.stats.failures).toBe(0);
  });

  it('brings each study\'s Group and Locations in the same calls with _include=*', async () => {
    emulator.setFaults(FAULTS);
    const client = makeClient();
    const expected = records.map((r) => r.study.id!).sort();
    const tail = records.filter((r) => r.study.id! > expected[expected.length - 201]);
    const groups = new Set<string>();
    const locations = new Set<string>();
    const seen: string[] = [];
    for await (const page of crawlStudies(client, { pageSize: 50, startAfter: expected[expected.length - 201] })) {
      seen.push(...page.studyIds);
      const firstOther = page.resources.findIndex((r) => r.resourceType !== 'ResearchStudy');
      expect(firstOther).toBe(page.studyIds.length);
      for (const r of page.resources) {
        if (r.resourceType === 'Group') groups.add(r.id!);
        if (r.resourceType === 'Location') locations.add(r.id!);
      }
    }
    expect(seen).toEqual(expected.slice(-200));
    expect([...groups].sort()).toEqual(tail.map((r) => r.group.id!).sort());
    expect([...locations].sort()).toEqual(tail.flatMap((r) => r.locations.map((l) => l.id!)).sort());
  });

  it('cannot do the same with offset paging: the window ends at 10,000', async () => {
    emulator.setFaults({ p503: 0, p400: 0 });
    const client = makeClient();
    await expect(
      client.search([
        ['_sort', '_id'],
        ['_count', 100],
        ['_getpagesoffset', 10_000],
      ]),
    ).rejects.toBeInstanceOf(EclaireBadRequestError);
  });

  it('rides out a 429 storm by honouring Retry-After', async () => {
    // No client-side spacing and a strict upstream limit: every call after the first one of a burst gets 429.
    emulator.setFaults({ rateLimitMs: 300, p503: 0, p400: 0 });
    emulator.resetStats();
    const client = makeClient({ limiter: createRateLimiter({ minIntervalMs: 0 }) });
    const expected = records.map((r) => r.study.id!).sort();
    const tail = expected.slice(-150);
    const seen: string[] = [];
    for await (const page of crawlStudies(client, {
      pageSize: 100,
      include: false,
      startAfter: expected[expected.length - 151],
    })) {
      seen.push(...page.studyIds);
    }
    expect(seen).toEqual(tail);
    expect(emulator.stats().byStatus['429'] ?? 0).toBeGreaterThan(0);
    expect(client.stats.retries).toBeGreaterThan(0);
    expect(client.stats.failures).toBe(0);
    emulator.setFaults(FAULTS);
  });
});
