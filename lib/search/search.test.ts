import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from '@/lib/geo/distance';
import { parseSearchParams, type SearchQuery } from '@/lib/search/params';
import { SearchInputError, type PlaceResolver } from '@/lib/search/place';
import { searchSites, searchStudies } from '@/lib/search/search';
import { createTestDb, insertStudies, PLACES, type TestDb } from '@/lib/search/test-helpers';
import { makeStudy } from '@/lib/study/testing';
import type { Study } from '@/lib/study/types';

const places = PLACES;
const resolvePlace: PlaceResolver = (lieu) =>
  Object.values(places).find((p) => p.insee === lieu || p.postcode === lieu) && {
    label: Object.values(places).find((p) => p.insee === lieu || p.postcode === lieu)!.city,
    lat: Object.values(places).find((p) => p.insee === lieu || p.postcode === lieu)!.lat,
    lon: Object.values(places).find((p) => p.insee === lieu || p.postcode === lieu)!.lon,
  };

function q(qs: string): SearchQuery {
  const r = parseSearchParams(new URLSearchParams(qs));
  if (!r.ok) throw new Error(`${qs}: ${r.error.message}`);
  return r.query;
}

function elig(over: Partial<Study['eligibility']>): Study['eligibility'] {
  return { sexes: [], ageRanges: [], inclusion: [], exclusion: [], unclassified: [], groups: [], healthyVolunteers: false, populations: [], ...over };
}

let t: TestDb;
const ids = (qs: string) => searchStudies(t.store, q(qs), { resolvePlace }).results.map((r) => r.id);

beforeAll(() => {
  t = createTestDb();
  insertStudies(t.store, [
    {
      study: makeStudy({
        id: 'A-AVC',
        title: 'Rééducation après un accident vasculaire cérébral',
        conditions: [{ text: 'Accident vasculaire cérébral ischémique' }],
        lastUpdated: '2025-03-01T00:00:00Z',
      }),
      sites: [
        { ...places.paris, name: 'Hôpital Lariboisière', precision: 'adresse' },
        { ...places.versailles, name: 'CH de Versailles' },
      ],
    },
    {
      study: makeStudy({ id: 'A2-AVC', title: 'Prise en charge précoce de l’AVC', lastUpdated: '2025-02-01T00:00:00Z' }),
      sites: [{ ...places.lyon, name: 'HCL' }],
    },
    {
      study: makeStudy({
        id: 'B-SLA',
        title: 'Traitement de la maladie de Charcot',
        conditions: [{ text: 'Sclérose latérale amyotrophique' }],
        regulation: 'medicament',
        jardeCategory: undefined,
        phaseBuckets: ['2'],
        lastUpdated: '2025-01-15T00:00:00Z',
      }),
      sites: [{ ...places.lyon, name: 'Hôpital neurologique' }],
    },
    {
      study: makeStudy({ id: 'C-VIH', title: 'Suivi des personnes vivant avec le VIH', jardeCategory: 3 }),
      sites: [{ ...places.saintDenis93, name: 'Hôpital Delafontaine' }],
    },
    {
      study: makeStudy({
        id: 'D-SIDA',
        title: 'Prévention du sida chez les adolescents',
        jardeCategory: 1,
        recruitment: 'a-venir',
        eligibility: elig({ ageRanges: [{ min: 12, max: 17 }] }),
      }),
      sites: [{ ...places.saintDenis974, name: 'CHU Félix Guyon' }],
    },
    {
      study: makeStudy({
        id: 'E-ALZ',
        title: 'Étude de la maladie d’Alzheimer',
        regulation: 'dispositif',
        jardeCategory: undefined,
        recruitment: 'termine',
        eligibility: elig({ ageRanges: [{ min: 65 }], sexes: ['femme'] }),
      }),
      sites: [{ ...places.versailles, name: 'CH de Versailles' }],
    },
    {
      study: makeStudy({
        id: 'F-NOSITE',
        title: 'Asthme de l’enfant',
        conditions: [{ text: 'Asthme' }],
        regulation: 'diagnostic',
        jardeCategory: undefined,
        eligibility: elig({ ageRanges: [{ min: 6, max: 17 }] }),
      }),
      sites: [{ city: 'INDISPONIBLE', precision: 'inconnue' }],
    },
    {
      study: makeStudy({
        id: 'G-SEIN',
        title: 'Essai de phase 3 dans le carcinome mammaire',
        identifiers: [
          { value: 'G-SEIN', kind: 'autre', primary: true },
          { value: 'NCT01234567', kind: 'nct', primary: false },
        ],
        regulation: 'medicament',
        jardeCategory: undefined,
        phaseBuckets: ['3'],
        eligibility: elig({ sexes: ['femme'], ageRanges: [{ min: 18, max: 64 }, { min: 65 }] }),
      }),
      sites: [{ ...places.meaux, name: 'GHEF Meaux' }],
    },
    {
      study: makeStudy({
        id: 'H-VS',
        title: 'Pharmacocinétique d’un nouveau médicament',
        regulation: 'medicament',
        jardeCategory: undefined,
        phaseBuckets: ['1'],
        eligibility: elig({ healthyVolunteers: true, sexes: ['homme'], ageRanges: [{ min: 18, max: 45 }] }),
      }),
      sites: [{ ...places.lille, name: 'CIC Lille' }],
    },
    {
      study: makeStudy({
        id: '2021-A01022-39',
        title: 'Cohorte de patients',
        recruitment: 'termine',
        summary: 'Suite de 2021-A01022-38.',
      }),
    },
    {
      // Mentions the number of another study: must come after the study that IS that number.
      study: makeStudy({
        id: 'K-MENTION',
        title: 'Suivi à long terme après NCT01234567',
        summary: 'Suite de la cohorte 2021-A01022-39.',
      }),
    },
  ]);
  t.store.setState('last_success', '2025-04-01T05:00:00Z');
});

afterAll(() => t.close());

describe('text search', () => {
  it('folds accents and case', () => {
    expect(ids('maladie=etude&recrutement=tous')).toContain('E-ALZ');
    expect(ids('maladie=ÉTUDE&recrutement=tous')).toContain('E-ALZ');
    expect(ids('maladie=reeducation')).toEqual(['A-AVC']);
  });

  it('meets plurals', () => {
    expect(ids('maladie=adolescent&recrutement=tous')).toEqual(['D-SIDA']);
    expect(ids('maladie=personne')).toEqual(['C-VIH']);
  });

  it('forgives one typo on a long word', () => {
    expect(ids('maladie=alzeimer&recrutement=tous')).toEqual(['E-ALZ']);
    expect(ids('maladie=alzhiemer&recrutement=tous')).toEqual(['E-ALZ']);
    expect(ids('maladie=alzxyzmer&recrutement=tous')).toEqual([]);
  });

  it('finds acronyms and their expansions both ways', () => {
    expect(ids('maladie=AVC').sort()).toEqual(['A-AVC', 'A2-AVC']);
    expect(ids('maladie=accident vasculaire cérébral').sort()).toEqual(['A-AVC', 'A2-AVC']);
    expect(ids('maladie=SLA')).toEqual(['B-SLA']);
    expect(ids('maladie=charcot')).toEqual(['B-SLA']);
    expect(ids('maladie=sclérose latérale amyotrophique')).toEqual(['B-SLA']);
    expect(ids('maladie=sida&recrutement=tous').sort()).toEqual(['C-VIH', 'D-SIDA']);
    expect(ids('maladie=VIH&recrutement=tous').sort()).toEqual(['C-VIH', 'D-SIDA']);
    expect(ids('maladie=cancer du sein')).toEqual(['G-SEIN']);
  });

  it('ranks title matches above body matches', () => {
    expect(ids('maladie=cohorte&recrutement=tous')).toEqual(['2021-A01022-39', 'K-MENTION']);
  });

  it('puts the study with that identifier first', () => {
    expect(ids('maladie=2021-A01022-39')[0]).toBe('2021-A01022-39');
    expect(ids('maladie=2021-a01022-39')[0]).toBe('2021-A01022-39');
    expect(ids('maladie=NCT01234567')[0]).toBe('G-SEIN');
    expect(ids('maladie=nct01234567')).toContain('K-MENTION');
  });

  it('never lets hostile text reach FTS5 syntax', () => {
    const hostile = [
      '"', '""', "'", '*', ':', 'NEAR(', 'NEAR(a b', 'title:cancer', '"cancer', 'a OR b', 'AND', 'NOT', 'OR', '^',
      '(((', ')', '-', '+', '{title}: x', 'cancer*', '\\', '\u0000', '🙂', 'x'.repeat(10_000),
      Array.from({ length: 2000 }, (_, i) => `mot${i}`).join(' '),
    ];
    for (const maladie of hostile) {
      expect(() => searchStudies(t.store, { ...q(''), maladie }), maladie.slice(0, 20)).not.toThrow();
      expect(() => searchSites(t.store, { ...q(''), maladie })).not.toThrow();
    }
    for (const maladie of ['"asthme"', 'asthme*', '(asthme)', 'asthme:', '"asthme" AND']) {
      expect(searchStudies(t.store, { ...q(''), maladie }).results.map((r) => r.id), maladie).toEqual(['F-NOSITE']);
    }
  });
});

describe('place filters', () => {
  it('separates homonymous communes by region and department', () => {
    expect(ids('region=11&recrutement=tous').sort()).toEqual(['A-AVC', 'C-VIH', 'E-ALZ', 'G-SEIN']);
    expect(ids('region=04&recrutement=tous')).toEqual(['D-SIDA']);
    expect(ids('departement=93&recrutement=tous')).toEqual(['C-VIH']);
    expect(ids('departement=974&recrutement=tous')).toEqual(['D-SIDA']);
  });

  it('never places a study without placed sites, but finds it without a place', () => {
    for (const region of ['01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94']) {
      expect(ids(`region=${region}&recrutement=tous`)).not.toContain('F-NOSITE');
    }
    expect(ids('lat=48.8566&lon=2.3522&rayon=1000&recrutement=tous')).not.toContain('F-NOSITE');
    expect(ids('recrutement=tous')).toContain('F-NOSITE');
    expect(ids('maladie=asthme')).toEqual(['F-NOSITE']);
  });

  it('filters by radius and sorts by distance, to the kilometre', () => {
    const r = searchStudies(t.store, q('lat=48.8566&lon=2.3522&rayon=20&recrutement=tous'));
    expect(r.results.map((s) => s.id)).toEqual(['A-AVC', 'C-VIH', 'E-ALZ']);
    expect(r.results.map((s) => Math.round(s.nearestSite!.distanceKm))).toEqual([0, 9, 18]);
    expect(r.results[0].nearestSite).toMatchObject({ name: 'Hôpital Lariboisière', city: 'Paris' });
    expect(r.results[0].nearbySiteCount).toBe(2);
    expect(r.results[2].nearbySiteCount).toBe(1);
    expect(r.place).toEqual({ label: 'Votre position', lat: 48.8566, lon: 2.3522, rayon: 20 });
    expect(ids('lat=48.8566&lon=2.3522&rayon=17&recrutement=tous')).toEqual(['A-AVC', 'C-VIH']);
    expect(ids('lat=48.8566&lon=2.3522&rayon=41&recrutement=tous')).toEqual(['A-AVC', 'C-VIH', 'E-ALZ', 'G-SEIN']);
    expect(ids('lat=48.8566&lon=2.3522&rayon=39&recrutement=tous')).not.toContain('G-SEIN');
  });

  it('measures from the nearest site of each study', () => {
    // A-AVC has sites in Paris and Versailles: from Versailles, its nearest site is 0 km away.
    const r = searchStudies(t.store, q('lieu=78646&rayon=5&recrutement=tous'), { resolvePlace });
    expect(r.results.map((s) => [s.id, s.nearestSite?.city])).toEqual([
      ['A-AVC', 'Versailles'],
      ['E-ALZ', 'Versailles'],
    ]);
    // Lyon–Meaux 384.7 km, Lyon–Paris 391.5 km, Lyon–Saint-Denis 399.0 km.
    const lyon = searchStudies(t.store, q('lieu=69123&rayon=392'), { resolvePlace }).results;
    expect(lyon.map((s) => s.id)).toEqual(['A2-AVC', 'B-SLA', 'G-SEIN', 'A-AVC']);
    expect(lyon[3].nearestSite!.distanceKm).toBeCloseTo(distanceKm(places.lyon, places.paris), 1);
    expect(Math.round(lyon[3].nearestSite!.distanceKm)).toBe(392);
    expect(Math.round(lyon[2].nearestSite!.distanceKm)).toBe(385);
    expect(ids('lieu=69123&rayon=391')).toEqual(['A2-AVC', 'B-SLA', 'G-SEIN']);
    expect(ids('lieu=69123&rayon=400')).toContain('C-VIH');
  });

  it('refuses an unknown commune with a French message', () => {
    expect(() => searchStudies(t.store, q('lieu=99999'), { resolvePlace: () => undefined })).toThrow(SearchInputError);
    try {
      searchStudies(t.store, q('lieu=99999'), { resolvePlace: () => undefined });
    } catch (e) {
      expect((e as SearchInputError).param).toBe('lieu');
      // What was typed, and never that the commune does not exist (« nous ne trouvons pas »).
      expect((e as Error).message).toMatch(/^Nous ne trouvons pas de commune pour le code «\s99999\s»/);
    }
  });

  it('falls back on the mirror’s own sites to place a commune', () => {
    const r = searchStudies(t.store, q('lieu=93066&rayon=1'), { resolvePlace: () => undefined });
    expect(r.results.map((s) => s.id)).toEqual(['C-VIH']);
    expect(r.place?.label).toBe('Saint-Denis (93066)');
  });
});

describe('filters', () => {
  it('filters by category', () => {
    expect(ids('categorie=jarde-2&recrutement=tous').sort()).toEqual(['2021-A01022-39', 'A-AVC', 'A2-AVC', 'K-MENTION']);
    expect(ids('categorie=jarde-1&categorie=jarde-3&recrutement=tous').sort()).toEqual(['C-VIH', 'D-SIDA']);
    expect(ids('categorie=medicament').sort()).toEqual(['B-SLA', 'G-SEIN', 'H-VS']);
    expect(ids('categorie=dispositif&recrutement=tous')).toEqual(['E-ALZ']);
    expect(ids('categorie=diagnostic')).toEqual(['F-NOSITE']);
  });

  it('filters by recruitment, open by default', () => {
    expect(ids('')).not.toContain('E-ALZ');
    expect(ids('')).not.toContain('D-SIDA');
    expect(ids('recrutement=termine').sort()).toEqual(['2021-A01022-39', 'E-ALZ']);
    expect(ids('recrutement=a-venir')).toEqual(['D-SIDA']);
    expect(ids('recrutement=tous')).toHaveLength(11);
  });

  it('filters by age, unknown ranges matching', () => {
    const at10 = ids('age=10&recrutement=tous');
    expect(at10).toContain('F-NOSITE');
    expect(at10).toContain('A-AVC');
    expect(at10).not.toContain('D-SIDA');
    expect(at10).not.toContain('H-VS');
    expect(at10).not.toContain('E-ALZ');
    expect(ids('age=70&recrutement=tous')).toEqual(expect.arrayContaining(['E-ALZ', 'G-SEIN']));
    expect(ids('age=70&recrutement=tous')).not.toContain('H-VS');
    expect(ids('age=17&recrutement=tous')).toEqual(expect.arrayContaining(['D-SIDA', 'F-NOSITE']));
  });

  it('filters by an age bracket (read from the text): studies whose ranges overlap it, unknown ranges matching', () => {
    const bracket = (min: number, max: number | null) =>
      searchStudies(t.store, { ...q('recrutement=tous'), ageRange: { min, max } }, { resolvePlace }).results.map((r) => r.id);
    // Children (0–17): the 12–17 and 6–17 studies, and those that say nothing; not the 18–45 nor the 65+ ones.
    const children = bracket(0, 17);
    expect(children).toEqual(expect.arrayContaining(['D-SIDA', 'F-NOSITE', 'A-AVC']));
    expect(children).not.toContain('H-VS');
    expect(children).not.toContain('E-ALZ');
    // 65 and over: no upper bound.
    const seniors = bracket(65, null);
    expect(seniors).toEqual(expect.arrayContaining(['E-ALZ', 'G-SEIN']));
    expect(seniors).not.toContain('D-SIDA');
    // The public age wins over a bracket.
    expect(searchStudies(t.store, { ...q('age=10&recrutement=tous'), ageRange: { min: 65, max: null } }, { resolvePlace }).results.map((r) => r.id)).toEqual(
      ids('age=10&recrutement=tous'),
    );
  });

  it('filters by sex, unknown matching', () => {
    const men = ids('sexe=homme&recrutement=tous');
    expect(men).toContain('H-VS');
    expect(men).toContain('A-AVC');
    expect(men).not.toContain('E-ALZ');
    expect(men).not.toContain('G-SEIN');
    expect(ids('sexe=femme&recrutement=tous')).not.toContain('H-VS');
  });

  it('filters healthy volunteers and phases', () => {
    expect(ids('volontaire=sain')).toEqual(['H-VS']);
    expect(ids('phase=3')).toEqual(['G-SEIN']);
    expect(ids('phase=1&phase=2').sort()).toEqual(['B-SLA', 'H-VS']);
    expect(ids('phase=na').sort()).toEqual(['A-AVC', 'A2-AVC', 'C-VIH', 'F-NOSITE', 'K-MENTION']);
  });

  it('combines filters', () => {
    expect(ids('categorie=medicament&region=11')).toEqual(['G-SEIN']);
    expect(ids('maladie=avc&region=84')).toEqual(['A2-AVC']);
  });
});

describe('facets', () => {
  it('counts each facet with the other filters but not its own', () => {
    const r = searchStudies(t.store, q('categorie=medicament'));
    expect(r.total).toBe(3);
    // categorie: recruitment (ouvert) applied, category not.
    expect(r.facets.categorie).toEqual({ 'jarde-1': 0, 'jarde-2': 3, 'jarde-3': 1, medicament: 3, dispositif: 0, diagnostic: 1 });
    // recrutement: category applied, recruitment not.
    expect(r.facets.recrutement).toEqual({ ouvert: 3, 'a-venir': 0, suspendu: 0, termine: 0 });
    expect(r.facets.phase).toEqual({ '1': 1, '2': 1, '3': 1, '4': 0, na: 0 });
    expect(r.facets.region).toEqual({ '11': 1, '32': 1, '84': 1 });
  });

  it('counts regions per study, without the region filter', () => {
    const r = searchStudies(t.store, q('region=11&recrutement=tous'));
    expect(r.facets.region).toEqual({ '04': 1, '11': 4, '32': 1, '84': 2 });
    expect(r.facets.recrutement).toEqual({ ouvert: 3, 'a-venir': 0, suspendu: 0, termine: 1 });
    expect(r.dataAsOf).toBe('2025-04-01T05:00:00Z');
  });
});

describe('sites for the map', () => {
  it('returns the placed sites of matching studies, inside the place', () => {
    const all = searchSites(t.store, q('recrutement=tous'));
    expect(all.aggregated).toBe(false);
    expect(all.features).toHaveLength(9);
    expect(all.features.every((f) => f.properties && 'studyId' in f.properties)).toBe(true);
    const first = all.features.find((f) => (f.properties as { studyId: string }).studyId === 'A-AVC');
    expect(first?.geometry.coordinates).toEqual([2.3522, 48.8566]);
    expect(first?.properties).toMatchObject({ title: 'Rééducation après un accident vasculaire cérébral', siteName: 'Hôpital Lariboisière', city: 'Paris', recruitment: 'ouvert' });
    expect(searchSites(t.store, q('departement=974&recrutement=tous')).features).toHaveLength(1);
    const near = searchSites(t.store, q('lat=48.8049&lon=2.1204&rayon=5&recrutement=tous'));
    expect(near.features.map((f) => (f.properties as { studyId: string }).studyId)).toEqual(['A-AVC', 'E-ALZ']);
  });

  it('aggregates by commune beyond the limit', () => {
    const agg = searchSites(t.store, q('recrutement=tous'), { limit: 3 });
    expect(agg.aggregated).toBe(true);
    expect(agg.total).toBe(9);
    const versailles = agg.features.find((f) => (f.properties as { insee?: string }).insee === '78646');
    expect(versailles?.properties).toMatchObject({ count: 2, studyCount: 2, city: 'Versailles' });
    // Saint-Denis 93 and Saint-Denis 974 stay two points.
    expect(agg.features.filter((f) => (f.properties as { city?: string }).city === 'Saint-Denis')).toHaveLength(2);
    expect(agg.features.reduce((n, f) => n + (f.properties as { count: number }).count, 0)).toBe(9);
  });
});

describe('pagination', () => {
  let p: TestDb;
  beforeAll(() => {
    p = createTestDb();
    insertStudies(
      p.store,
      Array.from({ length: 25 }, (_, i) =>
        ({
          study: makeStudy({
            id: `P-${String((i * 7) % 25).padStart(2, '0')}`,
            title: 'Étude des tumeurs',
            // Few distinct dates: the id breaks ties. A start in the future is no news yet: it sorts with none.
            recruitmentPeriod:
              i % 3 === 0 ? (i % 2 ? { start: '2999-01-01' } : undefined) : { start: `2025-0${(i % 2) + 1}-01` },
          }),
        }),
      ),
    );
  });
  afterAll(() => p.close());

  it('pages through every result once, in a stable order', () => {
    for (const base of ['', 'maladie=tumeur']) {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const r = searchStudies(p.store, q(`${base}&parPage=10&page=${page}`));
        expect(r.total).toBe(25);
        expect(r.page).toBe(page);
        seen.push(...r.results.map((s) => s.id));
      }
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
      const again = searchStudies(p.store, q(`${base}&parPage=10&page=2`)).results.map((s) => s.id);
      expect(again).toEqual(seen.slice(10, 20));
    }
    const recent = searchStudies(p.store, q('parPage=100')).results;
    expect(recent[0].recruitmentStart).toBe('2025-02-01');
    expect(recent.at(-1)?.recruitmentStart).toBeUndefined();
    expect(recent.filter((r) => r.recruitmentStart === undefined)).toHaveLength(9);
    expect(searchStudies(p.store, q('page=4&parPage=10')).results).toEqual([]);
  });
});
