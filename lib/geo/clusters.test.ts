import { describe, expect, it } from 'vitest';
import {
  MAP_AREAS,
  MAP_MAX_ZOOM,
  METROPOLE_BOUNDS,
  boundsOfPoints,
  clusterLabel,
  communeLabel,
  countSites,
  countSitesInArea,
  createClusterIndex,
  getClusterPoints,
  getMapItems,
  mapSummary,
  siteLabel,
  sitesPhrase,
  toMapPoints,
  truncate,
  type MapPoint,
} from './clusters';

const site = (studyId: string, lat: number, lon: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { studyId, title: `Étude ${studyId}`, siteName: 'CHU de Nantes', city: 'Nantes', recruitment: 'ouvert', ...extra },
});

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

describe('toMapPoints', () => {
  it('reads sites and communes, skips malformed features', () => {
    const points = toMapPoints({
      type: 'FeatureCollection',
      features: [
        site('A', 47.21, -1.55),
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, properties: { count: 12, city: 'Paris', studyCount: 5 } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: { studyId: 'B' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 1] }, properties: { studyId: 'C' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 95] }, properties: { studyId: 'D' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 45] }, properties: {} },
        site('E', 45, 1, { recruitment: 'bizarre', siteName: '  ' }),
        null,
      ],
    });
    expect(points).toHaveLength(3);
    expect(points[0]).toEqual({
      kind: 'site',
      lat: 47.21,
      lon: -1.55,
      studyId: 'A',
      title: 'Étude A',
      siteName: 'CHU de Nantes',
      city: 'Nantes',
      recruitment: 'ouvert',
    });
    expect(points[1]).toEqual({ kind: 'commune', lat: 48.85, lon: 2.35, count: 12, city: 'Paris', studyCount: 5 });
    expect(points[2]).not.toHaveProperty('recruitment');
    expect(points[2]).not.toHaveProperty('siteName');
    expect(countSites(points)).toBe(14);
  });

  it('returns nothing for anything that is not a collection', () => {
    expect(toMapPoints(undefined)).toEqual([]);
    expect(toMapPoints({ error: 'x' })).toEqual([]);
    expect(toMapPoints('x')).toEqual([]);
  });
});

describe('boundsOfPoints', () => {
  const pts = toMapPoints({
    features: [site('A', 47.2, -1.5), site('B', 43.6, 7.0), site('C', -21.1, 55.5)],
  });

  it('prefers the metropolitan points', () => {
    expect(boundsOfPoints(pts)).toEqual([
      [43.6, -1.5],
      [47.2, 7.0],
    ]);
  });

  it('falls back on every point (overseas only), and undefined when empty', () => {
    expect(boundsOfPoints(pts.slice(2))).toEqual([
      [-21.1, 55.5],
      [-21.1, 55.5],
    ]);
    expect(boundsOfPoints([])).toBeUndefined();
  });

  it('areas: five overseas regions and Métropole, each containing its sites', () => {
    expect(MAP_AREAS.map((a) => a.name)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte', 'Métropole']);
    const reunion = MAP_AREAS.find((a) => a.id === 'la-reunion')!;
    expect(countSitesInArea(pts, reunion)).toBe(1);
    expect(MAP_AREAS.at(-1)!.bounds).toBe(METROPOLE_BOUNDS);
  });
});

describe('clustering', () => {
  // Three sites in Nantes (two at the same address), one in Lyon, one commune aggregate in Paris.
  const points: MapPoint[] = toMapPoints({
    features: [
      site('A', 47.2100, -1.5500),
      site('B', 47.2100, -1.5500),
      site('A', 47.2300, -1.5700, { siteName: 'Clinique Jules Verne' }),
      site('C', 45.7600, 4.8400, { siteName: 'Hospices civils de Lyon', city: 'Lyon' }),
      { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, properties: { count: 40, city: 'Paris' } },
    ],
  });

  it('groups nearby sites at a national zoom, weighting communes by their count', () => {
    const index = createClusterIndex(points, 'A');
    const items = getMapItems(index, WORLD, 5);
    const clusters = items.filter((i) => i.type === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ sites: 3, highlighted: 2 });
    const singles = items.filter((i) => i.type === 'point');
    expect(singles.map((i) => (i.type === 'point' ? points[i.index]!.kind : ''))).toEqual(
      expect.arrayContaining(['site', 'commune']),
    );
    expect(items.reduce((n, i) => n + (i.type === 'cluster' ? i.sites : countSites([points[i.index]!])), 0)).toBe(44);
  });

  it('splits when zooming in; sites at one address stay one listed cluster', () => {
    const index = createClusterIndex(points, 'A');
    const items = getMapItems(index, [-1.6, 47.1, -1.5, 47.3], MAP_MAX_ZOOM);
    const same = items.find((i) => i.type === 'cluster');
    if (same?.type !== 'cluster') throw new Error('no cluster');
    expect(same.sites).toBe(2);
    expect(same.expansionZoom).toBeGreaterThan(MAP_MAX_ZOOM);
    expect(clusterLabel(same)).toBe('2 lieux de recherche au même endroit, dont 1 de l’étude sélectionnée — afficher la liste');
    expect(getClusterPoints(index, points, same.clusterId).map((p) => (p.kind === 'site' ? p.studyId : '')).sort()).toEqual([
      'A',
      'B',
    ]);
    const single = items.find((i) => i.type === 'point');
    expect(single).toMatchObject({ type: 'point', highlighted: true });
  });

  it('highlight is optional', () => {
    const items = getMapItems(createClusterIndex(points), WORLD, 5);
    expect(items.every((i) => (i.type === 'cluster' ? i.highlighted === 0 : !i.highlighted))).toBe(true);
  });
});

describe('labels', () => {
  it('counts in French', () => {
    expect(sitesPhrase(1)).toBe('1 lieu de recherche');
    expect(sitesPhrase(12)).toBe('12 lieux de recherche');
    expect(sitesPhrase(1234)).toMatch(/^1\s234 lieux de recherche$/u);
    expect(clusterLabel({ sites: 12, highlighted: 0, expansionZoom: 7 })).toBe('12 lieux de recherche — zoomer');
    expect(mapSummary(342)).toBe(
      'Carte de 342 lieux de recherche. La liste des études à côté contient les mêmes informations.',
    );
  });

  it('names a site by place then study', () => {
    const [p] = toMapPoints({ features: [site('A', 47.2, -1.5, { title: 'Immunothérapie du mélanome' })] });
    if (p?.kind !== 'site') throw new Error('site');
    expect(siteLabel(p)).toBe('CHU de Nantes — Nantes\u00A0: étude Immunothérapie du mélanome');
    expect(siteLabel(p, true)).toMatch(/\(étude sélectionnée\)$/);
    expect(siteLabel({ ...p, siteName: 'Nantes', city: 'nantes' })).toMatch(/^Nantes\u00A0: étude/);
    expect(siteLabel({ kind: 'site', lat: 0, lon: 0, studyId: 'X', title: 'T' })).toBe('Lieu de recherche\u00A0: étude T');
  });

  it('names a commune aggregate', () => {
    expect(communeLabel({ kind: 'commune', lat: 0, lon: 0, count: 12, city: 'Paris', studyCount: 5 })).toBe(
      'Paris\u00A0: 12 lieux de recherche (5 études) — afficher le détail',
    );
  });

  it('truncates long titles on a word', () => {
    const long = 'mot '.repeat(60);
    const t = truncate(long, 40);
    expect(t.length).toBeLessThanOrEqual(40);
    expect(t.endsWith('…')).toBe(true);
  });
});
