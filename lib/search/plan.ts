import { boundingBox, distanceKm } from '@/lib/geo/distance';
import type { Store } from '@/lib/store/store';
import type { SearchIndex, StudyFilter, StudyOrder } from '@/lib/store/search-index';
import { buildTextMatch } from './match';
import { hasPlacePoint, resolveSort, type SearchQuery } from './params';
import { resolvePlaceFromGazetteer, resolvePlaceFromSites, unknownPlaceError, type PlaceResolver, type ResolvedPlace } from './place';

/**
 * A search planned once and used by every pass (facets, page, map): the query, its text as an FTS expression,
 * its centre and the studies near it, as the store's `StudyFilter`.
 */

export interface SearchOptions {
  /** Reference time; reserved for date-relative filters (tests pass a fixed one). */
  now?: Date;
  /** Resolves `lieu`; defaults to the commune gazetteer, then the mirror's own sites. */
  resolvePlace?: PlaceResolver;
}

export interface NearStudy {
  /** rowid of the study (in `studies` and `study_search`). */
  rid: number;
  dist: number;
  /** The nearest site: rowid in `sites`, and its point (ties go to the first in (lat, lon, rowid) order). */
  site: number;
  lat: number;
  lon: number;
  /** Sites of the study inside the radius. */
  n: number;
}

export interface Plan {
  query: SearchQuery;
  filter: StudyFilter;
  order: StudyOrder;
  point?: ResolvedPlace;
  /** With a point: the studies with a site inside the radius, nearest first (distance, then id), by id. */
  near?: Map<string, NearStudy>;
}

/**
 * The studies with a placed site within the radius: the covering (lat, lon) index narrows to the bounding box,
 * then the exact haversine (lib/geo, as everywhere). For each study, its nearest site and the number of its
 * sites inside. Ordered by distance, then id. With a text, only the studies that match it.
 */
function findNear(index: SearchIndex, point: ResolvedPlace, rayon: number, match: string | undefined): Map<string, NearStudy> {
  const byStudy = new Map<string, NearStudy>();
  for (const { site, rid, studyId, lat, lon } of index.sitesInBox(boundingBox(point, rayon), match)) {
    const d = distanceKm(point, { lat, lon });
    if (!(d <= rayon)) continue;
    const cur = byStudy.get(studyId);
    if (!cur) byStudy.set(studyId, { rid, dist: d, site, lat, lon, n: 1 });
    else {
      cur.n++;
      const first =
        d < cur.dist ||
        (d === cur.dist && (lat < cur.lat || (lat === cur.lat && (lon < cur.lon || (lon === cur.lon && site < cur.site)))));
      if (first) Object.assign(cur, { dist: d, site, lat, lon });
    }
  }
  const ids = [...byStudy.keys()].sort((a, b) => {
    const da = byStudy.get(a)!.dist;
    const dbb = byStudy.get(b)!.dist;
    return da !== dbb ? da - dbb : a < b ? -1 : a > b ? 1 : 0;
  });
  return new Map(ids.map((id) => [id, byStudy.get(id)!]));
}

function resolvePoint(store: Store, query: SearchQuery, opts: SearchOptions): ResolvedPlace | undefined {
  if (!hasPlacePoint(query)) return undefined;
  if (query.lieu) {
    const resolver = opts.resolvePlace ?? resolvePlaceFromGazetteer;
    const place = resolver(query.lieu) ?? resolvePlaceFromSites(store, query.lieu);
    if (!place) throw unknownPlaceError(query.lieu);
    return place;
  }
  return { label: 'Votre position', lat: query.lat as number, lon: query.lon as number };
}

const ORDER: Record<ReturnType<typeof resolveSort>, StudyOrder> = {
  pertinence: 'relevance',
  distance: 'distance',
  recent: 'recent',
};

export function planSearch(store: Store, query: SearchQuery, opts: SearchOptions = {}): Plan {
  const text = buildTextMatch(store.index, query.maladie);
  const point = resolvePoint(store, query, opts);
  const near = point ? findNear(store.index, point, query.rayon, text.expression) : undefined;
  const filter: StudyFilter = {
    match: text.expression,
    identifierRowids: text.identifierRowids,
    near: near ? [...near.values()].map((n) => n.rid) : undefined,
    age: query.age,
    ageRange: query.age === undefined ? query.ageRange : undefined,
    sexe: query.sexe,
    healthyVolunteers: query.volontaire === 'sain',
    region: query.region,
    departement: query.departement,
    categories: query.categorie,
    phases: query.phase,
    recruitment: query.recrutement === 'tous' ? undefined : query.recrutement,
  };
  return { query, filter, order: ORDER[resolveSort(query)], point, near };
}
