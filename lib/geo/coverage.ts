/**
 * How well the gazetteer places people: the share of communes (and of the population) with a point of their own,
 * by source. Pure: the benchmark prints it, tests assert on it.
 */
import {
  COORD_ESTIMATED,
  COORD_GEONAMES,
  COORD_IGN_CENTROID,
  COORD_NONE,
  isOwnPoint,
  type CoordSource,
} from './gazetteer-data';
import { getGazetteer, type Gazetteer } from './gazetteer';

export type CoverageSourceName = 'ign' | 'geonames' | 'estimated' | 'none';

export interface CoverageCount {
  count: number;
  /** count / total, between 0 and 1 */
  share: number;
  /** Population of those communes. */
  population: number;
  /** population / total population, between 0 and 1 */
  populationShare: number;
}

export interface GazetteerCoverage {
  /** Communes plus the municipal arrondissements of Paris, Lyon and Marseille. */
  total: number;
  communes: number;
  arrondissements: number;
  /** Population of the communes (arrondissements not counted twice). */
  population: number;
  /** Communes and arrondissements with a point of their own (official centre or GeoNames point). */
  ownPoint: CoverageCount;
  bySource: Record<CoverageSourceName, CoverageCount>;
}

const SOURCE_NAMES: Record<CoordSource, CoverageSourceName> = {
  [COORD_IGN_CENTROID]: 'ign',
  [COORD_GEONAMES]: 'geonames',
  [COORD_ESTIMATED]: 'estimated',
  [COORD_NONE]: 'none',
};

/** Coverage figures of a gazetteer (the process-wide one by default). */
export function computeCoverage(gazetteer: Gazetteer = getGazetteer()): GazetteerCoverage {
  const total = gazetteer.communes.length;
  const populationOf = (list: Gazetteer['communes']) =>
    list.filter((c) => !c.parent).reduce((sum, c) => sum + (c.population ?? 0), 0);
  const population = populationOf(gazetteer.communes);
  const count = (list: Gazetteer['communes']): CoverageCount => {
    const pop = populationOf(list);
    return {
      count: list.length,
      share: total ? list.length / total : 0,
      population: pop,
      populationShare: population ? pop / population : 0,
    };
  };
  const located = (c: Gazetteer['communes'][number]) => c.lat != null && c.lon != null;
  const bySource = {} as Record<CoverageSourceName, CoverageCount>;
  for (const [source, name] of Object.entries(SOURCE_NAMES)) {
    bySource[name] = count(
      gazetteer.communes.filter((c) =>
        name === 'none' ? !located(c) || c.coordSource === COORD_NONE : located(c) && c.coordSource === Number(source),
      ),
    );
  }
  const arrondissements = gazetteer.communes.filter((c) => c.parent).length;
  return {
    total,
    communes: total - arrondissements,
    arrondissements,
    population,
    ownPoint: count(gazetteer.communes.filter((c) => located(c) && isOwnPoint(c.coordSource))),
    bySource,
  };
}

/** One line per figure, in French, for the benchmark and the build. */
export function formatCoverage(coverage: GazetteerCoverage): string[] {
  const pct = (share: number) => `${(100 * share).toFixed(1).replace('.', ',')} %`;
  const line = (label: string, c: CoverageCount) =>
    `${label} : ${c.count} (${pct(c.share)} des communes, ${pct(c.populationShare)} de la population)`;
  return [
    `${coverage.communes} communes + ${coverage.arrondissements} arrondissements municipaux, ${coverage.population} habitants`,
    line('point propre', coverage.ownPoint),
    line('  centre du territoire (IGN)', coverage.bySource.ign),
    line('  point GeoNames', coverage.bySource.geonames),
    line('point estimé (code postal partagé)', coverage.bySource.estimated),
    line('sans point', coverage.bySource.none),
  ];
}
