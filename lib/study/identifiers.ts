/**
 * Identifiers of a study and their public registries. Only well-formed values get a link, so that a
 * stray value never produces a misleading URL.
 */
import type { StudyIdentifier } from './types';

/** EU CT number (CTIS): YYYY-5NNNNN-NN-NN (CONTRACT §3.7). */
export const EU_CT_RE = /^\d{4}-5\d{5}-\d{2}-\d{2}$/;
/** National ID-RCB: YYYY-ANNNNN-NN. */
export const ID_RCB_RE = /^\d{4}-A\d{5}-\d{2}$/i;
/** EudraCT: YYYY-NNNNNN-NN. */
export const EUDRACT_RE = /^\d{4}-\d{6}-\d{2}$/;
export const NCT_RE = /^NCT\d{8}$/i;
export const ISRCTN_RE = /^ISRCTN\d{8}$/i;

export const IDENTIFIER_KIND_LABELS: Record<StudyIdentifier['kind'], string> = {
  'eu-ct': 'Numéro européen (EU CT)',
  'id-rcb': 'Numéro national (ID-RCB)',
  eudract: 'Numéro EudraCT',
  nct: 'Numéro ClinicalTrials.gov (NCT)',
  isrctn: 'Numéro ISRCTN',
  utn: 'Numéro OMS (UTN)',
  autre: 'Autre identifiant',
};

export interface RegistryLink {
  href: string;
  /** Name of the registry, with its article, for « voir sur … ». */
  registry: string;
}

/** Link to the public registry of an identifier, when one exists and the value is well formed. */
export function registryLink(identifier: Pick<StudyIdentifier, 'kind' | 'value'>): RegistryLink | undefined {
  const value = identifier.value.trim();
  const kind = identifier.kind;
  if ((kind === 'eu-ct' || EU_CT_RE.test(value)) && EU_CT_RE.test(value)) {
    return {
      href: `https://euclinicaltrials.eu/search-for-clinical-trials/?lang=fr&EUCT=${encodeURIComponent(value)}`,
      registry: 'le portail public européen (CTIS)',
    };
  }
  if (NCT_RE.test(value)) {
    return { href: `https://clinicaltrials.gov/study/${value.toUpperCase()}`, registry: 'ClinicalTrials.gov' };
  }
  if (kind === 'eudract' && EUDRACT_RE.test(value)) {
    return {
      href: `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${encodeURIComponent(value)}`,
      registry: 'le registre européen EudraCT',
    };
  }
  if (ISRCTN_RE.test(value)) {
    return { href: `https://www.isrctn.com/${value.toUpperCase()}`, registry: 'le registre ISRCTN' };
  }
  return undefined;
}

/** Study ids accepted in URLs before any lookup (ECLAIRE ids are shorter; this is a safety bound). */
export const STUDY_ID_RE = /^[A-Za-z0-9-]{1,64}$/;

export function isValidStudyId(id: unknown): id is string {
  return typeof id === 'string' && STUDY_ID_RE.test(id);
}
