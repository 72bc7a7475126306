import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COORD_GEONAMES, COORD_IGN_CENTROID, type GazetteerData } from '@/lib/geo/gazetteer-data';
import { buildGazetteer, readContours, serialiseGazetteer } from './build-gazetteer';

const committedText = readFileSync(path.resolve(__dirname, '../lib/geo/data/communes.json'), 'utf8');
const committed = JSON.parse(committedText) as GazetteerData;

describe('build-gazetteer', () => {
  // Without contours, the build keeps the committed official points and rebuilds everything else from the packages.
  const { data, stats } = buildGazetteer({ previous: committed });

  it('keeps the committed file in step with the installed data packages (run npm run geo:build)', () => {
    expect(serialiseGazetteer(data) === committedText).toBe(true);
  });

  it('writes valid JSON with the 18 regions, 101 departments and ~35,000 communes', () => {
    const parsed = JSON.parse(serialiseGazetteer(data));
    expect(parsed.regions).toHaveLength(18);
    expect(parsed.departments).toHaveLength(101);
    expect(parsed.communes.length).toBe(stats.communes + stats.arrondissements);
    expect(stats.arrondissements).toBe(45);
    expect(stats.communes).toBeGreaterThan(34_000);
  });

  it('gives every commune and arrondissement a point of its own', () => {
    expect(stats.none).toBe(0);
    expect(stats.estimated).toBe(0);
    expect(stats.ign + stats.geonames).toBe(data.communes.length);
    // Official centres for (nearly) all; GeoNames for the 45 arrondissements and a few vast communes of Guyane.
    expect(stats.ign / data.communes.length).toBeGreaterThan(0.99);
    for (const c of data.communes) {
      if (c[8] === COORD_GEONAMES && !c[9]) expect(c[2], `${c[0]} ${c[1]}`).toBe('973');
    }
  });

  it('records its sources with their licences', () => {
    expect(data.sources.join('\n')).toMatch(/decoupage-administratif \d+\.\d+\.\d+ \(Licence Ouverte 2\.0\)/);
    expect(data.sources.join('\n')).toMatch(/gregoiredavid\/france-geojson.*ADMIN EXPRESS COG édition 2018/s);
    expect(data.sources.join('\n')).toMatch(/GeoNames .* \(CC BY 4\.0\)/);
  });

  it('keeps the official point apart from a GeoNames homonym of the same department', () => {
    const byCode = new Map(data.communes.map((c) => [c[0], c]));
    // Saint-Denis exists in 93 and 974: each takes its own point.
    expect(byCode.get('93066')?.[5]).toBeCloseTo(48.93, 1);
    expect(byCode.get('97411')?.[5]).toBeCloseTo(-20.9, 1);
    // A merged commune: Cherbourg-en-Cotentin.
    expect(byCode.get('50129')?.[5]).toBeCloseTo(49.63, 1);
    expect(byCode.get('50129')?.[8]).toBe(COORD_IGN_CENTROID);
  });

  it('lists former INSEE codes of merged communes', () => {
    const former = new Map(data.formerCodes);
    expect(former.get('50173')).toBe('50129'); // Cherbourg-Octeville → Cherbourg-en-Cotentin
    for (const [code, current] of data.formerCodes ?? []) {
      expect(data.communes.some((c) => c[0] === code && !c[9]), code).toBe(false);
      expect(data.communes.some((c) => c[0] === current), current).toBe(true);
    }
  });
});

describe('build-gazetteer from contours', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phare-contours-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const square = (lon: number, lat: number, size: number) => [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
  ];
  // A tiny france-geojson-like edition: Champfromier as a square, Cherbourg-en-Cotentin as two of its former
  // communes (Cherbourg-Octeville 50129 and Tourlaville 50602), and a regional file that must be ignored.
  mkdirSync(path.join(dir, 'departements', '01-ain'), { recursive: true });
  mkdirSync(path.join(dir, 'departements', '50-manche'), { recursive: true });
  mkdirSync(path.join(dir, 'regions', 'auvergne'), { recursive: true });
  const feature = (code: string, coordinates: unknown, type = 'Polygon') => ({
    type: 'Feature',
    properties: { code, nom: code },
    geometry: { type, coordinates },
  });
  writeFileSync(
    path.join(dir, 'departements', '01-ain', 'communes-01-ain.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: [feature('01081', square(5.8, 46.2, 0.04))] }),
  );
  writeFileSync(
    path.join(dir, 'departements', '50-manche', 'communes-50-manche.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [feature('50129', square(-1.65, 49.62, 0.04)), feature('50602', square(-1.61, 49.62, 0.04))],
    }),
  );
  writeFileSync(
    path.join(dir, 'regions', 'auvergne', 'communes-auvergne.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: [feature('01081', square(0, 0, 1))] }),
  );

  it('reads the department files only', () => {
    const contours = readContours(dir);
    expect([...contours.keys()].sort()).toEqual(['01081', '50129', '50602']);
  });

  it('places a commune at the centre of its territory, a merged commune at the centre of its former communes', () => {
    const { data } = buildGazetteer({ contoursDirs: [dir] });
    const byCode = new Map(data.communes.map((c) => [c[0], c]));
    expect(byCode.get('01081')).toMatchObject({ 5: 46.22, 6: 5.82, 8: COORD_IGN_CENTROID });
    expect(byCode.get('50129')).toMatchObject({ 5: 49.64, 6: -1.61, 8: COORD_IGN_CENTROID });
    // Communes outside the tiny edition fall back to GeoNames or estimates.
    expect(byCode.get('44109')?.[8]).not.toBe(COORD_IGN_CENTROID);
  });
});
