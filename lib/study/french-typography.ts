/**
 * French typography for the upstream texts of a study, applied once where a page takes a study in hand (the
 * study page, its embed view, the feed and the result cards), so that every place that renders them — HTML,
 * printed sheet, meta description, JSON-LD, Atom — shows « : » with a no-break space and typographic
 * apostrophes. The wording is never changed: `frenchTypography` only fixes spaces, apostrophes and quotes, and
 * leaves addresses, identifiers and courriel addresses alone.
 *
 * Texts known to be in another language (`lang`, `titleLang`, `summaryLang`…) are left as they are: English
 * puts no space before a colon. Identifiers, codes, addresses, names of people, e-mail addresses and phone
 * numbers are not prose and are not touched.
 */
import { frenchTypography } from '@/lib/text/typography';
import type { Criterion, Outcome, Study, StudySummary } from './types';

/** True when a BCP 47 tag says the text is not French. */
function foreign(lang: string | undefined): boolean {
  return !!lang && !/^fr(-|$)/i.test(lang);
}

/** The text in French typography unless it is in another language. */
export function frenchText(text: string, lang?: string): string {
  return foreign(lang) ? text : frenchTypography(text);
}

function optional(text: string | undefined, lang?: string): string | undefined {
  return text === undefined ? undefined : frenchText(text, lang);
}

function criteria<T extends Criterion | Outcome>(list: readonly T[]): T[] {
  return list.map((c) => ({ ...c, text: frenchText(c.text, c.lang) }));
}

/** The study with its French prose in French typography; everything else as it was. Idempotent. */
export function studyInFrenchTypography(study: Study): Study {
  const e = study.eligibility;
  return {
    ...study,
    title: frenchText(study.title, study.titleLang),
    ...(study.precision ? { precision: { ...study.precision, label: frenchTypography(study.precision.label) } } : {}),
    ...(study.phase ? { phase: { ...study.phase, label: frenchTypography(study.phase.label) } } : {}),
    conditions: study.conditions.map((c) => ({ ...c, text: frenchText(c.text, c.lang) })),
    meddra: study.meddra.map((m) => (m.label === undefined ? m : { ...m, label: frenchTypography(m.label) })),
    therapeuticArea: optional(study.therapeuticArea),
    summary: optional(study.summary, study.summaryLang),
    objectives: optional(study.objectives, study.objectivesLang),
    description: optional(study.description),
    outcomes: criteria(study.outcomes),
    eligibility: {
      ...e,
      inclusion: criteria(e.inclusion),
      exclusion: criteria(e.exclusion),
      unclassified: criteria(e.unclassified),
      groups: e.groups.map((g) => frenchTypography(g)),
      populations: e.populations.map((p) => ({ ...p, label: frenchTypography(p.label) })),
    },
    sites: study.sites.map((s) => ({
      ...s,
      ...(s.name !== undefined ? { name: frenchTypography(s.name) } : {}),
      ...(s.service !== undefined ? { service: frenchTypography(s.service) } : {}),
    })),
    contacts: {
      ...(study.contacts.scientific ? { scientific: contactInFrenchTypography(study.contacts.scientific) } : {}),
      ...(study.contacts.public ? { public: contactInFrenchTypography(study.contacts.public) } : {}),
    },
    sponsor: optional(study.sponsor),
  };
}

function contactInFrenchTypography(c: NonNullable<Study['contacts']['public']>): NonNullable<Study['contacts']['public']> {
  return c.organisation === undefined ? c : { ...c, organisation: frenchTypography(c.organisation) };
}

/** A result of the search, the same way (title, phase, conditions, sponsor, nearest site's name). */
export function summaryInFrenchTypography(s: StudySummary): StudySummary {
  return {
    ...s,
    title: frenchText(s.title, s.titleLang),
    ...(s.phase ? { phase: { ...s.phase, label: frenchTypography(s.phase.label) } } : {}),
    conditions: s.conditions.map((c) => frenchTypography(c)),
    ...(s.therapeuticArea !== undefined ? { therapeuticArea: frenchTypography(s.therapeuticArea) } : {}),
    ...(s.sponsor !== undefined ? { sponsor: frenchTypography(s.sponsor) } : {}),
    ...(s.nearestSite?.name !== undefined ? { nearestSite: { ...s.nearestSite, name: frenchTypography(s.nearestSite.name) } } : {}),
  };
}
