import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawStudyResources } from '@/lib/eclaire/normalise';
import { parseSearchParams } from '@/lib/search/params';
import { searchStudies } from '@/lib/search/search';
import { PLACES } from '@/lib/search/test-helpers';
import { makeStudy } from '@/lib/study/testing';
import { openStore, type Store } from '@/lib/store/store';

/** The search reads what the real store writes (encodings, FTS rows, last sync date). */
let dir: string;
let store: Store;

function q(qs: string) {
  const r = parseSearchParams(new URLSearchParams(qs));
  if (!r.ok) throw new Error(r.error.message);
  return r.query;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phare-search-store-'));
  store = openStore(path.join(dir, 'mirror.sqlite'));
  const raw = { researchStudy: { resourceType: 'ResearchStudy', status: 'active' }, locations: [], organizations: [] } as unknown as RawStudyResources;
  const run = store.startRun();
  store.writePage(
    run.runId,
    [
      {
        study: makeStudy({
          id: '2023-A00001-11',
          title: 'Accidents vasculaires cérébraux : rééducation',
          phaseBuckets: ['na'],
          eligibility: {
            sexes: ['femme', 'homme'], ageRanges: [{ min: 18, max: 64 }], inclusion: [], exclusion: [], unclassified: [], groups: [],
            healthyVolunteers: false, populations: [],
          },
          sites: [{ id: 's1', name: 'Hôpital', city: 'Saint-Denis', addressLines: [] }],
        }),
        raw,
        sites: [{ precision: 'commune', insee: '97411', department: '974', region: '04', lat: PLACES.saintDenis974.lat, lon: PLACES.saintDenis974.lon }],
        demo: false,
      },
      {
        study: makeStudy({ id: '2023-A00002-22', title: 'Mucoviscidose de l’enfant', regulation: 'medicament', jardeCategory: undefined, phaseBuckets: ['2', '3'] }),
        raw,
        sites: [],
        demo: false,
      },
    ],
    { lastId: '2023-A00002-22', pageNumber: 1 },
  );
  store.finishRun(run.runId, { minShare: 0 });
});

afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('search on a store written by lib/store', () => {
  it('finds, filters and places what the store wrote', () => {
    const avc = searchStudies(store, q('maladie=AVC&region=04&age=30&sexe=femme'));
    expect(avc.results.map((r) => r.id)).toEqual(['2023-A00001-11']);
    expect(avc.facets.region).toEqual({ '04': 1 });
    expect(avc.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(searchStudies(store, q('age=70')).results.map((r) => r.id)).toEqual(['2023-A00002-22']);
    expect(searchStudies(store, q('maladie=fibrose kystique&phase=3')).results.map((r) => r.id)).toEqual(['2023-A00002-22']);
    const near = searchStudies(store, q('lat=-20.88&lon=55.45&rayon=5'));
    expect(near.results.map((r) => [r.id, r.nearestSite?.city])).toEqual([['2023-A00001-11', 'Saint-Denis']]);
  });
});
