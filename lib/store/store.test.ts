import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import type { DemoRecord } from '@/lib/demo/types';
import type { GeoPlace } from '@/lib/geo/geocode';
import { preparePage } from '@/lib/sync/run-sync';
import { makeTempDir, quietLogger, removeTempDirs, withoutDemoTag } from '@/lib/sync/test-fixtures/helpers';
import { countRows, countStudiesByKind, rawDatabase } from './testing';
import { MIGRATIONS } from './migrations';
import { openStore, type Store } from './store';
import type { StoreItem } from './writes';

const PARIS: GeoPlace = { precision: 'commune', insee: '75056', department: '75', region: '11', lat: 48.86, lon: 2.35 };

function toItems(records: DemoRecord[]): StoreItem[] {
  const resources = records.flatMap((r) => [r.study, r.group, ...r.locations]);
  return preparePage(resources, { geocode: () => PARIS, logger: quietLogger }).items;
}

let records: DemoRecord[];
let dir: string;
const opened: Store[] = [];

function open(file = path.join(dir, 'mirror.sqlite')): Store {
  const store = openStore(file);
  opened.push(store);
  return store;
}

beforeAll(() => {
  records = generateDemoRecords({ count: 40 });
});

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

afterAll(() => removeTempDirs());

describe('openStore', () => {
  it('creates the schema at the latest version, in WAL mode, and reopens without migrating twice', () => {
    dir = makeTempDir();
    const store = open();
    expect(rawDatabase(store).pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(rawDatabase(store).pragma('journal_mode', { simple: true })).toBe('wal');
    expect(rawDatabase(store).pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
    const again = open();
    expect(again.countStudies()).toBe(0);
    expect(rawDatabase(again).pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });
});

describe('writePage and finishRun', () => {
  it('stores studies, sites and FTS rows in step, and rewriting a study replaces its sites', () => {
    dir = makeTempDir();
    const store = open();
    const items = toItems(records.slice(0, 20));
    const run = store.startRun();
    store.writePage(run.runId, items, { lastId: items[19].study.id, pageNumber: 1 });

    const expectedSites = items.reduce((n, i) => n + i.study.sites.length, 0);
    expect(store.countStudies()).toBe(20);
    expect(countRows(store, 'sites')).toBe(expectedSites);
    expect(countRows(store, 'studies_fts')).toBe(20);
    expect(store.getStudy(items[3].study.id)).toEqual(items[3].study);
    expect(store.getRawStudy(items[3].study.id)?.researchStudy.id).toBe(items[3].study.id);
    expect(store.getActiveRun()?.checkpoint).toEqual({ lastId: items[19].study.id, pageNumber: 1 });

    const row = rawDatabase(store).prepare('SELECT * FROM studies WHERE id = ?').get(items[0].study.id) as Record<string, unknown>;
    expect(row.phase_buckets).toMatch(/^,(.+,)+$/);
    expect(row.demo).toBe(1);
    expect(row.last_seen_run).toBe(run.runId);
    expect(JSON.parse(row.age_ranges as string)).toBeInstanceOf(Array);

    // The same page again (a resumed crawl), then one study with a single site: no duplicates anywhere.
    store.writePage(run.runId, items, { lastId: items[19].study.id, pageNumber: 1 });
    const shrunk = structuredClone(items[0]);
    shrunk.study.sites = shrunk.study.sites.slice(0, 1);
    shrunk.sites = shrunk.sites.slice(0, 1);
    store.writePage(run.runId, [shrunk], { lastId: items[19].study.id, pageNumber: 2 });
    expect(store.countStudies()).toBe(20);
    expect(countRows(store, 'studies_fts')).toBe(20);
    expect(countRows(store, 'sites')).toBe(expectedSites - items[0].study.sites.length + 1);

    // The FTS rowid is the study's rowid.
    const joined = rawDatabase(store)
      .prepare('SELECT count(*) AS n FROM studies_fts f JOIN studies s ON s.rowid = f.rowid AND s.id = f.id')
      .get() as { n: number };
    expect(joined.n).toBe(20);
  });

  it('rejects a geocoding that does not match the sites', () => {
    dir = makeTempDir();
    const store = open();
    const [item] = toItems(records.slice(0, 1));
    const run = store.startRun();
    expect(() => store.writePage(run.runId, [{ ...item, sites: [] }], { lastId: 'x', pageNumber: 1 })).toThrow(
      /lieux/,
    );
    expect(store.countStudies()).toBe(0);
    expect(store.getActiveRun()?.checkpoint).toBeUndefined();
  });

  it('deletes what a complete run did not see, unless it saw too little (guard)', () => {
    dir = makeTempDir();
    const store = open();
    const items = toItems(records.slice(0, 20));
    let run = store.startRun();
    store.writePage(run.runId, items, { lastId: 'a', pageNumber: 1 });
    expect(store.finishRun(run.runId, { minShare: 0.9 })).toMatchObject({ seen: 20, before: 20, deleted: 0, guarded: false });

    // 19 of 20 seen: above 90 %, the missing one goes, with its sites and FTS row.
    run = store.startRun();
    store.writePage(run.runId, items.slice(1), { lastId: 'b', pageNumber: 1 });
    expect(store.finishRun(run.runId, { minShare: 0.9 })).toMatchObject({ seen: 19, before: 20, deleted: 1 });
    expect(store.getStudy(items[0].study.id)).toBeUndefined();
    expect(rawDatabase(store).prepare('SELECT count(*) AS n FROM sites WHERE study_id = ?').get(items[0].study.id)).toEqual({ n: 0 });
    expect(countRows(store, 'studies_fts')).toBe(19);

    // Half seen: nothing deleted, reason kept for /api/health.
    run = store.startRun();
    store.writePage(run.runId, items.slice(1, 10), { lastId: 'c', pageNumber: 1 });
    const guarded = store.finishRun(run.runId, { minShare: 0.9 });
    expect(guarded).toMatchObject({ seen: 9, before: 19, deleted: 0, guarded: true });
    expect(store.countStudies()).toBe(19);
    const status = store.getSyncStatus();
    expect(status.guard).toMatch(/9 études sur 19/);
    expect(status.lastRun?.guarded).toBe(true);
    expect(status.activeRun).toBeUndefined();
    expect(status.runs).toHaveLength(3);
    expect(status.lastSuccess).toBe(status.lastRun?.finishedAt);
    expect(store.getLastSuccess()).toBe(status.lastSuccess);

    // A later healthy run clears the guard.
    run = store.startRun();
    store.writePage(run.runId, items.slice(1), { lastId: 'd', pageNumber: 1 });
    store.finishRun(run.runId, { minShare: 0.9 });
    expect(store.getSyncStatus().guard).toBeUndefined();
  });

  it('keeps a study the crawl saw but could not normalise (alsoSeen)', () => {
    dir = makeTempDir();
    const store = open();
    const items = toItems(records.slice(0, 10));
    let run = store.startRun();
    store.writePage(run.runId, items, { lastId: 'a', pageNumber: 1 });
    store.finishRun(run.runId, { minShare: 0 });
    run = store.startRun();
    store.writePage(run.runId, items.slice(1), { lastId: 'b', pageNumber: 1 }, [items[0].study.id]);
    expect(store.finishRun(run.runId, { minShare: 0 }).deleted).toBe(0);
    expect(store.getStudy(items[0].study.id)).toBeDefined();
  });

  it('keeps an unfinished run and its checkpoint across a reopen, and refuses pages of a replaced run', () => {
    dir = makeTempDir();
    let store = open();
    const items = toItems(records.slice(0, 5));
    const run = store.startRun();
    store.writePage(run.runId, items, { lastId: items[4].study.id, pageNumber: 3 });
    store.close();
    store = open();
    expect(store.getActiveRun()).toMatchObject({ runId: run.runId, pages: 1, studies: 5, checkpoint: { pageNumber: 3 } });
    const next = store.startRun();
    expect(next.runId).toBe(run.runId + 1);
    expect(() => store.writePage(run.runId, items, { lastId: 'z', pageNumber: 4 })).toThrow(/plus en cours/);
  });

  it('never mixes fiction and real data in one file: a crawl of the other kind replaces it', () => {
    dir = makeTempDir();
    const store = open();
    const demo = toItems(records.slice(0, 10));
    const real = toItems(withoutDemoTag(records.slice(10, 20)));
    expect(real.every((i) => !i.demo)).toBe(true);
    let run = store.startRun();
    store.writePage(run.runId, demo, { lastId: 'a', pageNumber: 1 });
    store.finishRun(run.runId, { minShare: 0.9 });
    expect(store.holdsDemo()).toBe(true);

    run = store.startRun();
    store.writePage(run.runId, real, { lastId: 'b', pageNumber: 1 });
    expect(countStudiesByKind(store)).toEqual({ demo: 0, real: 10 });
    expect(store.holdsDemo()).toBe(false);
    expect(countRows(store, 'studies_fts')).toBe(10);
    expect(() => store.writePage(run.runId, [demo[0], real[0]], { lastId: 'c', pageNumber: 2 })).toThrow();
  });

  it('upsertStudy writes one study outside a crawl, refuses the other kind, and a later crawl that does not list it removes it', () => {
    dir = makeTempDir();
    const store = open();
    const [first, second, ...rest] = toItems(records.slice(0, 12));
    let run = store.startRun();
    store.writePage(run.runId, rest, { lastId: 'x', pageNumber: 1 });
    store.finishRun(run.runId, { minShare: 0.9 });

    store.upsertStudy(first);
    expect(store.getStudy(first.study.id)?.title).toBe(first.study.title);
    expect(countRows(store, 'studies_fts')).toBe(11);
    expect(
      (rawDatabase(store).prepare('SELECT count(*) AS n FROM sites WHERE study_id = ?').get(first.study.id) as { n: number }).n,
    ).toBe(first.study.sites.length);
    const [real] = toItems(withoutDemoTag([records[20]]));
    expect(() => store.upsertStudy(real)).toThrow();
    expect(store.getStudy(real.study.id)).toBeUndefined();

    // The next complete crawl sees `second` and the others, not `first`: it goes.
    run = store.startRun();
    store.writePage(run.runId, [second, ...rest], { lastId: 'y', pageNumber: 1 });
    const result = store.finishRun(run.runId, { minShare: 0.9 });
    expect(result.deleted).toBe(1);
    expect(store.getStudy(first.study.id)).toBeUndefined();
  });
});

describe('study_search (the narrow copy the search reads)', () => {
  /** What the triggers must hold: recomputed from `studies` and `sites`. */
  function expected(store: Store): unknown[] {
    return rawDatabase(store)
      .prepare(
        `SELECT s.rowid AS rid, s.id, s.regulation, s.jarde_category, s.recruitment, s.phase_buckets, s.sexes,
           s.age_ranges, s.healthy_volunteers, s.last_updated, s.recent_date,
           (SELECT group_concat(region) FROM (SELECT DISTINCT region FROM sites WHERE study_id = s.id
              AND region IS NOT NULL AND precision <> 'inconnue' ORDER BY region)) AS regions,
           (SELECT group_concat(department) FROM (SELECT DISTINCT department FROM sites WHERE study_id = s.id
              AND department IS NOT NULL AND precision <> 'inconnue' ORDER BY department)) AS departments
         FROM studies s ORDER BY s.rowid`,
      )
      .all()
      .map((r) => {
        const row = r as Record<string, unknown>;
        return { ...row, regions: row.regions ?? '', departments: row.departments ?? '' };
      });
  }
  function actual(store: Store): unknown[] {
    const sorted = (list: string) => (list ? list.slice(1, -1).split(',').sort().join(',') : '');
    return rawDatabase(store)
      .prepare('SELECT * FROM study_search ORDER BY rid')
      .all()
      .map((r) => {
        const row = r as Record<string, unknown>;
        return { ...row, regions: sorted(row.regions as string), departments: sorted(row.departments as string) };
      });
  }

  it('follows inserts, rewrites, fewer sites, unplaced sites, marks and deletions', () => {
    dir = makeTempDir();
    const store = open();
    const LYON: GeoPlace = { precision: 'commune', insee: '69123', department: '69', region: '84', lat: 45.76, lon: 4.84 };
    const resources = records.slice(0, 12).flatMap((r) => [r.study, r.group, ...r.locations]);
    let n = 0;
    const items = preparePage(resources, {
      geocode: () => [PARIS, LYON, { precision: 'inconnue' } as GeoPlace][n++ % 3],
      logger: quietLogger,
    }).items;
    const run = store.startRun();
    store.writePage(run.runId, items, { lastId: items[11].study.id, pageNumber: 1 });
    expect(actual(store)).toEqual(expected(store));
    expect((actual(store) as { regions: string }[]).some((r) => r.regions === '11,84')).toBe(true);

    // Rewritten with other values and fewer sites; one study's sites all unplaced.
    const changed = structuredClone(items.slice(0, 3));
    changed[0].study.recruitment = 'termine';
    changed[0].study.sites = changed[0].study.sites.slice(0, 1);
    changed[0].sites = [LYON];
    changed[1].sites = changed[1].sites.map(() => ({ precision: 'inconnue' }) as GeoPlace);
    store.writePage(run.runId, changed, { lastId: items[11].study.id, pageNumber: 2 });
    store.writePage(run.runId, items.slice(3, 10), { lastId: items[9].study.id, pageNumber: 3 }, [items[10].study.id]);
    expect(actual(store)).toEqual(expected(store));

    // items[11] unseen by this run: deleted with its sites.
    const second = store.startRun();
    store.writePage(second.runId, items.slice(0, 11), { lastId: items[10].study.id, pageNumber: 1 });
    expect(store.finishRun(second.runId, { minShare: 0.5 })).toMatchObject({ deleted: 1 });
    expect(actual(store)).toEqual(expected(store));
    expect(rawDatabase(store).prepare('SELECT count(*) AS n FROM study_search').get()).toEqual({ n: 11 });
  });
});

describe('sync lock', () => {
  it('lets one connection hold it, takes over a lock whose process is gone, and releases', () => {
    dir = makeTempDir();
    const a = open();
    const b = open();
    expect(a.acquireSyncLock().acquired).toBe(true);
    const denied = b.acquireSyncLock();
    expect(denied.acquired).toBe(false);
    expect(b.getSyncStatus().running).toBe(true);
    a.releaseSyncLock();
    expect(b.getSyncStatus().running).toBe(false);
    expect(b.acquireSyncLock().acquired).toBe(true);

    // A lock left by a dead process (pid far above pid_max) is stale.
    const lock = b.getState<Record<string, unknown>>('sync_lock')!;
    b.setState('sync_lock', { ...lock, owner: 'ailleurs', pid: 2 ** 30 });
    expect(a.acquireSyncLock().acquired).toBe(true);
  });

  it('a reader connection sees finished pages only', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'mirror.sqlite');
    const writer = open(file);
    const reader = open(file);
    const items = toItems(records.slice(0, 10));
    const run = writer.startRun();
    // A page that fails half-way (second item invalid) leaves nothing behind for the reader.
    const bad = [items[0], { ...items[1], sites: [] }];
    expect(() => writer.writePage(run.runId, bad, { lastId: 'a', pageNumber: 1 })).toThrow();
    expect(reader.countStudies()).toBe(0);
    writer.writePage(run.runId, items, { lastId: 'a', pageNumber: 1 });
    expect(reader.countStudies()).toBe(10);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
  });
});

describe('migration 3 (the « recent » date)', () => {
  it('upgrades a version-2 mirror in place: past recruitment starts become the sort key, future ones do not', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'mirror.sqlite');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]);
    old.exec(MIGRATIONS[1]);
    old.pragma('user_version = 2');
    const insert = old.prepare(`INSERT INTO studies (id, title, regulation, recruitment, phase_buckets, sexes, age_ranges,
      healthy_volunteers, site_count, study_json, raw_json, demo, last_seen_run, stored_at)
      VALUES (?, 't', 'jarde', 'ouvert', ',na,', '', '[]', 0, 0, ?, '{}', 0, 1, '2026-01-10T00:00:00Z')`);
    insert.run('A', JSON.stringify({ recruitmentPeriod: { start: '2025-05-01' } }));
    insert.run('B', JSON.stringify({ recruitmentPeriod: { start: '2027-01-01' } }));
    insert.run('C', JSON.stringify({}));
    old.close();

    const store = open(file);
    expect(rawDatabase(store).pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const rows = rawDatabase(store).prepare('SELECT id, recent_date FROM study_search ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'A', recent_date: '2025-05-01' },
      { id: 'B', recent_date: null },
      { id: 'C', recent_date: null },
    ]);
    expect(rawDatabase(store).prepare('SELECT first_seen FROM studies WHERE id = ?').get('A')).toEqual({ first_seen: '2026-01-10T00:00:00Z' });
  });
});

describe('study_conditions and the condition terms (migration 4)', () => {
  const withConditions = (item: StoreItem, texts: string[], recruitment: StoreItem['study']['recruitment'] = 'ouvert'): StoreItem => ({
    ...item,
    study: { ...item.study, recruitment, conditions: texts.map((text) => ({ text })) },
  });

  it('follows writes, rewrites and deletions, and lists terms by prefix of the term or of one of its words', () => {
    dir = makeTempDir();
    const store = open();
    const items = toItems(records.slice(0, 4));
    const run = store.startRun();
    store.writePage(
      run.runId,
      [
        withConditions(items[0], ['asthme sévère', 'asthme']),
        withConditions(items[1], ['asthme sévère', ' ']),
        withConditions(items[2], ['ASTHME SÉVÈRE'], 'termine'),
        withConditions(items[3], ['Cancer du sein métastatique', 'Sclérose en plaques']),
      ],
      { lastId: 'x', pageNumber: 1 },
    );
    const terms = store.readConditionTerms();
    // Spellings fold together; the most frequent one is shown; empty conditions are left out.
    expect(terms[0]).toEqual({ text: 'asthme sévère', studies: 3, open: 2 });
    expect(terms.map((t) => t.text)).toEqual(['asthme sévère', 'asthme', 'Cancer du sein métastatique', 'Sclérose en plaques']);
    expect(store.readConditionTerms()).toBe(terms);

    expect(store.listConditionTerms('asth', 5).map((t) => t.text)).toEqual(['asthme sévère', 'asthme']);
    expect(store.listConditionTerms('SEIN', 5).map((t) => t.text)).toEqual(['Cancer du sein métastatique']);
    expect(store.listConditionTerms('plaques', 5).map((t) => t.text)).toEqual(['Sclérose en plaques']);
    expect(store.listConditionTerms('asthme', 1)).toHaveLength(1);
    expect(store.listConditionTerms('', 5)).toEqual([]);
    expect(store.listConditionTerms('zzz', 5)).toEqual([]);
    expect(store.listConditionTerms('asthme', -1)).toEqual([]);

    // A rewrite replaces the study's conditions; a deletion removes them.
    store.writePage(run.runId, [withConditions(items[3], ['Mucoviscidose'])], { lastId: 'y', pageNumber: 2 });
    expect(store.listConditionTerms('cancer', 5)).toEqual([]);
    expect(store.listConditionTerms('muco', 5).map((t) => t.text)).toEqual(['Mucoviscidose']);
    rawDatabase(store).prepare('DELETE FROM studies WHERE id = ?').run(items[3].study.id);
    expect(store.listConditionTerms('muco', 5)).toEqual([]);
    expect(rawDatabase(store).prepare('SELECT count(*) AS n FROM study_conditions').get()).toEqual({ n: 4 });

    // rebuildSearchIndex() refills the table from the studies themselves.
    store.rebuildSearchIndex();
    expect(store.readConditionTerms().map((t) => [t.text, t.studies])).toEqual([
      ['asthme sévère', 3],
      ['asthme', 1],
    ]);
  });

  it('fills the table from the stored studies when a version-3 mirror is opened', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'mirror.sqlite');
    const old = new Database(file);
    for (const step of MIGRATIONS.slice(0, 3)) old.exec(step);
    old.pragma('user_version = 3');
    const insert = old.prepare(`INSERT INTO studies (id, title, regulation, recruitment, phase_buckets, sexes, age_ranges,
      healthy_volunteers, site_count, study_json, raw_json, demo, last_seen_run, stored_at)
      VALUES (?, 't', 'jarde', 'ouvert', ',na,', '', '[]', 0, 0, ?, '{}', 0, 1, '2026-01-10T00:00:00Z')`);
    insert.run('A', JSON.stringify({ conditions: [{ text: ' Maladie de Lyme ' }, { text: '' }] }));
    insert.run('B', JSON.stringify({ conditions: [{ text: 'maladie de lyme' }] }));
    insert.run('C', JSON.stringify({}));
    old.close();

    const store = open(file);
    expect(store.readConditionTerms()).toEqual([{ text: 'Maladie de Lyme', studies: 2, open: 2 }]);
  });
});
