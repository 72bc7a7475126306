import { describe, expect, it } from 'vitest';
import {
  findCommunesByPostcode,
  getCommune,
  getDepartment,
  getGazetteer,
  getRegion,
  listDepartments,
  listRegions,
} from './gazetteer';

describe('gazetteer', () => {
  it('lists exactly the 18 regions with their INSEE codes', () => {
    const regions = listRegions();
    expect(regions.map((r) => r.code)).toEqual([
      '01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94',
    ]);
    expect(getRegion('11')?.name).toBe('Île-de-France');
    expect(getRegion('04')?.name).toBe('La Réunion');
  });

  it('lists the 101 departments, Corsica and overseas included, each in a listed region', () => {
    const departments = listDepartments();
    expect(departments).toHaveLength(101);
    const regionCodes = new Set(listRegions().map((r) => r.code));
    for (const d of departments) expect(regionCodes.has(d.region)).toBe(true);
    expect(getDepartment('2a')).toMatchObject({ code: '2A', name: 'Corse-du-Sud', region: '94' });
    expect(getDepartment('976')).toMatchObject({ name: 'Mayotte', region: '06' });
    expect(getDepartment('975')).toBeUndefined();
  });

  it('gives every department a centre inside France', () => {
    for (const d of listDepartments()) {
      expect(d.lat, d.code).not.toBeNull();
      expect(d.lon, d.code).not.toBeNull();
      if (d.code.length === 2) {
        // Metropolitan France, Corsica included.
        expect(d.lat as number, d.code).toBeGreaterThan(41);
        expect(d.lat as number, d.code).toBeLessThan(51.2);
        expect(d.lon as number, d.code).toBeGreaterThan(-5.2);
        expect(d.lon as number, d.code).toBeLessThan(9.6);
      }
    }
  });

  it('indexes communes by INSEE code and postcode', () => {
    expect(getCommune('44109')).toMatchObject({ name: 'Nantes', department: '44', region: '52' });
    expect(getCommune('75113')).toMatchObject({ parent: '75056', postcodes: ['75013'] });
    expect(findCommunesByPostcode('75013').map((c) => c.insee)).toEqual(['75113']);
    expect(findCommunesByPostcode('44000').map((c) => c.insee)).toEqual(['44109']);
  });

  it('covers about 35,000 communes, most with coordinates', () => {
    const g = getGazetteer();
    expect(g.communes.length).toBeGreaterThan(34_000);
    const located = g.communes.filter((c) => c.lat != null).length / g.communes.length;
    expect(located).toBeGreaterThan(0.75);
    // Every prefecture-sized city has its own GeoNames point.
    for (const c of g.communes) {
      if ((c.population ?? 0) > 50_000) expect(c.coordSource, c.name).toBe(1);
    }
  });

  it('is loaded once per process', () => {
    expect(getGazetteer()).toBe(getGazetteer());
  });
});
