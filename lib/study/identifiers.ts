/**
 * Identifiers of a study and their public registries. Only well-formed values get a link, so that a
 * stray value never produces a misleading URL.
 */
import type { StudyIdentifier } from './types';

/**
 * The one set of identifier patterns of Phare (the normaliser, the search, the study pages, the proxy).
 * ECLAIRE's own ids (CONTRACT §3.7, §7.7): EU CT number (CTIS) YYYY-5NNNNN-NN-NN (the suffix can be -01, -06…);
 * national ID-RCB YYYY-ANNNNN-NN; EudraCT YYYY-NNNNNN-NN for old drug trials.
 */
export const EU_CT_RE = /^\d{4}-5\d{5}-\d{2}-\d{2}$/;
export const ID_RCB_RE = /^\d{4}-A\d{5}-\d{2}$/i;
export const EUDRACT_RE = /^\d{4}-\d{6}-\d{2}$/;
/** Registry numbers ECLAIRE carries as secondary identifiers. */
export const NCT_RE = /^NCT\d{8}$/i;
export const ISRCTN_RE = /^ISRCTN\d{8}$/i;
export const UTN_RE = /^U\d{4}-\d{4}-\d{4}$/i;

/** The kind of an identifier from its value alone. */
export function identifierKind(value: string): StudyIdentifier['kind'] {
  const v = value.trim();
  if (EU_CT_RE.test(v)) return 'eu-ct';
  if (ID_RCB_RE.test(v)) return 'id-rcb';
  if (EUDRACT_RE.test(v)) return 'eudract';
  if (NCT_RE.test(v)) return 'nct';
  if (ISRCTN_RE.test(v)) return 'isrctn';
  if (UTN_RE.test(v)) return 'utn';
  return 'autre';
}

/** An id ECLAIRE can know (EU CT, ID-RCB, EudraCT): the only ones worth asking the upstream about. */
export function isEclaireIdFormat(id: string): boolean {
  const kind = identifierKind(id);
  return kind === 'eu-ct' || kind === 'id-rcb' || kind === 'eudract';
}

/** Text typed in the search box that is a study number (any registry, or a partial one such as « 2022-500014-26 »). */
export function looksLikeIdentifier(text: string | undefined): boolean {
  if (!text) return false;
  const v = text.trim();
  if (identifierKind(v) !== 'autre') return true;
  return /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}$/.test(v) && /\d{4}/.test(v);
}

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

/**
 * Study ids accepted in URLs and API paths before any lookup: ECLAIRE's alphabet (letters, digits, hyphens),
 * 64 characters at most — nothing that could change an upstream path.
 */
export const STUDY_ID_RE = /^[A-Za-z0-9-]{1,64}$/;

export function isValidStudyId(id: unknown): id is string {
  return typeof id === 'string' && STUDY_ID_RE.test(id);
}
