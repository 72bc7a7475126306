/**
 * Order of homonyms when nothing else tells them apart: the most populous first, as issue 13 asks (« Saint-Denis »
 * is the one of La Réunion, 155,000 inhabitants, before the one of Seine-Saint-Denis, 149,000); the others are
 * offered. Ties: INSEE code order.
 */
import type { Commune } from './gazetteer';

export function isOverseas(department: string): boolean {
  return department.startsWith('97');
}

/** The population a place is ranked by. */
export function rankingPopulation(population: number | null): number {
  return population ?? 0;
}

/** Compares two homonymous communes: the first one to offer sorts first. */
export function compareHomonyms(a: Commune, b: Commune): number {
  return rankingPopulation(b.population) - rankingPopulation(a.population) || a.insee.localeCompare(b.insee);
}
