import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import { startEmulator, type Emulator } from '@/lib/emulator/server';
import {
  getDemoStore,
  getMirrorStore,
  getUpstreamStatus,
  resetStoresForTests as resetDataSourceForTests,
  selectActiveStore,
  type DemoMode,
} from '@/lib/store/active';
import { DEMO_FILE, MIRROR_FILE } from '@/lib/store/store';
import { countStudiesByKind } from '@/lib/store/testing';
import { runDataCycle, type DataSourceConfig } from './data-source';
import { buildHealthReport as getHealthReport } from './health';
import { createScheduler } from './scheduler';
import { CLOSED_PORT_URL, makeClient, makeTempDir, quietLogger, removeTempDirs, withoutDemoTag } from './test-fixtures/helpers';

const UPSTREAM_STUDIES = 150;
const DEMO_STUDIES = 60;

let emulator: Emulator;

function configFor(mode: DemoMode, baseUrl: string, dataDir = makeTempDir()): DataSourceConfig {
  return {
    mode,
    dataDir,
    baseUrl,
    createClient: () => makeClient(baseUrl),
    intervalMinutes: 720,
    minShare: 0.9,
    pageSize: 100,
    demoCount: DEMO_STUDIES,
    demoSeed: 7,
    probeTimeoutMs: 2_000,
    logger: quietLogger,
  };
}

beforeAll(async () => {
  // Upstream data without the demo tag stands for real ECLAIRE data.
  const records = withoutDemoTag(generateDemoRecords({ count: UPSTREAM_STUDIES, seed: 11 }));
  emulator = await startEmulator({ port: 0, records, faults: { rateLimitMs: 0 } });
});

afterEach(() => {
  resetDataSourceForTests();
  emulator.resetStats();
});

afterAll(async () => {
  await emulator.close();
  removeTempDirs();
});

describe('runDataCycle: the PHARE_DEMO decision table', () => {
  const cases: {
    mode: DemoMode;
    upstream: 'reachable' | 'unreachable';
    action: string;
    served: 'mirror' | 'demo';
    mirrorStudies: number | 'no file';
    demoStudies: number | 'no file';
  }[] = [
    { mode: '1', upstream: 'reachable', action: 'demo-loaded', served: 'demo', mirrorStudies: 'no file', demoStudies: DEMO_STUDIES },
    { mode: '1', upstream: 'unreachable', action: 'demo-loaded', served: 'demo', mirrorStudies: 'no file', demoStudies: DEMO_STUDIES },
    { mode: '0', upstream: 'reachable', action: 'synced', served: 'mirror', mirrorStudies: UPSTREAM_STUDIES, demoStudies: 'no file' },
    { mode: '0', upstream: 'unreachable', action: 'failed', served: 'mirror', mirrorStudies: 0, demoStudies: 'no file' },
    { mode: 'auto', upstream: 'reachable', action: 'synced', served: 'mirror', mirrorStudies: UPSTREAM_STUDIES, demoStudies: 'no file' },
    { mode: 'auto', upstream: 'unreachable', action: 'demo-loaded', served: 'demo', mirrorStudies: 0, demoStudies: DEMO_STUDIES },
  ];

  it.each(cases)('PHARE_DEMO=$mode, upstream $upstream → $action, serves $served', async (c) => {
    const config = configFor(c.mode, c.upstream === 'reachable' ? emulator.baseUrl : CLOSED_PORT_URL);
    const outcome = await runDataCycle(config);
    expect(outcome.action).toBe(c.action);
    expect(outcome.served).toBe(c.served);

    const active = selectActiveStore(config);
    expect(active.demo).toBe(c.served === 'demo');
    expect(path.basename(active.store.file)).toBe(c.served === 'demo' ? DEMO_FILE : MIRROR_FILE);

    const mirrorFile = path.join(config.dataDir, MIRROR_FILE);
    const demoFile = path.join(config.dataDir, DEMO_FILE);
    if (c.mirrorStudies === 'no file') expect(fs.existsSync(mirrorFile)).toBe(false);
    else expect(countStudiesByKind(getMirrorStore(config.dataDir))).toEqual({ demo: 0, real: c.mirrorStudies });
    if (c.demoStudies === 'no file') expect(fs.existsSync(demoFile)).toBe(false);
    else expect(countStudiesByKind(getDemoStore(config.dataDir))).toEqual({ demo: c.demoStudies, real: 0 });

    // PHARE_DEMO=1 never calls the upstream.
    if (c.mode === '1') expect(emulator.stats().requests).toBe(0);
  }, 60_000);

  it('auto: serves the demo while the upstream is down, then the mirror once a real sync completes', async () => {
    const down = configFor('auto', CLOSED_PORT_URL);
    expect((await runDataCycle(down)).served).toBe('demo');
    expect(getUpstreamStatus(down.dataDir)?.reachable).toBe(false);
    const health = getHealthReport({ active: selectActiveStore(down), upstream: getUpstreamStatus(down.dataDir), intervalMinutes: 720 });
    expect(health).toMatchObject({ ready: true, report: { status: 'degraded', demo: true, studies: DEMO_STUDIES } });

    const up = { ...down, baseUrl: emulator.baseUrl, createClient: () => makeClient(emulator.baseUrl) };
    const outcome = await runDataCycle(up);
    expect(outcome).toMatchObject({ action: 'synced', served: 'mirror', upstream: { reachable: true } });
    const active = selectActiveStore(up);
    expect(active.demo).toBe(false);
    expect(active.store.countStudies()).toBe(UPSTREAM_STUDIES);
    // Nothing of the demo went into the mirror, nor the reverse.
    expect(countStudiesByKind(getMirrorStore(up.dataDir))).toEqual({ demo: 0, real: UPSTREAM_STUDIES });
    expect(countStudiesByKind(getDemoStore(up.dataDir))).toEqual({ demo: DEMO_STUDIES, real: 0 });

    // Upstream down again: a mirror holding studies stays served, never the demo.
    const downAgain = await runDataCycle({ ...down, dataDir: up.dataDir }, { force: true });
    expect(downAgain).toMatchObject({ action: 'failed', served: 'mirror' });
    expect(selectActiveStore(down).demo).toBe(false);
  }, 60_000);

  it('skips the sync of a fresh mirror unless forced, and the health report follows', async () => {
    const config = configFor('0', emulator.baseUrl);
    expect(getHealthReport({ active: selectActiveStore(config), intervalMinutes: 720 })).toMatchObject({
      ready: false,
      report: { status: 'starting', studies: 0 },
    });
    await runDataCycle(config);
    emulator.resetStats();
    expect((await runDataCycle(config)).action).toBe('skipped');
    expect(emulator.stats().requests).toBe(0);
    expect((await runDataCycle(config, { force: true })).action).toBe('synced');
    expect(emulator.stats().requests).toBeGreaterThan(0);

    const { report, ready } = getHealthReport({
      active: selectActiveStore(config),
      upstream: getUpstreamStatus(config.dataDir),
      intervalMinutes: 720,
    });
    expect(ready).toBe(true);
    expect(report).toMatchObject({
      status: 'ok',
      upstream: { reachable: true },
      lastSync: { studies: UPSTREAM_STUDIES, deleted: 0, ageMinutes: 0 },
      studies: UPSTREAM_STUDIES,
      demo: false,
    });
    // Two periods later the data is stale.
    const later = Date.parse(report.lastSync.at!) + 3 * 720 * 60_000;
    expect(getHealthReport({ active: selectActiveStore(config), intervalMinutes: 720, now: later }).report.status).toBe(
      'degraded',
    );
  }, 60_000);
});

describe('createScheduler', () => {
  it('never runs two cycles at once in a process', async () => {
    const scheduler = createScheduler(configFor('0', emulator.baseUrl));
    const first = scheduler.runCycle();
    expect(scheduler.busy).toBe(true);
    expect(await scheduler.runCycle()).toBeUndefined();
    expect((await first)?.action).toBe('synced');
    expect(scheduler.busy).toBe(false);
  }, 60_000);
});

describe('createScheduler timing (fake timers)', () => {
  it('syncs at start, then at the next fixed local slot, then every slot after it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-30T10:37:00Z')); // 11:37 in Paris
      const runs: { at: string; force?: boolean }[] = [];
      const scheduler = createScheduler(configFor('0', 'http://127.0.0.1:1/R4'), {
        run: async (opts) => {
          runs.push({ at: new Date().toISOString(), force: opts.force });
          return { action: 'synced', served: 'mirror' };
        },
      });
      scheduler.start();
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toEqual([{ at: '2026-11-30T10:37:00.000Z', force: undefined }]);
      expect(scheduler.nextRun?.toISOString()).toBe('2026-11-30T19:00:00.000Z'); // 20:00 Paris

      await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
      expect(runs.slice(1).map((r) => r.at)).toEqual(['2026-11-30T19:00:00.000Z', '2026-12-01T07:00:00.000Z']);
      expect(runs.slice(1).every((r) => r.force)).toBe(true);
      scheduler.stop();
      await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
      expect(runs).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tries again within 15 minutes while the upstream is unreachable', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
      const runs: string[] = [];
      const scheduler = createScheduler(configFor('auto', 'http://127.0.0.1:1/R4'), {
        run: async () => {
          runs.push(new Date().toISOString());
          return { action: 'demo-loaded', served: 'demo', upstream: { reachable: runs.length > 2 ? true : false, checkedAt: '' } };
        },
      });
      scheduler.start();
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(runs).toEqual(['2026-11-30T10:00:00.000Z', '2026-11-30T10:15:00.000Z', '2026-11-30T10:30:00.000Z']);
      scheduler.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

