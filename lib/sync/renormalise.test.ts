import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import { NORMALISER_VERSION } from '@/lib/eclaire/normalise';
import type { GeoPlace } from '@/lib/geo/geocode';
import { STATE_KEYS } from '@/lib/store/state';
import { openStore } from '@/lib/store/store';
import { isNormalisationCurrent, renormaliseIfNeeded } from './renormalise';
import { preparePage } from './run-sync';
import { makeTempDir, quietLogger, removeTempDirs } from './test-fixtures/helpers';

const PARIS: GeoPlace = { precision: 'commune', insee: '75056', department: '75', region: '11', lat: 48.86, lon: 2.35 };

afterAll(() => removeTempDirs());

describe('renormaliseIfNeeded', () => {
  it('reads every held study again from its raw FHIR when the normaliser changed, and only then', async () => {
    const store = openStore(path.join(makeTempDir(), 'mirror.sqlite'));
    try {
      const records = generateDemoRecords({ count: 450 });
      const items = preparePage(records.flatMap((r) => [r.study, r.group, ...r.locations]), {
        geocode: () => PARIS,
        logger: quietLogger,
      }).items;
      // What an older normaliser wrote: every study « recruiting », whatever ECLAIRE's status says.
      store.rewriteStudies(items.map((i) => ({ ...i, study: { ...i.study, recruitment: 'ouvert' as const } })));
      store.setState(STATE_KEYS.normaliserVersion, NORMALISER_VERSION - 1);
      const closed = items.filter((i) => i.study.recruitment !== 'ouvert');
      expect(closed.length).toBeGreaterThan(50);
      expect(store.getStudy(closed[0].study.id)?.recruitment).toBe('ouvert');
      expect(isNormalisationCurrent(store)).toBe(false);

      const result = await renormaliseIfNeeded(store, { geocode: () => PARIS, logger: quietLogger });
      expect(result).toEqual({ rewritten: 450, failed: 0, skipped: false });
      for (const i of closed) expect(store.getStudy(i.study.id)?.recruitment).toBe(i.study.recruitment);
      expect(store.getState(STATE_KEYS.normaliserVersion)).toBe(NORMALISER_VERSION);
      expect(isNormalisationCurrent(store)).toBe(true);
      expect(await renormaliseIfNeeded(store, { logger: quietLogger })).toMatchObject({ skipped: true });
    } finally {
      store.close();
    }
  });

  it('leaves the work to the process that holds the sync lock', async () => {
    const file = path.join(makeTempDir(), 'mirror.sqlite');
    const store = openStore(file);
    const other = openStore(file);
    try {
      const items = preparePage(
        generateDemoRecords({ count: 5 }).flatMap((r) => [r.study, r.group, ...r.locations]),
        { geocode: () => PARIS, logger: quietLogger },
      ).items;
      store.rewriteStudies(items);
      store.setState(STATE_KEYS.normaliserVersion, 0);
      expect(other.acquireSyncLock().acquired).toBe(true);
      expect(await renormaliseIfNeeded(store, { logger: quietLogger })).toMatchObject({ skipped: true });
      expect(isNormalisationCurrent(store)).toBe(false);
    } finally {
      other.releaseSyncLock();
      other.close();
      store.close();
    }
  });
});
