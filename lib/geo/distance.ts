export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), the usual value for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/**
 * A lat/lon box that contains every point within `radiusKm` of `center`: a cheap SQL prefilter
 * (`lat BETWEEN … AND lon BETWEEN …`) before the exact distance. Longitudes are not wrapped at ±180°
 * (no French site is near the antimeridian except in the Pacific, which the gazetteer does not cover).
 */
export function boundingBox(center: LatLon, radiusKm: number): BoundingBox {
  const r = Math.max(0, radiusKm);
  const dLat = r / KM_PER_DEGREE_LAT;
  const minLat = Math.max(-90, center.lat - dLat);
  const maxLat = Math.min(90, center.lat + dLat);
  // The widest longitude span is at the latitude of the box closest to a pole.
  const widestLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const cos = Math.cos(toRad(widestLat));
  const dLon = cos < 1e-9 ? 180 : Math.min(180, r / (KM_PER_DEGREE_LAT * cos));
  // A box reaching a pole spans every longitude.
  if (dLon >= 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return {
    minLat,
    maxLat,
    minLon: Math.max(-180, center.lon - dLon),
    maxLon: Math.min(180, center.lon + dLon),
  };
}
