import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTestRecord } from '@/lib/emulator/test-records';
import type { StoreItem } from '@/lib/store/writes';
import { makeStudy } from '@/lib/study/testing';
import { getStudyOrFetch, resetFetchOnMissForTests, type FetchOnMissDeps } from './study-lookup';

const geocode = () => ({ precision: 'inconnue' as const });

function recordResources(id: string, title = 'Étude venue d’ECLAIRE') {
  const r = buildTestRecord({ id, title, sites: [{ name: 'CHU', city: 'Nantes' }] });
  return [r.study, r.group, ...r.locations];
}

function deps(overrides: Partial<FetchOnMissDeps> & { resources?: unknown[]; fail?: boolean } = {}) {
  const search = vi.fn(async () => {
    if (overrides.fail) throw new Error('ECLAIRE est injoignable.');
    return { total: overrides.resources?.length ? 1 : 0, resources: overrides.resources ?? [], malformed: 0 };
  });
  const upserted: StoreItem[] = [];
  const d: FetchOnMissDeps = {
    store: { getStudy: () => undefined, upsertStudy: (item) => void upserted.push(item) },
    demo: true,
    client: () => ({ search }) as never,
    geocode,
    logger: { warn: () => {} },
    ...overrides,
  };
  return { d, search, upserted };
}

describe('getStudyOrFetch', () => {
  beforeEach(() => resetFetchOnMissForTests());

  it('rejects ids outside [A-Za-z0-9-]{1,64} without any call', async () => {
    const { d, search } = deps();
    for (const id of ['../x', '', 'a b', 'x'.repeat(65), '<script>']) {
      expect(await getStudyOrFetch(id, d)).toMatchObject({ status: 'not-found', reason: 'invalid-id' });
    }
    expect(search).not.toHaveBeenCalled();
  });

  it('reads the mirror first', async () => {
    const study = makeStudy({ id: '2021-A01022-39' });
    const { d, search } = deps({ store: { getStudy: (id) => (id === study.id ? study : undefined), upsertStudy: () => {} } });
    expect(await getStudyOrFetch(study.id, d)).toEqual({ status: 'found', study, source: 'mirror' });
    expect(search).not.toHaveBeenCalled();
  });

  it('fetches a missing study once, with its sites, and writes it to the store', async () => {
    const { d, search, upserted } = deps({ resources: recordResources('2025-A00001-01') });
    const found = await getStudyOrFetch('2025-A00001-01', d);
    expect(found).toMatchObject({ status: 'found', source: 'upstream' });
    if (found.status === 'found') expect(found.study.sites).toHaveLength(1);
    expect(search).toHaveBeenCalledWith([['identifier', '2025-A00001-01'], ['_include', '*'], ['_count', 1]]);
    expect(upserted).toHaveLength(1);
    expect(upserted[0].sites).toHaveLength(1);
  });

  it('keeps the fetched study in memory when the store cannot upsert', async () => {
    const { d, search } = deps({ resources: recordResources('2025-A00002-01'), store: {
        getStudy: () => undefined,
        upsertStudy: () => {
          throw new Error('disque plein');
        },
      },
    });
    await getStudyOrFetch('2025-A00002-01', d);
    expect(await getStudyOrFetch('2025-A00002-01', d)).toMatchObject({ status: 'found' });
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('remembers unknown ids and shares concurrent calls', async () => {
    const { d, search } = deps();
    const [a, b] = await Promise.all([getStudyOrFetch('2099-A99999-99', d), getStudyOrFetch('2099-A99999-99', d)]);
    expect(a).toMatchObject({ status: 'not-found', reason: 'unknown' });
    expect(b).toEqual(a);
    await getStudyOrFetch('2099-A99999-99', d);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('treats an upstream failure as not found, with a note', async () => {
    const { d } = deps({ fail: true });
    const result = await getStudyOrFetch('2025-A00003-01', d);
    expect(result).toMatchObject({ status: 'not-found', reason: 'upstream-error' });
    if (result.status === 'not-found') expect(result.note).toMatch(/ne répond pas/);
  });

  it('never mixes fiction and real data', async () => {
    const { d, upserted } = deps({ resources: recordResources('2025-A00004-01'), demo: false });
    expect(await getStudyOrFetch('2025-A00004-01', d)).toMatchObject({ status: 'not-found', reason: 'other-kind' });
    expect(upserted).toHaveLength(0);
  });
});
