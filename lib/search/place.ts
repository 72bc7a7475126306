import { resolvePlace } from '@/lib/geo/suggest';
import type { StoreReads } from '@/lib/store/reads';

/** A point a radius search is centred on, with the words shown to the visitor. */
export interface ResolvedPlace {
  label: string;
  lat: number;
  lon: number;
}

/** Turns a `lieu` (INSEE commune code or postcode) into a point; undefined when unknown. */
export type PlaceResolver = (lieu: string) => ResolvedPlace | undefined;

/** A value the visitor gave that parses but means nothing (unknown commune): answered 400, never 500. */
export class SearchInputError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = 'SearchInputError';
  }
}

/** Default resolver: the commune gazetteer (lib/geo), an INSEE code first, then a postcode. */
export function resolvePlaceFromGazetteer(lieu: string): ResolvedPlace | undefined {
  try {
    const place = resolvePlace(lieu);
    return place ? { label: place.label, lat: place.lat, lon: place.lon } : undefined;
  } catch (error) {
    // The gazetteer file missing or unreadable must not break searches: fall back to the sites table.
    console.error('[recherche] Référentiel des communes indisponible', error);
    return undefined;
  }
}

/** Second chance: the mean point of the mirror's own placed sites in that commune or postcode. */
export function resolvePlaceFromSites(store: Pick<StoreReads, 'meanPointOfSites'>, lieu: string): ResolvedPlace | undefined {
  const point = store.meanPointOfSites(lieu);
  if (!point) return undefined;
  return { label: point.city ? `${point.city} (${lieu})` : lieu, lat: point.lat, lon: point.lon };
}
