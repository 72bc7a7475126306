import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, serialiseGazetteer } from './build-gazetteer';

describe('build-gazetteer', () => {
  const { data, stats } = buildGazetteer();

  it('keeps the committed file in step with the installed data packages (run npm run geo:build)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../lib/geo/data/communes.json'), 'utf8');
    expect(serialiseGazetteer(data) === committed).toBe(true);
  });

  it('writes valid JSON with the 18 regions, 101 departments and ~35,000 communes', () => {
    const parsed = JSON.parse(serialiseGazetteer(data));
    expect(parsed.regions).toHaveLength(18);
    expect(parsed.departments).toHaveLength(101);
    expect(parsed.communes.length).toBe(stats.communes + stats.arrondissements);
    expect(stats.arrondissements).toBe(45);
    expect(stats.communes).toBeGreaterThan(34_000);
  });

  it('joins GeoNames points by name within the department', () => {
    const byCode = new Map(data.communes.map((c) => [c[0], c]));
    // Saint-Denis exists in 93 and 974: each takes its own point.
    expect(byCode.get('93066')?.[5]).toBeCloseTo(48.94, 1);
    expect(byCode.get('97411')?.[5]).toBeCloseTo(-20.88, 1);
    // A merged commune takes the point of its seat's former name.
    expect(byCode.get('50129')?.[5]).toBeCloseTo(49.64, 1);
    expect(stats.geonames + stats.estimated + stats.none).toBe(data.communes.length);
  });
});
