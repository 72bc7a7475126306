import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch, runSitesSearch } from '@/lib/search/run-search';
import { createTestDb, insertStudies, PLACES, type TestDb } from '@/lib/search/test-helpers';
import { makeStudy } from '@/lib/study/testing';
import type { ActiveStore } from '@/lib/store/active';
import { openStore } from '@/lib/store/store';

let t: TestDb;
let source: ActiveStore;

beforeAll(() => {
  t = createTestDb();
  insertStudies(t.store, [{ study: makeStudy({ id: '2021-A01022-39', title: 'Asthme sévère de l’adulte' }), sites: [PLACES.paris] }]);
  source = { store: t.store, demo: false };
});
afterAll(() => t.close());

const ok = (params: string) => {
  const run = runSearch(() => source, new URLSearchParams(params));
  if (run.status !== 'ok') throw new Error(`expected ok, got ${run.status}`);
  return run.response;
};

describe('runSearch result cache', () => {
  it('answers the same search twice from one computation, whatever the parameter order', () => {
    const first = ok('maladie=asthme&recrutement=tous');
    expect(first.total).toBe(1);
    expect(ok('recrutement=tous&maladie=asthme')).toBe(first);
  });

  it('forgets an answer as soon as the file changes, through this connection or another one', () => {
    const before = ok('maladie=asthme&recrutement=tous');
    insertStudies(t.store, [{ study: makeStudy({ id: '2021-A01023-40', title: 'Asthme de l’enfant' }) }]);
    const afterOwnWrite = ok('maladie=asthme&recrutement=tous');
    expect(afterOwnWrite).not.toBe(before);
    expect(afterOwnWrite.total).toBe(2);

    // Another process writing the same file (`npm run sync` beside the server).
    const other = openStore(t.file);
    try {
      insertStudies(other, [{ study: makeStudy({ id: '2021-A01024-41', title: 'Asthme du sportif' }) }]);
    } finally {
      other.close();
    }
    expect(ok('maladie=asthme&recrutement=tous').total).toBe(3);
  });

  it('does not cache searches made with custom options', () => {
    const a = runSearch(() => source, new URLSearchParams('maladie=asthme'), { now: new Date(0) });
    const b = runSearch(() => source, new URLSearchParams('maladie=asthme'), { now: new Date(0) });
    expect(a.status === 'ok' && b.status === 'ok' && a.response !== b.response).toBe(true);
  });

  it('caches the map of a search like its results, and forgets it with the data', () => {
    const run = () => {
      const r = runSitesSearch(() => source, new URLSearchParams('maladie=asthme&recrutement=tous'));
      if (r.status !== 'ok') throw new Error(r.status);
      return r.response;
    };
    const first = run();
    expect(first.features.length).toBe(1);
    expect(run()).toBe(first);
    insertStudies(t.store, [{ study: makeStudy({ id: '2021-A01025-42', title: 'Asthme et sport' }), sites: [PLACES.lyon] }]);
    expect(run().features.length).toBe(2);
  });
});
