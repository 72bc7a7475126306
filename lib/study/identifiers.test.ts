import { describe, expect, it } from 'vitest';
import { isValidStudyId, registryLink } from './identifiers';

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
