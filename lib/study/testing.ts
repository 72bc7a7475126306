import type { Study } from './types';

/** Test-only: a complete, plausible study, with any field overridden. */
export function makeStudy(overrides: Partial<Study> & { id: string }): Study {
  return {
    identifiers: [{ value: overrides.id, kind: 'id-rcb', primary: true }],
    title: `Étude ${overrides.id}`,
    titleMissing: false,
    labels: [],
    regulation: 'jarde',
    jardeCategory: 2,
    recruitment: 'ouvert',
    status: 'en-cours',
    phaseBuckets: ['na'],
    conditions: [],
    meddra: [],
    outcomes: [],
    eligibility: {
      sexes: [],
      ageRanges: [],
      inclusion: [],
      exclusion: [],
      unclassified: [],
      groups: [],
      healthyVolunteers: false,
      populations: [],
    },
    sites: [],
    contacts: {},
    countries: ['FR'],
    lastUpdated: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}
