import type { Coding } from 'fhir/r4';

/**
 * Every fictional resource (the demo dataset, the emulator's records) carries this tag in `meta.tag`, so that
 * fictional data is recognisable wherever it travels (emulator, mirror, pages) and the « Données de
 * démonstration fictives » banner can never be missed. Declared here, where FHIR is read: the producers of
 * fiction (`lib/demo`, `lib/emulator`) import it, the normaliser recognises it.
 */
export const DEMO_TAG: Coding = {
  system: 'https://phare.example/fhir/CodeSystem/provenance',
  code: 'demo',
  display: 'Données de démonstration fictives',
};
