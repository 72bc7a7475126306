/**
 * The visitor's point on a study page, from the public search parameters (`lieu`, or `lat` and `lon`), so that
 * distances to the sites can be shown. Invalid values are ignored: the page then shows counts instead.
 */
import { resolvePlace } from '@/lib/geo/suggest';

export interface VisitorPlace {
  lat: number;
  lon: number;
  /** For sentences: « Nantes (44) », « votre position ». */
  label: string;
  /** The parameters to keep on links (e.g. back to the search). */
  query: URLSearchParams;
}

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function readVisitorPlace(params: Params, resolve: typeof resolvePlace = resolvePlace): VisitorPlace | undefined {
  const lieu = first(params.lieu)?.trim();
  if (lieu) {
    try {
      const place = resolve(lieu);
      if (place) return { lat: place.lat, lon: place.lon, label: place.label, query: new URLSearchParams({ lieu }) };
    } catch {
      // gazetteer unavailable: no distances
    }
  }
  const lat = Number(first(params.lat));
  const lon = Number(first(params.lon));
  const latRaw = first(params.lat);
  const lonRaw = first(params.lon);
  if (latRaw && lonRaw && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    return { lat, lon, label: 'votre position', query: new URLSearchParams({ lat: latRaw, lon: lonRaw }) };
  }
  return undefined;
}
