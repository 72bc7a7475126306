import { describe, expect, it } from 'vitest';
import type { GeoPlace } from '@/lib/geo/geocode';
import { makeStudy } from '@/lib/study/testing';
import {
  formatDistance, groupSitesByRegion, nearestSites, placeSites, splitListedSites, toSitesFeatureCollection, type SiteFeatureProperties,
} from './sites';

const PLACES: Record<string, GeoPlace> = {
  Nantes: { precision: 'commune', lat: 47.218, lon: -1.554, department: '44', region: '52', communeName: 'Nantes' },
  Angers: { precision: 'commune', lat: 47.474, lon: -0.551, department: '49', region: '52' },
  Lille: { precision: 'commune', lat: 50.629, lon: 3.057, department: '59', region: '32' },
  Nord: { precision: 'departement', lat: 50.5, lon: 3.1, department: '59', region: '32' },
};
const geocode = ({ city }: { city?: string }) => PLACES[city ?? ''] ?? { precision: 'inconnue' as const };
const study = makeStudy({
  id: '2021-A01022-39',
  sites: ['Lille', 'Angers', 'Nantes', 'Nord', 'Nulle-part'].map((city, i) => ({ id: `s${i}`, name: `Site ${city}`, city, addressLines: [] })),
});
const names = { region: (c?: string) => ({ '52': 'Pays de la Loire', '32': 'Hauts-de-France' })[c ?? ''], department: (c?: string) => ({ '44': 'Loire-Atlantique', '49': 'Maine-et-Loire', '59': 'Nord' })[c ?? ''] };

describe('sites of a study', () => {
  it('measures only commune-precise places', () => {
    const placed = placeSites(study, { lat: 47.218, lon: -1.554 }, geocode);
    expect(placed[2].distanceKm).toBeCloseTo(0, 5);
    expect(placed[0].distanceKm).toBeGreaterThan(0);
    expect(placed[1].distanceKm).toBeGreaterThan(0);
    expect(placed[3].distanceKm).toBeUndefined();
    expect(placed[4].distanceKm).toBeUndefined();
    expect(nearestSites(placed, 2).map((p) => p.site.city)).toEqual(['Nantes', 'Angers']);
  });
  it('groups by region then department, nearest first, unknown last', () => {
    const groups = groupSitesByRegion(placeSites(study, { lat: 47.218, lon: -1.554 }, geocode), names);
    expect(groups.map((g) => g.name)).toEqual(['Pays de la Loire', 'Hauts-de-France', 'Lieu à préciser']);
    expect(groups[0].departments.map((d) => d.name)).toEqual(['Loire-Atlantique (44)', 'Maine-et-Loire (49)']);
  });
  it('lists every site of a small study, and the nearest first of a large one', () => {
    expect(splitListedSites(placeSites(study, undefined, geocode), 2, 5).more).toEqual([]);
    const near = splitListedSites(placeSites(study, { lat: 47.218, lon: -1.554 }, geocode), 2, 2);
    expect(near.shown.map((p) => p.site.city)).toEqual(['Nantes', 'Angers']);
    expect(near.more.map((p) => p.site.city).sort()).toEqual(['Lille', 'Nord', 'Nulle-part']);
    // Without a place: the order of the grouped list (regions by name, the unplaced last), cut after the first ones.
    const plain = splitListedSites(placeSites(study, undefined, geocode), 3, 3);
    expect([...plain.shown, ...plain.more]).toHaveLength(5);
    expect(plain.more.at(-1)!.site.city).toBe('Nulle-part');
  });
  it('builds map features for placed sites only, marking approximate ones', () => {
    const fc = toSitesFeatureCollection(study, placeSites(study, undefined, geocode));
    expect(fc.features).toHaveLength(4);
    const props = fc.features.map((f) => f.properties as SiteFeatureProperties);
    expect(props.map((p) => p.approximate === true)).toEqual([false, false, false, true]);
    expect(props[0].studyId).toBe(study.id);
  });
  it('formats distances in French', () => {
    expect(formatDistance(0.4)).toBe('moins d’1 km');
    expect(formatDistance(3.44)).toBe('3,4 km');
    expect(formatDistance(123.6)).toBe('124 km');
  });
});
