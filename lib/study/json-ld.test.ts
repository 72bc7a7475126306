import { describe, expect, it } from 'vitest';
import { makeStudy } from '@/lib/study/testing';
import { serializeJsonLd, toMedicalTrialJsonLd, trialDesigns } from './json-ld';
import type { Study } from './types';

const study = makeStudy({
  id: '2022-500014-26-00',
  identifiers: [
    { value: '2022-500014-26-00', kind: 'eu-ct', primary: true },
    { value: 'NCT01234567', kind: 'nct', primary: false },
  ],
  title: 'Essai randomisé en double aveugle contre placebo </script><script>alert("pwned")</script>',
  regulation: 'medicament',
  jardeCategory: undefined,
  phase: { code: 'phase-III', label: 'Phase 3' },
  phaseBuckets: ['3'],
  recruitment: 'ouvert',
  sponsor: 'Hôpital Exemple',
  conditions: [{ text: 'Cancer du sein' }],
  eligibility: {
    sexes: ['femme'], ageRanges: [{ min: 18 }], inclusion: [], exclusion: [], unclassified: [], groups: [], healthyVolunteers: false, populations: [],
  },
  sites: [{ id: 's1', name: 'CHU de Nantes', addressLines: ['1 place Alexis-Ricordeau'], city: 'Nantes', postcode: '44000' }],
});

describe('MedicalTrial JSON-LD', () => {
  const doc = toMedicalTrialJsonLd(study, 'https://phare.example/essais/2022-500014-26-00');
  const text = serializeJsonLd(doc);

  it('parses back to the same document', () => {
    expect(JSON.parse(text)).toEqual(doc);
  });

  it('never contains a raw < (cannot close the script element)', () => {
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('has the schema.org fields', () => {
    const parsed = JSON.parse(text);
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@type']).toBe('MedicalTrial');
    expect(parsed.name).toBe(study.title);
    expect(parsed.identifier).toEqual([
      { '@type': 'PropertyValue', propertyID: 'eu-ct', value: '2022-500014-26-00' },
      { '@type': 'PropertyValue', propertyID: 'nct', value: 'NCT01234567' },
    ]);
    expect(parsed.phase).toBe('Phase 3');
    expect(parsed.status).toBe('https://schema.org/Recruiting');
    expect(parsed.sponsor).toEqual({ '@type': 'Organization', name: 'Hôpital Exemple' });
    expect(parsed.healthCondition).toEqual([{ '@type': 'MedicalCondition', name: 'Cancer du sein' }]);
    expect(parsed.studyLocation).toHaveLength(1);
    expect(parsed.studyLocation[0].address.addressLocality).toBe('Nantes');
    expect(parsed.population).toBe('18 ans et plus (tranche d’âge), femmes uniquement');
    expect(parsed.sameAs).toContain('https://clinicaltrials.gov/study/NCT01234567');
    expect(parsed.trialDesign).toEqual([
      'https://schema.org/RandomizedTrial',
      'https://schema.org/DoubleBlindedTrial',
      'https://schema.org/PlaceboControlledTrial',
    ]);
  });

  it('says the reconciled status, never a raw upstream one it contradicts', () => {
    const statusOf = (over: Partial<Study>) => toMedicalTrialJsonLd(makeStudy({ ...over, id: '2021-A01022-39' }), '/e').status;
    // The page says « Statut non précisé », recruitment closed: so does the JSON-LD, whatever `status` said.
    expect(statusOf({ status: 'inconnu', recruitment: 'termine', fhirStatus: 'completed' })).toBe('https://schema.org/ActiveNotRecruiting');
    expect(statusOf({ status: 'expiree', recruitment: 'termine', fhirStatus: 'approved' })).toBe('https://schema.org/Withdrawn');
    expect(statusOf({ status: 'terminee', recruitment: 'termine' })).toBe('https://schema.org/Completed');
    expect(statusOf({ status: 'arretee', recruitment: 'termine' })).toBe('https://schema.org/Terminated');
    expect(statusOf({ status: 'suspendue', recruitment: 'suspendu' })).toBe('https://schema.org/Suspended');
    expect(statusOf({ status: 'prorogee', recruitment: 'a-venir' })).toBe('https://schema.org/NotYetRecruiting');
    expect(statusOf({ status: 'en-cours', recruitment: 'ouvert' })).toBe('https://schema.org/Recruiting');
    expect(statusOf({ status: 'inconnu', recruitment: 'inconnu', fhirStatus: '__proto__' })).toBeUndefined();
  });

  it('omits what is unknown', () => {
    const bare = toMedicalTrialJsonLd(makeStudy({ id: '2021-A01022-39', recruitment: 'inconnu' }), '/essais/2021-A01022-39');
    expect(bare.status).toBeUndefined();
    expect(bare.phase).toBeUndefined();
    expect(bare.sponsor).toBeUndefined();
    expect(bare.trialDesign).toBeUndefined();
    expect(trialDesigns('Étude de cohorte')).toEqual([]);
  });
});
