/**
 * Order of homonyms when nothing else tells them apart: the most populous first, as issue 13 asks (« Saint-Denis »
 * is the one of La Réunion, 155,000 inhabitants, before the one of Seine-Saint-Denis, 149,000); the others are
 * offered. Ties: INSEE code order.
 */
import type { Commune } from './gazetteer';

/** Compares two homonymous communes: the first one to offer sorts first. */
export function compareHomonyms(a: Commune, b: Commune): number {
  return (b.population ?? 0) - (a.population ?? 0) || a.insee.localeCompare(b.insee);
}
