import { describe, expect, it } from 'vitest';
import { identifierKind, isEclaireIdFormat, isValidStudyId, looksLikeIdentifier, registryLink } from './identifiers';

describe('registry links', () => {
  it('links EU CT numbers to the CTIS public portal', () => {
    expect(registryLink({ kind: 'eu-ct', value: '2022-500014-26-00' })?.href).toBe(
      'https://euclinicaltrials.eu/search-for-clinical-trials/?lang=fr&EUCT=2022-500014-26-00',
    );
  });
  it('links NCT numbers to ClinicalTrials.gov', () => {
    expect(registryLink({ kind: 'nct', value: 'NCT01234567' })?.href).toBe('https://clinicaltrials.gov/study/NCT01234567');
  });
  it('does not link malformed or national ids', () => {
    expect(registryLink({ kind: 'nct', value: 'NCT123' })).toBeUndefined();
    expect(registryLink({ kind: 'eu-ct', value: '2022-<script>' })).toBeUndefined();
    expect(registryLink({ kind: 'id-rcb', value: '2021-A01022-39' })).toBeUndefined();
  });
  it('validates study ids', () => {
    expect(isValidStudyId('2021-A01022-39')).toBe(true);
    expect(isValidStudyId('../etc')).toBe(false);
    expect(isValidStudyId('a'.repeat(65))).toBe(false);
    expect(isValidStudyId('')).toBe(false);
  });
});

describe('identifier patterns', () => {
  it.each([
    ['2022-500014-26-00', 'eu-ct'],
    ['2023-503456-12-01', 'eu-ct'],
    ['2021-A01022-39', 'id-rcb'],
    ['2021-a01022-39', 'id-rcb'],
    ['2019-003543-30', 'eudract'],
    ['NCT01234567', 'nct'],
    ['ISRCTN12345678', 'isrctn'],
    ['ISRCTN1234', 'autre'],
    ['U1111-1234-5678', 'utn'],
    ['cancer', 'autre'],
  ] as const)('%s is %s', (value, kind) => {
    expect(identifierKind(value)).toBe(kind);
  });
  it('asks ECLAIRE only about its own id formats', () => {
    expect(isEclaireIdFormat('2022-500014-26-00')).toBe(true);
    expect(isEclaireIdFormat('2021-A01022-39')).toBe(true);
    expect(isEclaireIdFormat('2019-003543-30')).toBe(true);
    expect(isEclaireIdFormat('NCT01234567')).toBe(false);
    expect(isEclaireIdFormat('2099-Z99999-99')).toBe(false);
    expect(isEclaireIdFormat('abc-def-ghi')).toBe(false);
  });
  it('recognises study numbers typed in the search box, partial ones included', () => {
    expect(looksLikeIdentifier(' 2022-500014-26-00 ')).toBe(true);
    expect(looksLikeIdentifier('2022-500014-26')).toBe(true);
    expect(looksLikeIdentifier('nct01234567')).toBe(true);
    expect(looksLikeIdentifier('covid-19')).toBe(false);
    expect(looksLikeIdentifier('cancer du sein')).toBe(false);
  });
});
