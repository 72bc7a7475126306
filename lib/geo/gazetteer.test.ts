import { describe, expect, it } from 'vitest';
import { computeCoverage } from './coverage';
import { distanceKm } from './distance';
import { COORD_GEONAMES, COORD_IGN_CENTROID, isOwnPoint } from './gazetteer-data';
import {
  findCommunesByPostcode,
  getCommune,
  getDepartment,
  getGazetteer,
  getRegion,
  listDepartments,
  listRegions,
} from './gazetteer';

interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

function inBox(c: { lat: number | null; lon: number | null }, box: Box): boolean {
  return c.lat != null && c.lon != null && c.lat > box.south && c.lat < box.north && c.lon > box.west && c.lon < box.east;
}

/** Bounding boxes of a few departments (their official outline, rounded outwards). */
const DEPARTMENT_BOXES: Record<string, Box> = {
  '01': { south: 45.6, north: 46.53, west: 4.72, east: 6.18 }, // Ain
  '33': { south: 44.19, north: 45.58, west: -1.27, east: 0.32 }, // Gironde
  '56': { south: 47.27, north: 48.22, west: -3.74, east: -2.03 }, // Morbihan
};

function departmentBox(code: string): Box {
  return DEPARTMENT_BOXES[code];
}

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

  it('covers about 35,000 communes, every one with a point of its own', () => {
    const g = getGazetteer();
    expect(g.communes.length).toBeGreaterThan(34_000);
    const coverage = computeCoverage(g);
    expect(coverage.ownPoint.count).toBe(coverage.total);
    expect(coverage.ownPoint.share).toBe(1);
    expect(coverage.bySource.estimated.count).toBe(0);
    expect(coverage.bySource.none.count).toBe(0);
    expect(coverage.bySource.ign.share).toBeGreaterThan(0.99);
    for (const c of g.communes) {
      expect(c.lat, c.insee).not.toBeNull();
      expect(isOwnPoint(c.coordSource), c.insee).toBe(true);
    }
  });

  it('places the communes that had no point before inside their department', () => {
    for (const insee of ['01081', '56078', '33366']) {
      const c = getCommune(insee)!;
      const box = departmentBox(c.department);
      expect(c.coordSource, insee).toBe(COORD_IGN_CENTROID);
      expect(c.lat as number, insee).toBeGreaterThan(box.south);
      expect(c.lat as number, insee).toBeLessThan(box.north);
      expect(c.lon as number, insee).toBeGreaterThan(box.west);
      expect(c.lon as number, insee).toBeLessThan(box.east);
    }
    expect(getCommune('01081')).toMatchObject({ name: 'Champfromier', department: '01' });
    expect(getCommune('56078')).toMatchObject({ name: 'Guidel', department: '56' });
    expect(getCommune('33366')).toMatchObject({ name: 'Saint-André-de-Cubzac', department: '33' });
    // Guidel is on the coast west of Lorient, Saint-André-de-Cubzac north of Bordeaux.
    expect(getCommune('56078')!.lon as number).toBeCloseTo(-3.49, 1);
    expect(getCommune('33366')!.lat as number).toBeCloseTo(45.0, 1);
  });

  it('gives each municipal arrondissement of Paris, Lyon and Marseille its own point inside its city', () => {
    const g = getGazetteer();
    const expected: Record<string, [number, number, number]> = { '75056': [20, 48.86, 2.35], '69123': [9, 45.76, 4.84], '13055': [16, 43.3, 5.4] };
    for (const [parent, [count, lat, lon]] of Object.entries(expected)) {
      const children = g.arrondissements.get(parent) ?? [];
      expect(children, parent).toHaveLength(count);
      const seen = new Set<string>();
      for (const a of children) {
        expect(a.coordSource, a.insee).toBe(COORD_GEONAMES);
        expect(distanceKm({ lat: a.lat as number, lon: a.lon as number }, { lat, lon }), a.insee).toBeLessThan(15);
        seen.add(`${a.lat},${a.lon}`);
      }
      expect(seen.size, parent).toBe(count);
    }
  });

  it('places overseas communes on their island or territory', () => {
    const boxes: Record<string, Box> = {
      '971': { south: 15.8, north: 16.55, west: -61.9, east: -60.95 },
      '972': { south: 14.35, north: 14.9, west: -61.25, east: -60.8 },
      '973': { south: 2.1, north: 5.8, west: -54.65, east: -51.6 },
      '974': { south: -21.4, north: -20.85, west: 55.2, east: 55.85 },
      '976': { south: -13.05, north: -12.6, west: 44.95, east: 45.35 },
    };
    for (const [dep, box] of Object.entries(boxes)) {
      const communes = getGazetteer().byDepartment.get(dep) ?? [];
      expect(communes.length, dep).toBeGreaterThan(10);
      for (const c of communes) expect(inBox(c, box), `${c.insee} ${c.name}`).toBe(true);
    }
    expect(getCommune('97411')!.lat as number).toBeCloseTo(-20.9, 0);
    expect(getCommune('97611')).toMatchObject({ name: 'Mamoudzou' });
  });

  it('puts no point outside France', () => {
    const metropole: Box = { south: 41.3, north: 51.15, west: -5.2, east: 9.6 };
    for (const c of getGazetteer().communes) {
      if (c.department.startsWith('97')) continue;
      expect(inBox(c, metropole), `${c.insee} ${c.name}`).toBe(true);
      if (c.department === '2A' || c.department === '2B') expect(c.lon as number, c.insee).toBeGreaterThan(8.5);
    }
  });

  it('is loaded once per process', () => {
    expect(getGazetteer()).toBe(getGazetteer());
  });
});
