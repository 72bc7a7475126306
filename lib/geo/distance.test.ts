import { describe, expect, it } from 'vitest';
import { boundingBox, distanceKm } from './distance';
import { getCommune } from './gazetteer';

function pointOf(insee: string) {
  const c = getCommune(insee);
  if (!c || c.lat == null || c.lon == null) throw new Error(`no point for ${insee}`);
  return { lat: c.lat, lon: c.lon };
}

describe('distanceKm', () => {
  it('is zero for one point and symmetric', () => {
    const p = { lat: 47.2, lon: -1.55 };
    expect(distanceKm(p, p)).toBe(0);
    const q = { lat: 48.11, lon: -1.68 };
    expect(distanceKm(p, q)).toBeCloseTo(distanceKm(q, p), 10);
  });

  it('gives a quarter of the meridian from the equator to the pole', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI * 6371.0088) / 2, 6);
  });

  // Published great-circle distances between city centres; the gazetteer's points are GeoNames centroids.
  it.each([
    { from: 'Paris', a: '75056', to: 'Lyon', b: '69123', km: 392 },
    { from: 'Nantes', a: '44109', to: 'Rennes', b: '35238', km: 98 },
    { from: 'Paris', a: '75056', to: 'Marseille', b: '13055', km: 661 },
    { from: 'Lille', a: '59350', to: 'Strasbourg', b: '67482', km: 408 },
    { from: 'Bordeaux', a: '33063', to: 'Toulouse', b: '31555', km: 212 },
  ])('$from–$to ≈ $km km from the gazetteer coordinates', ({ a, b, km }) => {
    expect(Math.abs(distanceKm(pointOf(a), pointOf(b)) - km)).toBeLessThanOrEqual(5);
  });
});

describe('boundingBox', () => {
  it('contains every point of the circle and is tight in latitude', () => {
    const center = { lat: 47.2173, lon: -1.5534 };
    const box = boundingBox(center, 30);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // Walk ~29.9 km along a bearing (small-distance approximation is enough inside 30 km).
      const rad = (bearing * Math.PI) / 180;
      const dLat = (29.9 / 111.195) * Math.cos(rad);
      const dLon = ((29.9 / 111.195) * Math.sin(rad)) / Math.cos((center.lat * Math.PI) / 180);
      const p = { lat: center.lat + dLat, lon: center.lon + dLon };
      expect(distanceKm(center, p)).toBeLessThan(30);
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lon).toBeGreaterThanOrEqual(box.minLon);
      expect(p.lon).toBeLessThanOrEqual(box.maxLon);
    }
    expect(distanceKm(center, { lat: box.maxLat, lon: center.lon })).toBeCloseTo(30, 6);
    expect(distanceKm(center, { lat: box.minLat, lon: center.lon })).toBeCloseTo(30, 6);
  });

  it('clamps at the poles and for a zero radius', () => {
    const polar = boundingBox({ lat: 89.9, lon: 10 }, 100);
    expect(polar.maxLat).toBe(90);
    expect(polar.minLon).toBe(-180);
    expect(polar.maxLon).toBe(180);
    expect(boundingBox({ lat: 45, lon: 5 }, 0)).toEqual({ minLat: 45, maxLat: 45, minLon: 5, maxLon: 5 });
  });
});
