/**
 * schema.org `MedicalTrial` for a study page (STYLE.md rule 15), built from the domain model only.
 * `serializeJsonLd` is what goes inside `<script type="application/ld+json">`: `<` is written `\u003c` so that no
 * upstream text can close the script element.
 */
import { findGlossaryTerms } from '@/lib/glossary/find-terms';
import { describeWho } from './plain-french';
import { registryLink } from './identifiers';
import type { Recruitment, Study, StudyStatus } from './types';

type JsonLd = Record<string, unknown>;

const STATUS_BY_RECRUITMENT: Record<Recruitment, string | undefined> = {
  ouvert: 'https://schema.org/Recruiting',
  'a-venir': 'https://schema.org/NotYetRecruiting',
  suspendu: 'https://schema.org/Suspended',
  termine: 'https://schema.org/ActiveNotRecruiting',
  inconnu: undefined,
};

/** The study's own state, as reconciled (lib/eclaire/status.ts); a running study says what its recruitment is. */
const STATUS_BY_STATE: Record<StudyStatus, string | undefined> = {
  terminee: 'https://schema.org/Completed',
  arretee: 'https://schema.org/Terminated',
  abandonnee: 'https://schema.org/Withdrawn',
  expiree: 'https://schema.org/Withdrawn',
  suspendue: 'https://schema.org/Suspended',
  'a-demarrer': 'https://schema.org/NotYetRecruiting',
  prorogee: 'https://schema.org/NotYetRecruiting',
  'en-cours': undefined,
  inconnu: undefined,
};

/** schema.org MedicalTrialDesign values named by the title itself (« randomisé », « double aveugle »…). */
const DESIGN_BY_TERM: Record<string, string> = {
  randomise: 'https://schema.org/RandomizedTrial',
  'tirage-au-sort': 'https://schema.org/RandomizedTrial',
  'double-aveugle': 'https://schema.org/DoubleBlindedTrial',
  'simple-aveugle': 'https://schema.org/SingleBlindedTrial',
  'essai-ouvert': 'https://schema.org/OpenTrial',
  placebo: 'https://schema.org/PlaceboControlledTrial',
  multicentrique: 'https://schema.org/MultiCenterTrial',
  monocentrique: 'https://schema.org/SingleCenterTrial',
};

/** Designs the sponsor's own title states; none when it says nothing (never guessed from the regime). */
export function trialDesigns(title: string): string[] {
  const out = new Set<string>();
  for (const m of findGlossaryTerms(title)) {
    const design = DESIGN_BY_TERM[m.slug];
    if (design) out.add(design);
  }
  return [...out];
}

/** From the reconciled status and recruitment only, never from a raw upstream field they may contradict. */
export function studyStatus(study: Pick<Study, 'recruitment' | 'status'>): string | undefined {
  return STATUS_BY_STATE[study.status] ?? STATUS_BY_RECRUITMENT[study.recruitment];
}

export function toMedicalTrialJsonLd(study: Study, url: string): JsonLd {
  const sameAs = study.identifiers.map((i) => registryLink(i)?.href).filter((h): h is string => Boolean(h));
  const conditions = study.conditions.map((c) => c.text).filter(Boolean);
  const doc: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'MedicalTrial',
    '@id': url,
    url,
    name: study.title,
    identifier: study.identifiers.length
      ? study.identifiers.map((i) => ({ '@type': 'PropertyValue', propertyID: i.kind, value: i.value }))
      : [{ '@type': 'PropertyValue', propertyID: 'eclaire', value: study.id }],
  };
  if (study.acronym) doc.alternateName = study.acronym;
  if (study.summary) doc.description = study.summary;
  if (study.phase?.label && study.phase.code !== 'n-a') doc.phase = study.phase.label;
  const designs = trialDesigns(study.title);
  if (designs.length) doc.trialDesign = designs.length === 1 ? designs[0] : designs;
  const status = studyStatus(study);
  if (status) doc.status = status;
  if (study.sponsor) doc.sponsor = { '@type': 'Organization', name: study.sponsor };
  if (conditions.length) doc.healthCondition = conditions.map((name) => ({ '@type': 'MedicalCondition', name }));
  else if (study.therapeuticArea) doc.healthCondition = { '@type': 'MedicalCondition', name: study.therapeuticArea };
  if (study.eligibility.ageRanges.length || study.eligibility.sexes.length) doc.population = describeWho(study);
  if (study.sites.length) {
    doc.studyLocation = study.sites.map((s) => ({
      '@type': 'AdministrativeArea',
      ...(s.name ? { name: s.name } : {}),
      address: {
        '@type': 'PostalAddress',
        ...(s.addressLines.length ? { streetAddress: s.addressLines.join(', ') } : {}),
        ...(s.postcode ? { postalCode: s.postcode } : {}),
        ...(s.city ? { addressLocality: s.city } : {}),
        addressCountry: s.country && s.country.length === 2 ? s.country : 'FR',
      },
    }));
  }
  if (sameAs.length) doc.sameAs = sameAs;
  return doc;
}

/** JSON for an inline script: `<`, `>`, `&` and the JS line separators escaped. */
export function serializeJsonLd(doc: unknown): string {
  return JSON.stringify(doc)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
