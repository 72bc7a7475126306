import type { Group, Location, ResearchStudy } from 'fhir/r4';

/** One fictional study in ECLAIRE's exact shape: the ResearchStudy with its Group and Locations. */
export interface DemoRecord {
  study: ResearchStudy;
  group: Group;
  locations: Location[];
}
