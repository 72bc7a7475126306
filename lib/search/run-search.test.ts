import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch, type SearchSource } from '@/lib/search/run-search';
import { createTestDb, insertStudies, makeStudy, type TestDb } from '@/lib/search/test-helpers';

let t: TestDb;
let source: SearchSource;

beforeAll(() => {
  t = createTestDb();
  insertStudies(t.db, [{ study: makeStudy({ id: '2021-A01022-39', title: 'Asthme sévère de l’adulte' }) }]);
  source = { store: { db: t.db, hasStudies: () => true }, demo: false };
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
    insertStudies(t.db, [{ study: makeStudy({ id: '2021-A01023-40', title: 'Asthme de l’enfant' }) }]);
    const afterOwnWrite = ok('maladie=asthme&recrutement=tous');
    expect(afterOwnWrite).not.toBe(before);
    expect(afterOwnWrite.total).toBe(2);

    const other = new Database(t.db.name);
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
});
