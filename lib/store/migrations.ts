import type Database from 'better-sqlite3';

/**
 * The mirror's schema, as an ordered list of steps: step i brings `PRAGMA user_version` from i to i + 1.
 * Never edit a released step; append a new one. The tables below are a contract with `lib/search`.
 *
 * `studies` keeps its implicit rowid because `studies_fts` is joined on it: never run VACUUM on a mirror
 * (it may renumber rowids); `rebuildSearchIndex()` repairs the index if that ever happens.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE studies (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    regulation TEXT NOT NULL,
    jarde_category INTEGER,
    recruitment TEXT NOT NULL,
    phase_buckets TEXT NOT NULL,
    sexes TEXT NOT NULL,
    age_ranges TEXT NOT NULL,
    healthy_volunteers INTEGER NOT NULL,
    last_updated TEXT,
    site_count INTEGER NOT NULL,
    study_json TEXT NOT NULL,
    raw_json TEXT NOT NULL,
    demo INTEGER NOT NULL,
    last_seen_run INTEGER NOT NULL,
    stored_at TEXT NOT NULL
  );
  CREATE INDEX studies_last_seen_run ON studies (last_seen_run);
  CREATE INDEX studies_recruitment ON studies (recruitment);
  CREATE INDEX studies_last_updated ON studies (last_updated);

  CREATE TABLE sites (
    study_id TEXT NOT NULL REFERENCES studies (id) ON DELETE CASCADE,
    site_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    name TEXT,
    city TEXT,
    postcode TEXT,
    insee TEXT,
    department TEXT,
    region TEXT,
    lat REAL,
    lon REAL,
    precision TEXT NOT NULL,
    PRIMARY KEY (study_id, site_id)
  );
  CREATE INDEX sites_region ON sites (region);
  CREATE INDEX sites_department ON sites (department);
  CREATE INDEX sites_lat_lon ON sites (lat, lon);
  CREATE INDEX sites_insee ON sites (insee);

  CREATE VIRTUAL TABLE studies_fts USING fts5 (
    id UNINDEXED, title, conditions, body,
    tokenize = 'unicode61 remove_diacritics 2'
  );

  CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);
  `,
];

/** Applies the missing steps, each in its own transaction with its version bump. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `La base est d'une version plus récente (${current}) que ce code (${MIGRATIONS.length}). Mettez Phare à jour.`,
    );
  }
  for (let step = current; step < MIGRATIONS.length; step++) {
    // Re-read inside the write lock: another process may have opened the same fresh file at the same time.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) !== step) return;
      db.exec(MIGRATIONS[step]);
      db.pragma(`user_version = ${step + 1}`);
    }).immediate();
  }
  return MIGRATIONS.length;
}
