import type { CodeableConcept } from 'fhir/r4';
import { CHARACTERISTIC_KIND_CODES, SYSTEMS } from '@/lib/eclaire/code-systems';

/**
 * Small FHIR pieces shared by the generator's builders. Code-system URLs and displays come from
 * `lib/eclaire/code-systems.ts` (the one table of them); this module holds only what that table does not: the
 * profile and extension URLs (StructureDefinitions) and the HL7 objective-type system.
 */

const SD = 'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition';

/** Profile and extension URLs as ECLAIRE writes them today (CONTRACT §3.2, §3.3, §3.5). */
export const EXTENSION_URLS = {
  profile: `${SD}/eclaire-researchstudy`,
  therapeuticArea: `${SD}/eclaire-therapeutic-area`,
  recruitmentPeriod: `${SD}/eclaire-recruitment-period`,
  descriptionSummary: 'https://hl7.org/fhir/R4/researchstudy-definitions.html#ResearchStudy.descriptionSummary',
  associatedParty: 'https://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
  /** Earlier URLs of the associated party, still in documents indexed before 2025-12-09 (§3.8). */
  associatedPartyLegacy: [
    'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
    'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition-eclaire-associated-party-r5.html',
  ],
  recruitmentStatus: `${SD}/eclaire-recruitment-status`,
  contactName: `${SD}/eclaire-contact-name`,
  contactAddress: `${SD}/eclaire-contact-address`,
  contactType: `${SD}/eclaire-contact-type`,
  siteContactName: `${SD}/eclaire-site-contact-name`,
} as const;

/** `primaryPurposeType` system (§4.13); not one of the code systems Phare reads. */
export const OBJECTIVE_TYPE_SYSTEM = 'https://terminology.hl7.org/CodeSystem/research-study-objective-type';

export function coding(system: string, version: string, code: string, display: string) {
  return { code, display, system, version };
}

type KindCode = keyof typeof CHARACTERISTIC_KIND_CODES;
const KIND_CODINGS = new Map<KindCode, CodeableConcept>();

/** The Group characteristic's `code` (§4.8). Shared per code: thousands of identical codings would otherwise dominate memory. */
export function kindCoding(code: KindCode): CodeableConcept {
  let made = KIND_CODINGS.get(code);
  if (!made) {
    made = { coding: [coding(SYSTEMS.characteristicKind, '0.3.0', code, CHARACTERISTIC_KIND_CODES[code].display)] };
    KIND_CODINGS.set(code, made);
  }
  return made;
}
