import type { Organization } from 'fhir/r4';

/** The three assigner Organizations ECLAIRE stores (CONTRACT §3.6). */
export const DEFAULT_ORGANIZATIONS: Organization[] = [
  {
    resourceType: 'Organization',
    id: 'ansm',
    name: 'Agence nationale de sécurité du médicament et des produits de santé',
    telecom: [{ system: 'url', use: 'work', value: 'https://ansm.sante.fr' }],
  },
  {
    resourceType: 'Organization',
    id: 'ctis',
    name: 'Clinical Trials Information System',
    telecom: [{ system: 'url', use: 'work', value: 'https://euclinicaltrials.eu/' }],
  },
  {
    resourceType: 'Organization',
    id: 'eudract',
    name: 'European Union Drug Regulating Authorities Clinical Trials Database',
    telecom: [{ system: 'url', use: 'work', value: 'https://eudract.ema.europa.eu/' }],
  },
];
