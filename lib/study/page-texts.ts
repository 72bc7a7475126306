/**
 * Fixed texts of the study page's newer parts, kept here so that the readability and typography test
 * (`lib/readability/phare-texts.test.ts`) measures them with every other text Phare writes.
 *
 * Used by: « Ce que l’étude mesure » (`components/study/outcomes-section.tsx`) and the doctor sheet
 * (`OUTCOMES_TEXTS`, `OUTCOME_PRO_HEADINGS`); « Autres critères publiés » in « Qui peut participer ? »
 * (`UNCLASSIFIED_TEXTS`); the date of « Pour les professionnels » (`LAST_UPDATED_TEXTS`); the countries of a
 * CTIS trial (`describeCountries`).
 */
import type { Outcome } from './types';

/** « Ce que l’étude mesure »: outcome criteria, never conditions to take part (DESIGN.md « Plain French »). */
export const OUTCOMES_TEXTS = {
  heading: 'Ce que l’étude mesure',
  intro: 'Pour savoir si l’étude atteint son but, l’équipe mesure ces résultats. Ce ne sont pas des conditions pour participer.',
  primary: { one: 'Critère principal', many: 'Critères principaux' },
  secondary: { one: 'Critère secondaire', many: 'Critères secondaires' },
} as const;

/** The same lists on the sheet written to the doctor, in the professional's words. */
export const OUTCOME_PRO_HEADINGS = {
  primary: { one: 'Critère de jugement principal', many: 'Critères de jugement principaux' },
  secondary: { one: 'Critère de jugement secondaire', many: 'Critères de jugement secondaires' },
} as const;

/** The principal outcomes, then the secondary ones, in their order. */
export function splitOutcomes(outcomes: readonly Outcome[]): { primary: Outcome[]; secondary: Outcome[] } {
  return { primary: outcomes.filter((o) => o.primary), secondary: outcomes.filter((o) => !o.primary) };
}

/**
 * Criteria whose kind cannot be told (`eligibility.unclassified`): under a neutral heading, never among the
 * conditions to take part, never in the checklist or on the doctor sheet's conditions.
 */
export const UNCLASSIFIED_TEXTS = {
  heading: 'Autres critères publiés (sans précision)',
  intro:
    'L’étude a publié ces critères sans dire à quoi ils servent. Ce peut être une condition pour participer, ou un résultat que l’étude mesure. Demandez à l’équipe de l’étude.',
} as const;

/**
 * `meta.lastUpdated` is not a modification date (CONTRACT §5.11): the latest status or authorisation date. It is
 * shown under this label, and only when plausible (not in the future, not a known fallback).
 */
export const LAST_UPDATED_TEXTS = {
  label: 'Dernier changement connu (statut ou autorisation)',
  note: 'ECLAIRE ne publie pas de date de modification. C’est la date du dernier changement de statut, ou de la dernière autorisation.',
} as const;

/** « France, Allemagne et Espagne »; undefined when empty. */
export function joinFr(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

/** The countries of a trial, in French, for « Où ? »: « Cet essai a lieu dans 3 pays\u00A0: France, Allemagne et Espagne. » */
export function describeCountries(names: readonly string[]): string | undefined {
  const list = joinFr(names);
  if (!list) return undefined;
  return names.length === 1 ? `Cet essai a lieu dans un seul pays\u00A0: ${list}.` : `Cet essai a lieu dans ${names.length} pays\u00A0: ${list}.`;
}
