import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '@/lib/store/migrations';
import { toList } from '@/lib/store/store';
import { toSearchDocument } from '@/lib/search/text';
import type { Study, StudySite } from '@/lib/study/types';

/**
 * Test-only: a real SQLite mirror in a temp folder, with the store's schema (lib/store/migrations.ts) and rows
 * written with the store's encodings (',1,2,' lists, '[[min,max]]' age ranges, analysed FTS columns).
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
  db: Database.Database;
  close(): void;
}

export function createTestDb(): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phare-search-'));
  const db = new Database(path.join(dir, 'mirror.sqlite'));
  migrate(db);
  return {
    db,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

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

/** Inserts studies with their sites (the `sites` list gives the geocoded places, in order). */
export function insertStudies(db: Database.Database, items: { study: Study; sites?: TestSite[] }[]): void {
  const insertStudy = db.prepare(`INSERT INTO studies (id, title, regulation, jarde_category, recruitment,
    phase_buckets, sexes, age_ranges, healthy_volunteers, last_updated, site_count, study_json, raw_json, demo,
    last_seen_run, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', 0, 1, '2025-01-01T00:00:00Z')
    RETURNING rowid`);
  const insertFts = db.prepare('INSERT INTO studies_fts (rowid, id, title, conditions, body) VALUES (?, ?, ?, ?, ?)');
  const insertSite = db.prepare(`INSERT INTO sites (study_id, site_id, ord, name, city, postcode, insee, department,
    region, lat, lon, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const { study: base, sites = [] } of items) {
      const studySites: StudySite[] = sites.map((s, i) => ({
        id: `${base.id}-${i}-site`,
        name: s.name,
        city: s.city,
        postcode: s.postcode,
        addressLines: [],
      }));
      const study: Study = { ...base, sites: base.sites.length ? base.sites : studySites };
      const { rowid } = insertStudy.get(
        study.id,
        study.title,
        study.regulation,
        study.jardeCategory ?? null,
        study.recruitment,
        toList(study.phaseBuckets.length ? study.phaseBuckets : ['na']),
        toList(study.eligibility.sexes),
        JSON.stringify(study.eligibility.ageRanges.map((r) => [r.min, r.max ?? null])),
        study.eligibility.healthyVolunteers ? 1 : 0,
        study.lastUpdated ?? null,
        study.sites.length,
        JSON.stringify(study),
      ) as { rowid: number };
      const doc = toSearchDocument(study);
      insertFts.run(rowid, study.id, doc.title, doc.conditions, doc.body);
      sites.forEach((s, i) => {
        insertSite.run(
          study.id,
          `${study.id}-${i}-site`,
          i,
          s.name ?? null,
          s.city ?? null,
          s.postcode ?? null,
          s.insee ?? null,
          s.department ?? null,
          s.region ?? null,
          s.lat ?? null,
          s.lon ?? null,
          s.precision ?? (s.lat !== undefined ? 'commune' : 'inconnue'),
        );
      });
    }
  })();
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
