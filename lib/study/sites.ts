/**
 * The sites of one study, placed (commune gazetteer), measured from the visitor's point when there is one,
 * grouped by region then department, and turned into GeoJSON for the map. Pure: the geocoder is injectable.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { distanceKm, type LatLon } from '@/lib/geo/distance';
import { getDepartment, getRegion } from '@/lib/geo/gazetteer';
import { frenchTypography } from '@/lib/text/typography';
import { geocodeSite, type GeoPlace, type SiteAddress } from '@/lib/geo/geocode';
import type { Recruitment, Study, StudySite } from './types';

export interface PlacedSite {
  site: StudySite;
  place: GeoPlace;
  /** From the visitor's point, only when the site is placed at a commune or an address. */
  distanceKm?: number;
}

export interface DepartmentGroup {
  code?: string;
  name: string;
  sites: PlacedSite[];
}

export interface RegionGroup {
  code?: string;
  name: string;
  departments: DepartmentGroup[];
}

export type Geocode = (site: SiteAddress) => GeoPlace;

/** Department centroids are not distances anyone can use. */
const MEASURABLE = new Set(['adresse', 'commune']);
const UNKNOWN_REGION = 'Lieu à préciser';
const UNKNOWN_DEPARTMENT = 'Département non précisé';

export function placeSites(study: Pick<Study, 'sites'>, origin?: LatLon, geocode: Geocode = geocodeSite): PlacedSite[] {
  return study.sites.map((site) => {
    let place: GeoPlace;
    try {
      place = geocode({ city: site.city, postcode: site.postcode, addressLines: site.addressLines });
    } catch {
      place = { precision: 'inconnue' };
    }
    const placed: PlacedSite = { site, place };
    if (origin && MEASURABLE.has(place.precision) && place.lat != null && place.lon != null) {
      placed.distanceKm = distanceKm(origin, { lat: place.lat, lon: place.lon });
    }
    return placed;
  });
}

function safeRegionName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    const name = getRegion(code)?.name;
    // Names as INSEE writes them (« Provence-Alpes-Côte d'Azur »), shown in French typography.
    return name === undefined ? undefined : frenchTypography(name);
  } catch {
    return undefined;
  }
}
function safeDepartmentName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    const name = getDepartment(code)?.name;
    return name === undefined ? undefined : frenchTypography(name);
  } catch {
    return undefined;
  }
}

const byDistanceThenName = (a: PlacedSite, b: PlacedSite) =>
  (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
  (a.site.city ?? '').localeCompare(b.site.city ?? '', 'fr') ||
  (a.site.name ?? '').localeCompare(b.site.name ?? '', 'fr');

const minDistance = (sites: PlacedSite[]) => Math.min(...sites.map((s) => s.distanceKm ?? Infinity));

/**
 * Region → department → sites. Ordered by distance when there is one, else alphabetically; the sites that
 * could not be placed come last, under « Lieu à préciser ».
 */
export function groupSitesByRegion(
  placed: readonly PlacedSite[],
  names: { region?: (code: string | undefined) => string | undefined; department?: (code: string | undefined) => string | undefined } = {},
): RegionGroup[] {
  const regionName = names.region ?? safeRegionName;
  const departmentName = names.department ?? safeDepartmentName;
  const regions = new Map<string, Map<string, PlacedSite[]>>();
  for (const p of placed) {
    const r = p.place.region ?? '';
    const d = p.place.department ?? '';
    if (!regions.has(r)) regions.set(r, new Map());
    const deps = regions.get(r)!;
    if (!deps.has(d)) deps.set(d, []);
    deps.get(d)!.push(p);
  }
  const groups: RegionGroup[] = [...regions].map(([r, deps]) => ({
    ...(r ? { code: r } : {}),
    name: (r && regionName(r)) || (r ? `Région ${r}` : UNKNOWN_REGION),
    departments: [...deps]
      .map(([d, sites]) => ({
        ...(d ? { code: d } : {}),
        name: d ? `${departmentName(d) ?? 'Département'} (${d})` : UNKNOWN_DEPARTMENT,
        sites: [...sites].sort(byDistanceThenName),
      }))
      .sort((a, b) => minDistance(a.sites) - minDistance(b.sites) || (a.code ? 0 : 1) - (b.code ? 0 : 1) || a.name.localeCompare(b.name, 'fr')),
  }));
  return groups.sort(
    (a, b) =>
      (a.code ? 0 : 1) - (b.code ? 0 : 1) ||
      minDistance(a.departments.flatMap((d) => d.sites)) - minDistance(b.departments.flatMap((d) => d.sites)) ||
      a.name.localeCompare(b.name, 'fr'),
  );
}

/** The `n` nearest sites when there are distances, else the first `n` in the upstream's order. */
export function nearestSites(placed: readonly PlacedSite[], n: number): PlacedSite[] {
  const hasDistance = placed.some((p) => p.distanceKm !== undefined);
  return (hasDistance ? [...placed].sort(byDistanceThenName) : [...placed]).slice(0, n);
}

/** Up to this many sites, a study page lists them all; beyond, the first ones and a « Voir tous les lieux » disclosure. */
export const SITES_LISTED_FIRST = 10;
const SITES_LISTED_IN_FULL = 12;

/**
 * The sites a study page lists first (the nearest, or the first in the region order without a place) and those
 * behind the disclosure; `more` is empty when the study has few enough sites to list them all.
 */
export function splitListedSites(
  placed: readonly PlacedSite[],
  first = SITES_LISTED_FIRST,
  inFull = SITES_LISTED_IN_FULL,
): { shown: PlacedSite[]; more: PlacedSite[] } {
  if (placed.length <= Math.max(first, inFull)) return { shown: [...placed], more: [] };
  const listed = placed.some((p) => p.distanceKm !== undefined)
    ? [...placed].sort(byDistanceThenName)
    : groupSitesByRegion(placed).flatMap((r) => r.departments.flatMap((d) => d.sites));
  return { shown: listed.slice(0, first), more: listed.slice(first) };
}

export function countRegions(placed: readonly PlacedSite[]): number {
  return new Set(placed.map((p) => p.place.region).filter(Boolean)).size;
}

/** « 12 km », « 3,4 km », « moins d’1 km » */
export function formatDistance(km: number): string {
  if (km < 1) return 'moins d’1 km';
  if (km < 10) return `${km.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`;
  return `${Math.round(km).toLocaleString('fr-FR')} km`;
}

/** A site on a map (a study's page, or `/api/sites`): one Point feature per placed site. */
export interface SiteFeatureProperties {
  studyId: string;
  title: string;
  siteName?: string;
  city?: string;
  recruitment: Recruitment;
  /** The point is a department centroid or estimated: the map may show it as approximate. */
  approximate?: boolean;
}

/** Beyond a few thousand sites, `/api/sites` sends one point per commune with its counts instead. */
export interface CommuneFeatureProperties {
  city?: string;
  insee?: string;
  /** Sites aggregated in this commune. */
  count: number;
  studyCount: number;
}

/** The sites of a map, as `/api/sites` sends them and as a study page draws them. */
export type SitesCollection = FeatureCollection<Point, SiteFeatureProperties | CommuneFeatureProperties> & {
  /** One point per commune (`CommuneFeatureProperties`) rather than per site. */
  aggregated: boolean;
  /** Sites represented (before aggregation). */
  total: number;
};

/** The study's own sites for `SitesMap` (same properties as `/api/sites`), placed ones only. */
export function toSitesFeatureCollection(
  study: Pick<Study, 'id' | 'title' | 'recruitment'>,
  placed: readonly PlacedSite[],
): SitesCollection {
  const features: Feature<Point, SiteFeatureProperties>[] = [];
  for (const p of placed) {
    const { lat, lon } = p.place;
    if (lat == null || lon == null) continue;
    const approximate = p.place.precision === 'departement' || p.place.approximate === true;
    features.push({
      type: 'Feature',
      id: `${study.id}/${p.site.id}`,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        studyId: study.id,
        title: study.title,
        ...(p.site.name ? { siteName: p.site.name } : {}),
        ...(p.site.city ?? p.place.communeName ? { city: p.site.city ?? p.place.communeName } : {}),
        recruitment: study.recruitment,
        ...(approximate ? { approximate } : {}),
      },
    });
  }
  return { type: 'FeatureCollection', features, aggregated: false, total: features.length };
}
