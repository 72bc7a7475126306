import Supercluster from 'supercluster';

/**
 * Pure helpers of the map of recruiting sites (components/map/): reading the GeoJSON of `/api/sites` (or a study's
 * own sites) defensively, clustering with supercluster, bounds, and the French labels read by screen readers.
 * No React, no Leaflet: Vitest imports this file directly.
 */

/** [lat, lon]. */
export type LatLonTuple = [number, number];
/** [[south, west], [north, east]], the shape Leaflet's `fitBounds` takes. */
export type BoundsTuple = [LatLonTuple, LatLonTuple];

/** Metropolitan France with Corsica. */
export const METROPOLE_BOUNDS: BoundsTuple = [
  [41.3, -5.2],
  [51.1, 9.6],
];

export interface MapArea {
  id: string;
  name: string;
  bounds: BoundsTuple;
}

/** The areas the map can jump to (overseas regions first, Métropole last, as in the button row). */
export const MAP_AREAS: readonly MapArea[] = [
  { id: 'guadeloupe', name: 'Guadeloupe', bounds: [[15.82, -61.81], [16.52, -61.0]] },
  { id: 'martinique', name: 'Martinique', bounds: [[14.38, -61.24], [14.88, -60.81]] },
  { id: 'guyane', name: 'Guyane', bounds: [[2.11, -54.6], [5.75, -51.63]] },
  { id: 'la-reunion', name: 'La Réunion', bounds: [[-21.39, 55.21], [-20.87, 55.84]] },
  { id: 'mayotte', name: 'Mayotte', bounds: [[-13.0, 45.01], [-12.64, 45.3]] },
  { id: 'metropole', name: 'Métropole', bounds: METROPOLE_BOUNDS },
];

/** Highest zoom of the map; clusters exist up to this zoom, so sites at one address stay one (listed) marker. */
export const MAP_MAX_ZOOM = 18;
/** Fitting to the data never zooms closer than this (one site alone stays in its town). */
export const FIT_MAX_ZOOM = 12;
/** Cluster radius in screen pixels. */
export const CLUSTER_RADIUS_PX = 80;

export type MapRecruitment = 'ouvert' | 'a-venir' | 'suspendu' | 'termine' | 'inconnu';

/** One site of one study. */
export interface MapSite {
  kind: 'site';
  lat: number;
  lon: number;
  studyId: string;
  title: string;
  siteName?: string;
  city?: string;
  recruitment?: MapRecruitment;
}

/** Several sites aggregated in one commune by the server (`/api/sites` beyond its limit). */
export interface MapCommune {
  kind: 'commune';
  lat: number;
  lon: number;
  city?: string;
  count: number;
  studyCount?: number;
}

export type MapPoint = MapSite | MapCommune;

const RECRUITMENTS: readonly string[] = ['ouvert', 'a-venir', 'suspendu', 'termine', 'inconnu'];

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The points of a GeoJSON FeatureCollection of sites (`{ studyId, title, siteName, city, recruitment }`) or of
 * communes (`{ count, city, studyCount }`). Anything else (bad geometry, missing id) is skipped, never thrown.
 */
export function toMapPoints(collection: unknown): MapPoint[] {
  if (!collection || typeof collection !== 'object') return [];
  const features = (collection as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  const points: MapPoint[] = [];
  for (const f of features) {
    if (!f || typeof f !== 'object') continue;
    const geometry = (f as { geometry?: { type?: unknown; coordinates?: unknown } }).geometry;
    if (!geometry || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) continue;
    const lon = num(geometry.coordinates[0]);
    const lat = num(geometry.coordinates[1]);
    if (lon === undefined || lat === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const p = ((f as { properties?: unknown }).properties ?? {}) as Record<string, unknown>;
    const count = num(p.count);
    const studyId = str(p.studyId);
    if (studyId) {
      const recruitment = str(p.recruitment);
      points.push({
        kind: 'site',
        lat,
        lon,
        studyId,
        title: str(p.title) ?? studyId,
        ...(str(p.siteName) ? { siteName: str(p.siteName) } : {}),
        ...(str(p.city) ? { city: str(p.city) } : {}),
        ...(recruitment && RECRUITMENTS.includes(recruitment) ? { recruitment: recruitment as MapRecruitment } : {}),
      });
    } else if (count !== undefined && count > 0) {
      const studyCount = num(p.studyCount);
      points.push({
        kind: 'commune',
        lat,
        lon,
        count: Math.round(count),
        ...(str(p.city) ? { city: str(p.city) } : {}),
        ...(studyCount !== undefined ? { studyCount } : {}),
      });
    }
  }
  return points;
}

/** Number of sites the points stand for (a commune counts for its sites). */
export function countSites(points: readonly MapPoint[]): number {
  return points.reduce((n, p) => n + (p.kind === 'commune' ? p.count : 1), 0);
}

export function isInBounds(lat: number, lon: number, [[s, w], [n, e]]: BoundsTuple): boolean {
  return lat >= s && lat <= n && lon >= w && lon <= e;
}

/**
 * The box to show first: the points in metropolitan France when there are any (a study with one site in
 * La Réunion should not zoom the map out to the whole globe), otherwise all the points; undefined when empty.
 */
export function boundsOfPoints(points: readonly MapPoint[]): BoundsTuple | undefined {
  if (points.length === 0) return undefined;
  const metro = points.filter((p) => isInBounds(p.lat, p.lon, METROPOLE_BOUNDS));
  const chosen = metro.length > 0 ? metro : points;
  let s = 90;
  let w = 180;
  let n = -90;
  let e = -180;
  for (const p of chosen) {
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
  }
  return [
    [s, w],
    [n, e],
  ];
}

/** The area button a bounds box falls in, if any (used to tell which buttons have sites). */
export function countSitesInArea(points: readonly MapPoint[], area: MapArea): number {
  return countSites(points.filter((p) => isInBounds(p.lat, p.lon, area.bounds)));
}

// --- clustering ------------------------------------------------------------------------------------------------

export interface PointProps {
  /** Index in the points array. */
  index: number;
  sites: number;
  highlighted: number;
}

export interface ClusterProps {
  sites: number;
  highlighted: number;
}

export type ClusterIndex = Supercluster<PointProps, ClusterProps>;

export function createClusterIndex(points: readonly MapPoint[], highlightedStudyId?: string): ClusterIndex {
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: CLUSTER_RADIUS_PX,
    maxZoom: MAP_MAX_ZOOM,
    minPoints: 2,
    map: (p) => ({ sites: p.sites, highlighted: p.highlighted }),
    reduce: (acc, p) => {
      acc.sites += p.sites;
      acc.highlighted += p.highlighted;
    },
  });
  index.load(
    points.map((p, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      properties: {
        index: i,
        sites: p.kind === 'commune' ? p.count : 1,
        highlighted: highlightedStudyId && p.kind === 'site' && p.studyId === highlightedStudyId ? 1 : 0,
      },
    })),
  );
  return index;
}

export type MapItem =
  | {
      type: 'cluster';
      key: string;
      lat: number;
      lon: number;
      clusterId: number;
      /** Sites inside (communes count for their sites). */
      sites: number;
      /** Sites of the highlighted study inside. */
      highlighted: number;
      /** Zoom at which the cluster splits; above MAP_MAX_ZOOM, its sites share one place and are listed. */
      expansionZoom: number;
    }
  | { type: 'point'; key: string; lat: number; lon: number; index: number; highlighted: boolean };

/** Clusters and single points inside `bbox` ([west, south, east, north]) at `zoom`. */
export function getMapItems(index: ClusterIndex, bbox: [number, number, number, number], zoom: number): MapItem[] {
  const z = Math.max(0, Math.min(MAP_MAX_ZOOM, Math.round(zoom)));
  const [w, s, e, n] = bbox;
  // Clamp longitudes: supercluster handles [-180, 180] only.
  const box: [number, number, number, number] = [
    Math.max(-180, w),
    Math.max(-85, s),
    Math.min(180, e),
    Math.min(85, n),
  ];
  return index.getClusters(box, z).map((f) => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const props = f.properties as Partial<Supercluster.ClusterProperties> & Partial<PointProps & ClusterProps>;
    if (props.cluster && typeof props.cluster_id === 'number') {
      return {
        type: 'cluster',
        key: `c${props.cluster_id}`,
        lat,
        lon,
        clusterId: props.cluster_id,
        sites: props.sites ?? props.point_count ?? 0,
        highlighted: props.highlighted ?? 0,
        expansionZoom: index.getClusterExpansionZoom(props.cluster_id),
      };
    }
    const i = props.index ?? 0;
    return { type: 'point', key: `p${i}`, lat, lon, index: i, highlighted: (props.highlighted ?? 0) > 0 };
  });
}

/** The points of a cluster, up to `limit`, for the list shown when its sites share one place. */
export function getClusterPoints(
  index: ClusterIndex,
  points: readonly MapPoint[],
  clusterId: number,
  limit = 20,
): MapPoint[] {
  return index
    .getLeaves(clusterId, limit)
    .map((leaf) => points[leaf.properties.index])
    .filter((p): p is MapPoint => p !== undefined);
}

// --- French labels ---------------------------------------------------------------------------------------------

const numberFr = new Intl.NumberFormat('fr-FR');

export function formatCount(n: number): string {
  return numberFr.format(n);
}

/** « 1 lieu de recherche », « 342 lieux de recherche ». */
export function sitesPhrase(n: number): string {
  return `${formatCount(n)} ${n > 1 ? 'lieux' : 'lieu'} de recherche`;
}

export function studiesPhrase(n: number): string {
  return `${formatCount(n)} ${n > 1 ? 'études' : 'étude'}`;
}

export const RECRUITMENT_LABELS: Record<MapRecruitment, string> = {
  ouvert: 'Recrutement ouvert',
  'a-venir': 'Recrutement à venir',
  suspendu: 'Recrutement suspendu',
  termine: 'Recrutement terminé',
  inconnu: 'Recrutement\u00A0: statut inconnu',
};

export function truncate(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** « CHU de Nantes — Nantes » (the city once when the site has no other name). */
export function placeName(site: { siteName?: string; city?: string }): string {
  const name = site.siteName;
  const city = site.city;
  if (name && city && name.toLocaleLowerCase('fr') !== city.toLocaleLowerCase('fr')) return `${name} — ${city}`;
  return name ?? city ?? 'Lieu de recherche';
}

/** Accessible name of a single site marker: « CHU de Nantes — Nantes : étude … ». */
export function siteLabel(site: MapSite, highlighted = false): string {
  return `${placeName(site)}\u00A0: étude ${truncate(site.title)}${highlighted ? ' (étude sélectionnée)' : ''}`;
}

/** Accessible name of a commune aggregated by the server. */
export function communeLabel(commune: MapCommune): string {
  const studies = commune.studyCount ? ` (${studiesPhrase(commune.studyCount)})` : '';
  return `${commune.city ?? 'Commune'}\u00A0: ${sitesPhrase(commune.count)}${studies} — afficher le détail`;
}

/** Accessible name of a cluster: « 12 lieux de recherche — zoomer », or a list when its sites share one place. */
export function clusterLabel(item: { sites: number; highlighted: number; expansionZoom: number }): string {
  const selected = item.highlighted > 0 ? `, dont ${formatCount(item.highlighted)} de l’étude sélectionnée` : '';
  if (item.expansionZoom > MAP_MAX_ZOOM) {
    return `${sitesPhrase(item.sites)} au même endroit${selected} — afficher la liste`;
  }
  return `${sitesPhrase(item.sites)}${selected} — zoomer`;
}

/** The visually hidden summary of the map. */
export function mapSummary(sites: number, listNoun: 'études' | 'lieux' = 'études'): string {
  if (sites === 0) return `Carte\u00A0: aucun lieu de recherche à afficher. La liste des ${listNoun} à côté contient les mêmes informations.`;
  return `Carte de ${sitesPhrase(sites)}. La liste des ${listNoun} à côté contient les mêmes informations.`;
}
