import type { Coding, Group, Location, ResearchStudy } from 'fhir/r4';

/** One fictional study in ECLAIRE's exact shape: the ResearchStudy with its Group and Locations. */
export interface DemoRecord {
  study: ResearchStudy;
  group: Group;
  locations: Location[];
}

/**
 * Every demo resource carries this tag in `meta.tag`, so that fictional data is recognisable wherever it
 * travels (emulator, mirror, pages) and the "Données de démonstration fictives" banner can never be missed.
 */
export const DEMO_TAG: Coding = {
  system: 'https://phare.example/fhir/CodeSystem/provenance',
  code: 'demo',
  display: 'Données de démonstration fictives',
};
