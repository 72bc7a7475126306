/**
 * Small planar geometry on GeoJSON-like polygons ([lon, lat] rings), enough to give a commune a representative
 * point from its contour: the centre of gravity of its territory, or a point surely inside it when that centre
 * falls outside (a crescent-shaped commune, a commune in several pieces).
 *
 * Longitudes are scaled by the cosine of a reference latitude, which is exact enough at the scale of a commune.
 */

/** [lon, lat] */
export type Position = [number, number];
/** An outer ring then its holes, each closed or not. */
export type PolygonRings = Position[][];

export interface LonLat {
  lon: number;
  lat: number;
}

function ringAreaAndCentroid(ring: Position[], kx: number): { area: number; cx: number; cy: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  const n = ring.length;
  for (let i = 0; i < n; i += 1) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    const a = x0 * kx * y1 - x1 * kx * y0;
    area += a;
    cx += (x0 * kx + x1 * kx) * a;
    cy += (y0 + y1) * a;
  }
  area /= 2;
  if (area === 0) return { area: 0, cx: 0, cy: 0 };
  return { area, cx: cx / (6 * area), cy: cy / (6 * area) };
}

/** Area-weighted centre of gravity of several polygons (holes subtracted); undefined when they have no area. */
export function polygonsCentroid(polygons: PolygonRings[]): LonLat | undefined {
  const first = polygons.find((p) => p[0]?.length)?.[0]?.[0];
  if (!first) return undefined;
  const kx = Math.cos((first[1] * Math.PI) / 180);
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      if (ring.length < 3) return;
      const { area, cx, cy } = ringAreaAndCentroid(ring, kx);
      // Winding is not trusted: the outer ring adds, holes subtract.
      const weight = index === 0 ? Math.abs(area) : -Math.abs(area);
      total += weight;
      sx += cx * weight;
      sy += cy * weight;
    });
  }
  if (total <= 0) return undefined;
  return { lon: sx / total / kx, lat: sy / total };
}

function inRing(ring: Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point is inside the polygon (inside its outer ring, outside its holes). */
export function pointInPolygon(rings: PolygonRings, point: LonLat): boolean {
  if (!rings[0] || !inRing(rings[0], point.lon, point.lat)) return false;
  return !rings.slice(1).some((hole) => inRing(hole, point.lon, point.lat));
}

function polygonArea(rings: PolygonRings): number {
  const kx = Math.cos(((rings[0]?.[0]?.[1] ?? 0) * Math.PI) / 180);
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringAreaAndCentroid(ring, kx).area), 0);
}

/**
 * A point inside the polygon: the middle of the widest inside stretch of the horizontal line at `lat`
 * (the polygon's middle latitude when not given).
 */
export function pointOnSurface(rings: PolygonRings, lat?: number): LonLat | undefined {
  const outer = rings[0];
  if (!outer?.length) return undefined;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const [, y] of outer) {
    minLat = Math.min(minLat, y);
    maxLat = Math.max(maxLat, y);
  }
  const tries = [lat ?? (minLat + maxLat) / 2, (minLat + maxLat) / 2, minLat + (maxLat - minLat) / 3, minLat + (2 * (maxLat - minLat)) / 3];
  for (const y of tries) {
    if (!(y > minLat && y < maxLat)) continue;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((a, b) => a - b);
    let best: LonLat | undefined;
    let width = 0;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      if (xs[i + 1] - xs[i] > width) {
        width = xs[i + 1] - xs[i];
        best = { lon: (xs[i] + xs[i + 1]) / 2, lat: y };
      }
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * The representative point of a territory made of one or several polygons: its centre of gravity when that lies
 * inside the territory, else a point inside its largest piece.
 */
export function representativePoint(polygons: PolygonRings[]): LonLat | undefined {
  const usable = polygons.filter((p) => p[0] && p[0].length >= 3);
  if (!usable.length) return undefined;
  const centroid = polygonsCentroid(usable);
  if (centroid && usable.some((p) => pointInPolygon(p, centroid))) return centroid;
  const largest = usable.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  const own = polygonsCentroid([largest]);
  if (own && pointInPolygon(largest, own)) return own;
  return pointOnSurface(largest, own?.lat) ?? own ?? centroid;
}
