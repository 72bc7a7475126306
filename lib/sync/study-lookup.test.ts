import { describe, expect, it, vi } from 'vitest';
import { buildTestRecord } from '@/lib/emulator/test-records';
import type { StoreItem } from '@/lib/store/writes';
import { makeStudy } from '@/lib/study/testing';
import type { Study } from '@/lib/study/types';
import { createUpstreamLookup, lookupStudy, type LookupSource, type StudyLookup, type UpstreamLookupDeps } from './study-lookup';

const geocode = () => ({ precision: 'inconnue' as const });

function recordResources(id: string, title = 'Étude venue d’ECLAIRE') {
  const r = buildTestRecord({ id, title, sites: [{ name: 'CHU', city: 'Nantes' }] });
  return [r.study, r.group, ...r.locations];
}

interface Fixture {
  resources?: unknown[];
  fail?: boolean;
  demo?: boolean;
  upsert?: (item: StoreItem) => void;
  hold?: Promise<void>;
  budgetPerMinute?: number;
  maxQueued?: number;
}

function upstream(f: Fixture = {}) {
  const search = vi.fn(async () => {
    await f.hold;
    if (f.fail) throw new Error('ECLAIRE est injoignable.');
    return { total: f.resources?.length ? 1 : 0, resources: f.resources ?? [], malformed: 0 };
  });
  const upserted: StoreItem[] = [];
  const deps: UpstreamLookupDeps = {
    store: () => ({
      store: { getStudy: () => undefined, upsertStudy: f.upsert ?? ((item) => void upserted.push(item)) },
      demo: f.demo ?? true,
    }),
    client: () => ({ search }) as never,
    geocode,
    logger: { warn: () => {} },
    budgetPerMinute: f.budgetPerMinute,
    maxQueued: f.maxQueued,
  };
  return { lookup: createUpstreamLookup(deps), search, upserted };
}

describe('lookupStudy (what a page reads)', () => {
  const source = (studies: Study[], answer: (id: string) => Promise<StudyLookup>): LookupSource & { asked: string[] } => {
    const asked: string[] = [];
    return {
      asked,
      read: () => ({ store: { getStudy: (id: string) => studies.find((s) => s.id.toLowerCase() === id.toLowerCase()) }, demo: false }),
      upstream: (id) => {
        asked.push(id);
        return answer(id);
      },
    };
  };

  it('rejects ids outside [A-Za-z0-9-]{1,64} without any call', async () => {
    const s = source([], async () => ({ status: 'not-found', reason: 'unknown' }));
    for (const id of ['../x', '', 'a b', 'x'.repeat(65), '<script>']) {
      expect(await lookupStudy(id, s)).toMatchObject({ status: 'not-found', reason: 'invalid-id' });
    }
    expect(s.asked).toEqual([]);
  });

  it('reads the mirror first, whatever the case of the id', async () => {
    const study = makeStudy({ id: '2021-A01022-39' });
    const s = source([study], async () => ({ status: 'not-found', reason: 'unknown' }));
    expect(await lookupStudy('2021-a01022-39', s)).toEqual({ status: 'found', study, source: 'mirror' });
    expect(s.asked).toEqual([]);
  });

  it('asks ECLAIRE only about its own id formats', async () => {
    const s = source([], async () => ({ status: 'not-found', reason: 'unknown' }));
    for (const id of ['NCT01234567', 'abc-def', '12345', '2021-Z01022-39']) {
      expect(await lookupStudy(id, s)).toMatchObject({ status: 'not-found', reason: 'unknown' });
    }
    expect(s.asked).toEqual([]);
    await lookupStudy('2022-500014-26-00', s);
    await lookupStudy('2019-003543-30', s);
    expect(s.asked).toEqual(['2022-500014-26-00', '2019-003543-30']);
  });

  it('turns a failure to reach the primary into a temporary not-found', async () => {
    const s = source([], async () => {
      throw new Error('Pas de réponse du processus principal');
    });
    expect(await lookupStudy('2025-A00001-01', s)).toMatchObject({ status: 'not-found', reason: 'upstream-error' });
  });
});

describe('createUpstreamLookup (the one-study sync)', () => {
  it('fetches a missing study once, with its sites, and writes it to the store', async () => {
    const { lookup, search, upserted } = upstream({ resources: recordResources('2025-A00001-01') });
    const found = await lookup.lookup('2025-A00001-01');
    expect(found).toMatchObject({ status: 'found', source: 'upstream' });
    if (found.status === 'found') expect(found.study.sites).toHaveLength(1);
    expect(search).toHaveBeenCalledWith([['identifier', '2025-A00001-01'], ['_include', '*'], ['_count', 1]]);
    expect(upserted).toHaveLength(1);
    expect(upserted[0].sites).toHaveLength(1);
  });

  it('keeps the fetched study in memory when the store cannot write it', async () => {
    const { lookup, search } = upstream({
      resources: recordResources('2025-A00002-01'),
      upsert: () => {
        throw new Error('disque plein');
      },
    });
    await lookup.lookup('2025-A00002-01');
    expect(await lookup.lookup('2025-A00002-01')).toMatchObject({ status: 'found' });
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('remembers unknown ids and shares concurrent calls', async () => {
    const { lookup, search } = upstream();
    const [a, b] = await Promise.all([lookup.lookup('2099-A99999-99'), lookup.lookup('2099-A99999-99')]);
    expect(a).toMatchObject({ status: 'not-found', reason: 'unknown' });
    expect(b).toEqual(a);
    await lookup.lookup('2099-A99999-99');
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('treats an upstream failure as a temporary not-found, with a note', async () => {
    const { lookup } = upstream({ fail: true });
    const result = await lookup.lookup('2025-A00003-01');
    expect(result).toMatchObject({ status: 'not-found', reason: 'upstream-error' });
    if (result.status === 'not-found') expect(result.note).toMatch(/ne répond pas/);
  });

  it('never mixes fiction and real data', async () => {
    const { lookup, upserted } = upstream({ resources: recordResources('2025-A00004-01'), demo: false });
    expect(await lookup.lookup('2025-A00004-01')).toMatchObject({ status: 'not-found', reason: 'other-kind' });
    expect(upserted).toHaveLength(0);
  });

  it('spends at most its budget on a flood of distinct plausible ids, and refuses the rest at once', async () => {
    const { lookup, search } = upstream({ budgetPerMinute: 10, maxQueued: 100 });
    const ids = Array.from({ length: 200 }, (_, i) => `2026-A${String(10_000 + i).padStart(5, '0')}-01`);
    const results = await Promise.all(ids.map((id) => lookup.lookup(id)));
    expect(search).toHaveBeenCalledTimes(10);
    expect(results.filter((r) => r.status === 'not-found' && r.reason === 'busy')).toHaveLength(190);
    expect(lookup.stats()).toMatchObject({ calls: 10, refused: 190 });
  });

  it('queues only a few lookups at once', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const { lookup, search } = upstream({ hold, budgetPerMinute: 100, maxQueued: 3 });
    const pending = ['2026-A00001-01', '2026-A00002-01', '2026-A00003-01', '2026-A00004-01'].map((id) => lookup.lookup(id));
    const fourth = await pending[3];
    expect(fourth).toMatchObject({ status: 'not-found', reason: 'busy' });
    release();
    await Promise.all(pending);
    expect(search).toHaveBeenCalledTimes(3);
  });
});
