import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  handleDiseaseSuggestionsRequest, handleSitesRequest, handleStudiesRequest, handleStudyRequest, handleStudySitesRequest,
} from '@/lib/search/api';
import { API_CACHE_CONTROL } from '@/lib/cache-control';
import type { ActiveStore } from '@/lib/store/active';
import { createTestDb, insertStudies, PLACES, type TestDb } from '@/lib/search/test-helpers';
import { makeStudy } from '@/lib/study/testing';

let t: TestDb;
let source: ActiveStore;
const ready = () => source;
const url = (path: string) => new Request(`http://localhost${path}`);

beforeAll(() => {
  t = createTestDb();
  insertStudies(t.store, [
    { study: makeStudy({ id: '2021-A01022-39', title: 'Asthme sévère de l’adulte' }), sites: [{ ...PLACES.lille, name: 'CHU' }] },
    { study: makeStudy({ id: '2022-500014-26-00', title: 'Mucoviscidose', regulation: 'medicament', jardeCategory: undefined }) },
    {
      study: makeStudy({
        id: '2023-A00001-11',
        title: 'Sommeil',
        sites: [
          { id: 'l1', name: 'CHU de Rennes', addressLines: [], city: 'Rennes', postcode: '35000' },
          { id: 'l2', name: 'Centre sans adresse', addressLines: [] },
        ],
      }),
    },
  ]);
  source = { store: t.store, demo: true };
});
afterAll(() => t.close());

describe('GET /api/studies', () => {
  it('answers the results with facets, demo flag and cache headers', async () => {
    const res = handleStudiesRequest(url('/api/studies?maladie=asthme'), ready);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe(API_CACHE_CONTROL);
    expect(API_CACHE_CONTROL).toBe('public, s-maxage=300, stale-while-revalidate=3600');
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, page: 1, perPage: 20, demo: true, dataAsOf: null });
    expect(body.results[0]).toMatchObject({ id: '2021-A01022-39', siteCount: 1, regulation: 'jarde' });
    expect(Object.keys(body.facets).sort()).toEqual(['categorie', 'phase', 'recrutement', 'region']);
  });

  it('answers 400 in French naming the parameter', async () => {
    const res = handleStudiesRequest(url('/api/studies?region=99'), ready);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      param: 'region',
      error: 'Le paramètre « region » doit être un code de région INSEE, par exemple 11 pour l’Île-de-France.',
    });
    const unknown = handleStudiesRequest(url('/api/studies?lieu=99999'), ready, { resolvePlace: () => undefined });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).param).toBe('lieu');
  });

  it('answers 503 with Retry-After while the store is not ready', async () => {
    for (const get of [() => undefined, () => ({ ...source, store: { ...source.store, hasStudies: () => false } })]) {
      const res = handleStudiesRequest(url('/api/studies'), get);
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('60');
      expect(await res.json()).toEqual({ error: 'Les données sont en cours de chargement. Réessayez dans une minute.' });
    }
  });

  it('hides internal faults behind a French 500 without a stack', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = handleStudiesRequest(url('/api/studies'), () => {
      throw new Error('disk on fire at /secret/path');
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text).error).toMatch(/erreur interne/);
    spy.mockRestore();
  });
});

describe('GET /api/studies: what was understood in the text', () => {
  it('applies a place read in maladie and says so, with the same search in explicit parameters', async () => {
    const res = handleStudiesRequest(url('/api/studies?maladie=asthme+lille'), ready);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(1);
    expect(body.place).toMatchObject({ label: 'Lille (59)', rayon: 30 });
    expect(body.results[0].nearestSite).toMatchObject({ distanceKm: expect.any(Number) });
    expect(body.understood).toEqual({
      typed: 'asthme lille',
      text: 'asthme',
      place: { kind: 'commune', code: '59350', name: 'Lille', label: 'Lille (59)', typed: 'lille', rayon: 30, applied: true, others: [] },
      dropped: [],
      params: 'maladie=asthme&lieu=59350',
    });
    // Far from Lille, nothing; with texte=exact, the text is searched as typed (no study says « lille »).
    expect((await handleStudiesRequest(url('/api/studies?maladie=asthme+marseille'), ready).json()).total).toBe(0);
    const exact = await handleStudiesRequest(url('/api/studies?maladie=asthme+lille&texte=exact'), ready).json();
    expect(exact.understood).toEqual({ typed: 'asthme lille', text: 'asthme lille', exact: true, dropped: [] });
    expect(exact.place).toBeUndefined();
    expect(handleStudiesRequest(url('/api/studies?maladie=asthme&texte=autre'), ready).status).toBe(400);
  });

  it('answers the map with the same understanding', async () => {
    const body = await handleSitesRequest(url('/api/sites?maladie=asthme+lille'), ready).json();
    expect(body.features).toHaveLength(1);
    expect(body.understood.place.code).toBe('59350');
    expect((await handleSitesRequest(url('/api/sites?maladie=asthme+marseille'), ready).json()).features).toHaveLength(0);
  });

  it('answers an unknown place with what was typed and close places', async () => {
    const res = handleStudiesRequest(url('/api/studies?maladie=asthme&lieu=Renes'), ready);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.param).toBe('lieu');
    expect(body.error).toMatch(/Renes/);
    expect(body.suggestions).toEqual(expect.arrayContaining([{ code: '35238', label: 'Rennes (35) — Ille-et-Vilaine' }]));
    const code = await handleStudiesRequest(url('/api/studies?lieu=69999'), ready, { resolvePlace: () => undefined }).json();
    expect(code.error).toMatch(/^Nous ne trouvons pas de commune pour le code «\s69999\s»/);
    expect(code.suggestions.length).toBeGreaterThan(0);
  });
});

describe('GET /api/studies/{id}', () => {
  it('returns the study, whatever the case of the id', async () => {
    for (const id of ['2021-A01022-39', '2021-a01022-39']) {
      const res = handleStudyRequest(id, ready);
      expect(res.status).toBe(200);
      expect((await res.json()).id).toBe('2021-A01022-39');
    }
  });

  it('answers 404 JSON for an unknown id and 400 for a malformed one', async () => {
    const res = handleStudyRequest('2099-A00000-00', ready);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Aucune étude ne porte l’identifiant « 2099-A00000-00 ».' });
    for (const bad of ['x'.repeat(65), 'a%20b', '..%2F..%2Fetc', "1' OR '1'='1", '%E0%A4%A']) {
      const r = handleStudyRequest(bad, ready);
      expect(r.status, bad).toBe(400);
      expect((await r.json()).param).toBe('id');
    }
  });
});

describe('GET /api/studies/{id}/sites', () => {
  it('answers the placed sites of the study as GeoJSON, leaving out the sites without a place', async () => {
    const res = handleStudySitesRequest('2023-a00001-11', ready);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe(API_CACHE_CONTROL);
    const body = await res.json();
    expect(body).toMatchObject({ type: 'FeatureCollection', aggregated: false, total: 1 });
    expect(body.features[0].properties).toMatchObject({ studyId: '2023-A00001-11', siteName: 'CHU de Rennes', city: 'Rennes' });
    const [lon, lat] = body.features[0].geometry.coordinates;
    expect(lat).toBeCloseTo(48.11, 1);
    expect(lon).toBeCloseTo(-1.68, 1);
  });

  it('answers 404 and 400 in French like the study itself', async () => {
    const unknown = handleStudySitesRequest('2099-A00000-00', ready);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'Aucune étude ne porte l’identifiant « 2099-A00000-00 ».' });
    const bad = handleStudySitesRequest('..%2F..%2Fetc', ready);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^L’identifiant d’une étude/);
  });
});

describe('GET /api/sites', () => {
  it('answers GeoJSON', async () => {
    const res = handleSitesRequest(url('/api/sites?maladie=asthme'), ready);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(1);
    expect(body.features[0].properties).toMatchObject({ studyId: '2021-A01022-39', city: 'Lille', siteName: 'CHU' });
    expect(handleSitesRequest(url('/api/sites?phase=7'), ready).status).toBe(400);
  });
});

describe('GET /api/maladies/suggestions', () => {
  it('answers the synonym table and the mirror’s conditions, cached like the search', async () => {
    const res = handleDiseaseSuggestionsRequest(url('/api/maladies/suggestions?q=asth'), ready);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe(API_CACHE_CONTROL);
    const { results } = await res.json();
    expect(results.map((r: { label: string }) => r.label)).toContain('asthme');
    expect(results.length).toBeGreaterThan(0);
  });

  it('answers 400 in French without q or with too long a q, and the table alone while the data load', async () => {
    for (const qs of ['', '?q=', '?q=%20', `?q=${'a'.repeat(101)}`]) {
      const res = handleDiseaseSuggestionsRequest(url(`/api/maladies/suggestions${qs}`), ready);
      expect(res.status, qs).toBe(400);
      expect((await res.json()).param).toBe('q');
    }
    const loading = handleDiseaseSuggestionsRequest(url('/api/maladies/suggestions?q=muco'), () => undefined);
    expect(loading.status).toBe(200);
    expect(loading.headers.get('Cache-Control')).toBe('no-store');
    expect((await loading.json()).results).toEqual([{ label: 'mucoviscidose' }]);
  });
});
