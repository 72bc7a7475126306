import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RawStudyResources } from '@/lib/eclaire/normalise';
import type { GeoPlace } from '@/lib/geo/geocode';
import { openStore, type Store } from '@/lib/store/store';
import type { Study, StudySite } from '@/lib/study/types';

/**
 * Test-only: a real store (SQLite mirror in a temp folder), filled through the store's own writes, so the
 * search is tested on exactly what a sync writes.
 */

export interface TestSite {
  name?: string;
  city?: string;
  postcode?: string;
  insee?: string;
  department?: string;
  region?: string;
  lat?: number;
  lon?: number;
  precision?: 'adresse' | 'commune' | 'departement' | 'inconnue';
}

export interface TestDb {
  store: Store;
  /** The same file, for tests that write around the store (another process, the sync state). */
  file: string;
  close(): void;
}

export function createTestDb(): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phare-search-'));
  const file = path.join(dir, 'mirror.sqlite');
  const store = openStore(file);
  return {
    store,
    file,
    close() {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes studies with their sites through the store (the `sites` list gives the geocoded places, in order). */
export function insertStudies(store: Store, items: { study: Study; sites?: TestSite[] }[]): void {
  for (const { study: base, sites = [] } of items) {
    const studySites: StudySite[] = sites.map((s, i) => ({
      id: `${base.id}-${i}-site`,
      name: s.name,
      city: s.city,
      postcode: s.postcode,
      addressLines: [],
    }));
    const study: Study = { ...base, sites: base.sites.length ? base.sites : studySites };
    const places: GeoPlace[] = study.sites.map((_, i) => {
      const s = sites[i] ?? {};
      return {
        precision: s.precision ?? (s.lat !== undefined ? 'commune' : 'inconnue'),
        ...(s.insee ? { insee: s.insee } : {}),
        ...(s.department ? { department: s.department } : {}),
        ...(s.region ? { region: s.region } : {}),
        ...(s.lat !== undefined ? { lat: s.lat } : {}),
        ...(s.lon !== undefined ? { lon: s.lon } : {}),
      };
    });
    store.upsertStudy({ study, raw: { researchStudy: { resourceType: 'ResearchStudy', id: study.id } } as RawStudyResources, sites: places, demo: false });
  }
}

/** Known points used by the tests (commune centres, rounded). */
export const PLACES = {
  paris: { city: 'Paris', insee: '75056', postcode: '75001', department: '75', region: '11', lat: 48.8566, lon: 2.3522 },
  versailles: { city: 'Versailles', insee: '78646', postcode: '78000', department: '78', region: '11', lat: 48.8049, lon: 2.1204 },
  lyon: { city: 'Lyon', insee: '69123', postcode: '69001', department: '69', region: '84', lat: 45.764, lon: 4.8357 },
  marseille: { city: 'Marseille', insee: '13055', postcode: '13001', department: '13', region: '93', lat: 43.2965, lon: 5.3698 },
  lille: { city: 'Lille', insee: '59350', postcode: '59000', department: '59', region: '32', lat: 50.6292, lon: 3.0573 },
  saintDenis93: { city: 'Saint-Denis', insee: '93066', postcode: '93200', department: '93', region: '11', lat: 48.9362, lon: 2.3574 },
  saintDenis974: { city: 'Saint-Denis', insee: '97411', postcode: '97400', department: '974', region: '04', lat: -20.8789, lon: 55.4481 },
  meaux: { city: 'Meaux', insee: '77284', postcode: '77100', department: '77', region: '11', lat: 48.9601, lon: 2.8788 },
} as const satisfies Record<string, TestSite>;
