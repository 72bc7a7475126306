import { describe, expect, it } from 'vitest';
import { pointInPolygon, pointOnSurface, polygonsCentroid, representativePoint, type PolygonRings } from './polygon';

const square = (lon: number, lat: number, size: number): PolygonRings => [
  [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ],
];

describe('polygonsCentroid', () => {
  it('finds the middle of a square, whatever its winding', () => {
    const c = polygonsCentroid([square(2, 48, 0.2)])!;
    expect(c.lon).toBeCloseTo(2.1, 6);
    expect(c.lat).toBeCloseTo(48.1, 6);
    const reversed: PolygonRings = [[...square(2, 48, 0.2)[0]].reverse()];
    expect(polygonsCentroid([reversed])!.lon).toBeCloseTo(2.1, 6);
  });

  it('weights pieces by their area and subtracts holes', () => {
    const c = polygonsCentroid([square(0, 45, 0.2), square(1, 45, 0.1)])!;
    // Four times more area on the left: the centre leans to it.
    expect(c.lon).toBeGreaterThan(0.1);
    expect(c.lon).toBeLessThan(0.5);
    const withHole: PolygonRings = [square(0, 45, 1)[0], square(0, 45, 0.5)[0]];
    const h = polygonsCentroid([withHole])!;
    expect(h.lon).toBeGreaterThan(0.5);
    expect(h.lat).toBeGreaterThan(45.5);
  });

  it('returns undefined without area', () => {
    expect(polygonsCentroid([])).toBeUndefined();
    expect(polygonsCentroid([[[[1, 1], [1, 1], [1, 1]]]])).toBeUndefined();
  });
});

describe('pointInPolygon and pointOnSurface', () => {
  // A « U »: its centre of gravity falls in the gap between the two arms.
  const u: PolygonRings = [
    [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ],
  ];

  it('tells inside from outside, holes included', () => {
    expect(pointInPolygon(u, { lon: 0.5, lat: 2 })).toBe(true);
    expect(pointInPolygon(u, { lon: 1.5, lat: 2 })).toBe(false);
    const withHole: PolygonRings = [square(0, 0, 4)[0], square(1, 1, 2)[0]];
    expect(pointInPolygon(withHole, { lon: 2, lat: 2 })).toBe(false);
    expect(pointInPolygon(withHole, { lon: 0.5, lat: 2 })).toBe(true);
  });

  it('finds a point inside a concave shape', () => {
    const p = pointOnSurface(u, 2)!;
    expect(pointInPolygon(u, p)).toBe(true);
  });

  it('keeps the centre of gravity when inside, else a point inside the largest piece', () => {
    const inside = representativePoint([square(5, 45, 0.1)])!;
    expect(inside.lon).toBeCloseTo(5.05, 6);
    const p = representativePoint([u])!;
    expect(pointInPolygon(u, p)).toBe(true);
    expect(representativePoint([])).toBeUndefined();
  });
});
