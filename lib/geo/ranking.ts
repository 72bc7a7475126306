/**
 * Order of homonyms when nothing else tells them apart: the most populous first, an overseas commune counting for
 * half its population. Overseas searches usually name their island or department (« Saint-Denis 974 »,
 * « Saint-Pierre La Réunion »), so a bare « Saint-Denis » most likely means the one in Seine-Saint-Denis
 * (149,000 inhabitants) rather than the one of La Réunion (155,000), while a much bigger overseas commune
 * (Saint-Pierre, Saint-Paul of La Réunion) still comes first.
 */
import type { Commune } from './gazetteer';

const OVERSEAS_WEIGHT = 0.5;

export function isOverseas(department: string): boolean {
  return department.startsWith('97');
}

/** The population a place is ranked by. */
export function rankingPopulation(population: number | null, department?: string): number {
  const p = population ?? 0;
  return department && isOverseas(department) ? p * OVERSEAS_WEIGHT : p;
}

/** Compares two homonymous communes: the first one to offer sorts first. */
export function compareHomonyms(a: Commune, b: Commune): number {
  return (
    rankingPopulation(b.population, b.department) - rankingPopulation(a.population, a.department) ||
    a.insee.localeCompare(b.insee)
  );
}
