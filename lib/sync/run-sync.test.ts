import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import type { DemoRecord } from '@/lib/demo/types';
import { startEmulator, type Emulator } from '@/lib/emulator/server';
import { EclaireClient } from '@/lib/eclaire/client';
import { createRateLimiter } from '@/lib/eclaire/rate-limiter';
import { openStore, type Store } from '@/lib/store/store';
import { runSync, SyncBusyError, type SyncProgress } from './run-sync';
import { countRows, rawDatabase, storedIds } from '@/lib/store/testing';
import { makeClient, makeTempDir, quietLogger, recordIds, removeTempDirs } from './test-fixtures/helpers';

const ROOT = path.resolve(__dirname, '../..');
const RECRUITMENT_EXT = 'eclaire-recruitment-status';

let records: DemoRecord[];
const emulators: Emulator[] = [];
const stores: Store[] = [];

async function emulate(recs: DemoRecord[]): Promise<Emulator> {
  const emulator = await startEmulator({ port: 0, records: recs, faults: { rateLimitMs: 0 } });
  emulators.push(emulator);
  return emulator;
}

function newStore(): Store {
  const store = openStore(path.join(makeTempDir(), 'mirror.sqlite'));
  stores.push(store);
  return store;
}

function sync(store: Store, emulator: Emulator, extra: Partial<Parameters<typeof runSync>[0]> = {}) {
  return runSync({ store, client: makeClient(emulator.baseUrl), pageSize: 100, logger: quietLogger, ...extra });
}

/**
 * A client whose search answers (the n-th, 0-based) and request URLs pass through the given functions: ECLAIRE
 * misbehaving in ways the emulator does not do by itself.
 */
function rewritingClient(
  baseUrl: string,
  rewriteBody: (n: number, body: Record<string, unknown>, url: string) => Record<string, unknown>,
  rewriteUrl: (url: string) => string = (u) => u,
): EclaireClient {
  let n = 0;
  const fetchThrough: typeof fetch = async (input, init) => {
    const url = rewriteUrl(String(input));
    const res = await fetch(url, init);
    const body = (await res.json()) as Record<string, unknown>;
    const rewritten = res.status === 200 ? rewriteBody(n++, body, url) : body;
    return new Response(JSON.stringify(rewritten), { status: res.status, headers: { 'content-type': 'application/fhir+json' } });
  };
  return new EclaireClient({
    baseUrl,
    limiter: createRateLimiter({ minIntervalMs: 0 }),
    maxRetries: 0,
    logger: { warn() {} },
    fetch: fetchThrough,
  });
}

function totalSites(recs: DemoRecord[]): number {
  return recs.reduce((n, r) => n + r.locations.length, 0);
}

beforeAll(() => {
  records = generateDemoRecords({ count: 10_500 });
});

afterEach(async () => {
  for (const s of stores.splice(0)) s.close();
  for (const e of emulators.splice(0)) await e.close();
});

afterAll(() => removeTempDirs());

describe('runSync against the emulator', () => {
  it('mirrors every study past the 10,000 offset limit, with progress', async () => {
    const emulator = await emulate(records);
    const store = newStore();
    const progress: SyncProgress[] = [];
    const result = await sync(store, emulator, { onProgress: (p) => progress.push(p) });

    expect(store.countStudies()).toBe(10_500);
    expect(storedIds(store)).toEqual(recordIds(records));
    expect(countRows(store, 'studies_fts')).toBe(10_500);
    expect(countRows(store, 'sites')).toBe(totalSites(records));
    expect(result).toMatchObject({ seen: 10_500, deleted: 0, guarded: false, resumed: false, pages: 105 });
    expect(progress).toHaveLength(105);
    expect(progress.at(-1)).toMatchObject({ pages: 105, studies: 10_500, total: 10_500, etaSeconds: 0 });
    expect(progress[10].etaSeconds).toBeGreaterThan(0);
    expect(progress.at(-1)!.requests).toBeGreaterThanOrEqual(105);
    expect(store.getSyncStatus()).toMatchObject({ lastSuccess: expect.any(String), demo: true, running: false });
  }, 300_000);

  it('shows a new site and a new recruitment status that did not move meta.lastUpdated, and drops removed studies', async () => {
    const recs = records.slice(0, 600);
    const emulator = await emulate(recs);
    const store = newStore();
    await sync(store, emulator);

    // A study that really recruits: declared so (current code system) and in progress.
    const target = recs.find(
      (r) =>
        r.study.status === 'active' &&
        r.study.extension?.some(
          (e) =>
            e.url.endsWith(RECRUITMENT_EXT) &&
            e.valueCodeableConcept?.coding?.[0]?.code === 'recruiting' &&
            e.valueCodeableConcept?.coding?.[0]?.version === '0.3.1',
        ),
    )!;
    expect(target).toBeDefined();
    const id = target.study.id!;
    expect(store.getStudy(id)?.recruitment).toBe('ouvert');
    const sitesBefore = store.getStudy(id)!.sites.length;

    const changed = structuredClone(target);
    const ext = changed.study.extension!.find((e) => e.url.endsWith(RECRUITMENT_EXT))!;
    ext.valueCodeableConcept!.coding![0].code = 'completed-recruiting';
    const newSite = structuredClone(changed.locations[0]);
    newSite.id = `${id}-${changed.locations.length}-site`;
    newSite.name = 'Centre hospitalier de Brest';
    newSite.address = { city: 'Brest', postalCode: '29200', country: 'France', line: ['2 avenue Foch'] };
    changed.locations.push(newSite);
    changed.study.site = [...(changed.study.site ?? []), { reference: `Location/${newSite.id}`, type: 'Location' }];
    expect(changed.study.meta?.lastUpdated).toBe(target.study.meta?.lastUpdated);
    emulator.upsert(changed);
    const removed = recs[7].study.id!;
    expect(emulator.remove(removed)).toBe(true);

    const result = await sync(store, emulator);
    expect(result).toMatchObject({ seen: 599, deleted: 1, guarded: false });
    const after = store.getStudy(id)!;
    expect(after.recruitment).toBe('termine');
    expect(after.sites).toHaveLength(sitesBefore + 1);
    expect(after.sites.at(-1)?.city).toBe('Brest');
    const site = rawDatabase(store).prepare('SELECT * FROM sites WHERE study_id = ? AND site_id = ?').get(id, newSite.id) as {
      department: string;
    };
    expect(site.department).toBe('29');
    expect(store.getStudy(removed)).toBeUndefined();
    expect(rawDatabase(store).prepare('SELECT count(*) AS n FROM sites WHERE study_id = ?').get(removed)).toEqual({ n: 0 });
  }, 120_000);

  it('deletes nothing when a crawl ends short of the total ECLAIRE announced, and says why', async () => {
    const store = newStore();
    const emulator = await emulate(records.slice(0, 400));
    await sync(store, emulator);
    // ECLAIRE answers an empty page after 200 studies while its total still says 400 (a crawl cut short).
    const result = await sync(store, emulator, { client: rewritingClient(emulator.baseUrl, (n, body) => (n >= 2 ? { ...body, entry: [] } : body)) });
    expect(result).toMatchObject({ seen: 200, expected: 400, expectedFrom: 'upstream', deleted: 0, guarded: true });
    expect(store.countStudies()).toBe(400);
    expect(store.getSyncStatus().guard).toMatch(/200 études sur 400 annoncées par ECLAIRE/);
  }, 120_000);

  it('follows ECLAIRE when it really lists fewer studies (its own total says so)', async () => {
    const store = newStore();
    await sync(store, await emulate(records.slice(0, 400)));
    const result = await sync(store, await emulate(records.slice(0, 390)));
    expect(result).toMatchObject({ seen: 390, expected: 390, deleted: 10, guarded: false });
    expect(store.countStudies()).toBe(390);
  }, 120_000);

  it('starts over once when its checkpoint no longer fits ECLAIRE’s order, and reports it', async () => {
    const store = newStore();
    const emulator = await emulate(records.slice(0, 300));
    const stop = new AbortController();
    await expect(
      sync(store, emulator, { signal: stop.signal, onProgress: (p) => p.pages >= 2 && stop.abort(new Error('coupure')) }),
    ).rejects.toThrow();
    const interrupted = store.getActiveRun()!;
    expect(interrupted.checkpoint?.pageNumber).toBe(2);

    // The first resumed call ignores `search_after` (ECLAIRE re-sorted): ids come back from the start.
    let first = true;
    const client = rewritingClient(emulator.baseUrl, (_n, body) => body, (url) => {
      if (first && url.includes('search_after')) {
        first = false;
        return url.replace(/&search_after=[^&]*/, '');
      }
      return url;
    });
    const result = await sync(store, emulator, { client });
    expect(result).toMatchObject({ seen: 300, deleted: 0, guarded: false, runId: interrupted.runId });
    expect(store.getActiveRun()).toBeUndefined();
    expect(store.getSyncStatus().problem).toMatchObject({ resolved: true, reason: expect.stringMatching(/depuis le début/) });
  }, 120_000);

  it('stops without deleting anything when ECLAIRE cannot be crawled in order, and says so', async () => {
    const store = newStore();
    const emulator = await emulate(records.slice(0, 300));
    await sync(store, emulator);
    // `search_after` always ignored: the second page repeats the first.
    const client = rewritingClient(emulator.baseUrl, (_n, body) => body, (url) => url.replace(/&search_after=[^&]*/, ''));
    await expect(sync(store, emulator, { client })).rejects.toThrow(/Ordre des identifiants/);
    expect(store.countStudies()).toBe(300);
    expect(store.getActiveRun()).toBeUndefined();
    expect(store.getSyncStatus().problem).toMatchObject({ resolved: false, reason: expect.stringMatching(/Aucune étude n'a été supprimée/) });
    // The next good crawl clears it.
    await sync(store, emulator);
    expect(store.getSyncStatus().problem).toMatchObject({ resolved: true });
  }, 120_000);

  it('refuses a second sync of the same file while one runs', async () => {
    const store = newStore();
    const other = openStore(store.file);
    stores.push(other);
    expect(other.acquireSyncLock().acquired).toBe(true);
    await expect(sync(store, await emulate(records.slice(0, 10)))).rejects.toBeInstanceOf(SyncBusyError);
    other.releaseSyncLock();
  });

  it('resumes a sync killed with SIGKILL, with nothing lost or doubled', async () => {
    const recs = records.slice(0, 1_500);
    const emulator = await emulate(recs);
    // Slow enough that the child is still crawling when it is killed.
    emulator.setFaults({ delayMs: 40 });
    const store = newStore();

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'test-fixtures/sync-child.ts'), emulator.baseUrl, store.file, '20'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );

    let killedAt: number | undefined;
    let childExit: string | undefined;
    child.on('exit', (code, signal) => (childExit = `code ${code}, signal ${signal}`));
    while (killedAt === undefined) {
      // Fail fast rather than wait for the test's timeout if the child died on its own.
      if (childExit !== undefined) throw new Error(`Le processus de synchronisation s’est arrêté tout seul (${childExit}).`);
      const active = store.getActiveRun();
      if ((active?.checkpoint?.pageNumber ?? 0) >= 5) {
        child.kill('SIGKILL');
        killedAt = active!.checkpoint!.pageNumber;
      } else {
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });

    const interrupted = store.getActiveRun()!;
    expect(interrupted.checkpoint!.pageNumber).toBeLessThan(75);
    expect(store.countStudies()).toBe(interrupted.studies);
    expect(store.countStudies()).toBe(interrupted.checkpoint!.pageNumber * 20);
    expect(store.getSyncStatus().lastSuccess).toBeUndefined();

    emulator.setFaults({ delayMs: 0 });
    emulator.resetStats();
    const result = await sync(store, emulator, { pageSize: 20 });
    expect(result.resumed).toBe(true);
    expect(result.runId).toBe(interrupted.runId);
    expect(result).toMatchObject({ seen: 1_500, deleted: 0, guarded: false });
    // Only the rest was fetched again (plus the final empty page).
    expect(emulator.stats().requests).toBe(75 - interrupted.checkpoint!.pageNumber + 1);

    expect(storedIds(store)).toEqual(recordIds(recs));
    expect(countRows(store, 'studies_fts')).toBe(1_500);
    expect(countRows(store, 'sites')).toBe(totalSites(recs));
    const duplicated = rawDatabase(store)
      .prepare('SELECT count(*) AS n FROM (SELECT study_id, ord FROM sites GROUP BY study_id, ord HAVING count(*) > 1)')
      .get() as { n: number };
    expect(duplicated.n).toBe(0);
    expect(store.getActiveRun()).toBeUndefined();
  }, 180_000);
});

