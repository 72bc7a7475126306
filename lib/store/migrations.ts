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
  // 2. A narrow copy of the searchable columns of `studies`, kept by triggers (so every writer keeps it), with
  //    the sets of regions and departments of each study's placed sites (',11,84,'). `studies` rows carry the
  //    whole JSON (tens of kB): scanning them for filters and facets read one page per study. `rid` is the
  //    rowid of `studies` (and of `studies_fts`).
  `
  CREATE TABLE study_search (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    regulation TEXT NOT NULL,
    jarde_category INTEGER,
    recruitment TEXT NOT NULL,
    phase_buckets TEXT NOT NULL,
    sexes TEXT NOT NULL,
    age_ranges TEXT NOT NULL,
    healthy_volunteers INTEGER NOT NULL,
    last_updated TEXT,
    regions TEXT NOT NULL DEFAULT '',
    departments TEXT NOT NULL DEFAULT ''
  );
  -- Covering indexes in the order of the facet counts' GROUP BY (no sort of the candidates), and for the
  -- distinct age ranges (few) that an age filter evaluates once each.
  CREATE INDEX study_search_facets ON study_search (regulation, jarde_category, recruitment, phase_buckets, regions,
    departments, sexes, healthy_volunteers, age_ranges);
  CREATE INDEX study_search_regions ON study_search (regions, regulation, jarde_category, recruitment, phase_buckets,
    departments, sexes, healthy_volunteers, age_ranges);
  CREATE INDEX study_search_age_ranges ON study_search (age_ranges);
  -- In the order of the « recent » sort: a filtered page reads the index in order and stops at its last row.
  CREATE INDEX study_search_recent ON study_search (last_updated IS NULL, last_updated DESC, id, recruitment,
    regulation, jarde_category, phase_buckets, regions, departments, sexes, healthy_volunteers, age_ranges);

  CREATE TRIGGER studies_search_ai AFTER INSERT ON studies BEGIN
    INSERT OR REPLACE INTO study_search (rid, id, regulation, jarde_category, recruitment, phase_buckets, sexes,
      age_ranges, healthy_volunteers, last_updated, regions, departments)
    VALUES (new.rowid, new.id, new.regulation, new.jarde_category, new.recruitment, new.phase_buckets, new.sexes,
      new.age_ranges, new.healthy_volunteers, new.last_updated,
      coalesce((SELECT ',' || group_concat(DISTINCT region) || ',' FROM sites
        WHERE study_id = new.id AND region IS NOT NULL AND precision <> 'inconnue'), ''),
      coalesce((SELECT ',' || group_concat(DISTINCT department) || ',' FROM sites
        WHERE study_id = new.id AND department IS NOT NULL AND precision <> 'inconnue'), ''));
  END;
  -- Only when a value changes: a full crawl rewrites every study, mostly unchanged.
  CREATE TRIGGER studies_search_au AFTER UPDATE OF id, regulation, jarde_category, recruitment, phase_buckets, sexes,
    age_ranges, healthy_volunteers, last_updated ON studies BEGIN
    UPDATE study_search SET rid = new.rowid, id = new.id, regulation = new.regulation,
      jarde_category = new.jarde_category, recruitment = new.recruitment, phase_buckets = new.phase_buckets,
      sexes = new.sexes, age_ranges = new.age_ranges, healthy_volunteers = new.healthy_volunteers,
      last_updated = new.last_updated
    WHERE rid = old.rowid AND (rid IS NOT new.rowid OR id IS NOT new.id OR regulation IS NOT new.regulation
      OR jarde_category IS NOT new.jarde_category OR recruitment IS NOT new.recruitment
      OR phase_buckets IS NOT new.phase_buckets OR sexes IS NOT new.sexes OR age_ranges IS NOT new.age_ranges
      OR healthy_volunteers IS NOT new.healthy_volunteers OR last_updated IS NOT new.last_updated);
  END;
  CREATE TRIGGER studies_search_ad AFTER DELETE ON studies BEGIN
    DELETE FROM study_search WHERE rid = old.rowid;
  END;

  -- A placed site adds its region and department when they are new to the study; a deleted one recomputes the
  -- lists only when it was the last of the study in its region or department (writes stay rare).
  CREATE TRIGGER sites_search_ai AFTER INSERT ON sites
    WHEN new.precision <> 'inconnue' AND (new.region IS NOT NULL OR new.department IS NOT NULL) BEGIN
    UPDATE study_search SET
      regions = CASE WHEN new.region IS NOT NULL AND instr(regions, ',' || new.region || ',') = 0
        THEN (CASE WHEN regions = '' THEN ',' ELSE regions END) || new.region || ',' ELSE regions END,
      departments = CASE WHEN new.department IS NOT NULL AND instr(departments, ',' || new.department || ',') = 0
        THEN (CASE WHEN departments = '' THEN ',' ELSE departments END) || new.department || ',' ELSE departments END
    WHERE id = new.study_id
      AND ((new.region IS NOT NULL AND instr(regions, ',' || new.region || ',') = 0)
        OR (new.department IS NOT NULL AND instr(departments, ',' || new.department || ',') = 0));
  END;
  CREATE TRIGGER sites_search_ad AFTER DELETE ON sites
    WHEN old.precision <> 'inconnue' AND (old.region IS NOT NULL OR old.department IS NOT NULL) BEGIN
    UPDATE study_search SET
      regions = coalesce((SELECT ',' || group_concat(DISTINCT region) || ',' FROM sites
        WHERE study_id = old.study_id AND region IS NOT NULL AND precision <> 'inconnue'), ''),
      departments = coalesce((SELECT ',' || group_concat(DISTINCT department) || ',' FROM sites
        WHERE study_id = old.study_id AND department IS NOT NULL AND precision <> 'inconnue'), '')
    WHERE id = old.study_id
      AND ((old.region IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sites
              WHERE study_id = old.study_id AND region = old.region AND precision <> 'inconnue'))
        OR (old.department IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sites
              WHERE study_id = old.study_id AND department = old.department AND precision <> 'inconnue')));
  END;
  CREATE TRIGGER sites_search_au AFTER UPDATE OF study_id, region, department, precision ON sites BEGIN
    UPDATE study_search SET
      regions = coalesce((SELECT ',' || group_concat(DISTINCT region) || ',' FROM sites
        WHERE study_id = old.study_id AND region IS NOT NULL AND precision <> 'inconnue'), ''),
      departments = coalesce((SELECT ',' || group_concat(DISTINCT department) || ',' FROM sites
        WHERE study_id = old.study_id AND department IS NOT NULL AND precision <> 'inconnue'), '')
    WHERE id = old.study_id;
    UPDATE study_search SET
      regions = coalesce((SELECT ',' || group_concat(DISTINCT region) || ',' FROM sites
        WHERE study_id = new.study_id AND region IS NOT NULL AND precision <> 'inconnue'), ''),
      departments = coalesce((SELECT ',' || group_concat(DISTINCT department) || ',' FROM sites
        WHERE study_id = new.study_id AND department IS NOT NULL AND precision <> 'inconnue'), '')
    WHERE id = new.study_id;
  END;

  INSERT INTO study_search (rid, id, regulation, jarde_category, recruitment, phase_buckets, sexes, age_ranges,
    healthy_volunteers, last_updated, regions, departments)
  SELECT s.rowid, s.id, s.regulation, s.jarde_category, s.recruitment, s.phase_buckets, s.sexes, s.age_ranges,
    s.healthy_volunteers, s.last_updated,
    coalesce((SELECT ',' || group_concat(DISTINCT region) || ',' FROM sites
      WHERE study_id = s.id AND region IS NOT NULL AND precision <> 'inconnue'), ''),
    coalesce((SELECT ',' || group_concat(DISTINCT department) || ',' FROM sites
      WHERE study_id = s.id AND department IS NOT NULL AND precision <> 'inconnue'), '')
  FROM studies s;

  -- Covering index for the bounding box of a radius search (the site's name is read for the page only).
  CREATE INDEX sites_box ON sites (lat, lon, precision, study_id);
  `,
  // 3. The « recent » order reads a date that means something (CONTRACT §5.11: `meta.lastUpdated` is not a
  //    modification date and can lie in the future): `recent_date`, the start of recruitment when it is known
  //    and past (written by the store), copied into `study_search` with its own covering index. `first_seen`:
  //    when Phare first stored the study.
  `
  ALTER TABLE studies ADD COLUMN first_seen TEXT;
  ALTER TABLE studies ADD COLUMN recent_date TEXT;
  UPDATE studies SET first_seen = stored_at,
    recent_date = CASE WHEN substr(json_extract(study_json, '$.recruitmentPeriod.start'), 1, 10) <= substr(stored_at, 1, 10)
      THEN substr(json_extract(study_json, '$.recruitmentPeriod.start'), 1, 10) END;
  ALTER TABLE study_search ADD COLUMN recent_date TEXT;
  UPDATE study_search SET recent_date = (SELECT recent_date FROM studies WHERE rowid = study_search.rid);

  DROP TRIGGER studies_search_ai;
  CREATE TRIGGER studies_search_ai AFTER INSERT ON studies BEGIN
    INSERT OR REPLACE INTO study_search (rid, id, regulation, jarde_category, recruitment, phase_buckets, sexes,
      age_ranges, healthy_volunteers, last_updated, recent_date, regions, departments)
    VALUES (new.rowid, new.id, new.regulation, new.jarde_category, new.recruitment, new.phase_buckets, new.sexes,
      new.age_ranges, new.healthy_volunteers, new.last_updated, new.recent_date,
      coalesce((SELECT ',' || group_concat(DISTINCT region) || ',' FROM sites
        WHERE study_id = new.id AND region IS NOT NULL AND precision <> 'inconnue'), ''),
      coalesce((SELECT ',' || group_concat(DISTINCT department) || ',' FROM sites
        WHERE study_id = new.id AND department IS NOT NULL AND precision <> 'inconnue'), ''));
  END;
  DROP TRIGGER studies_search_au;
  CREATE TRIGGER studies_search_au AFTER UPDATE OF id, regulation, jarde_category, recruitment, phase_buckets, sexes,
    age_ranges, healthy_volunteers, last_updated, recent_date ON studies BEGIN
    UPDATE study_search SET rid = new.rowid, id = new.id, regulation = new.regulation,
      jarde_category = new.jarde_category, recruitment = new.recruitment, phase_buckets = new.phase_buckets,
      sexes = new.sexes, age_ranges = new.age_ranges, healthy_volunteers = new.healthy_volunteers,
      last_updated = new.last_updated, recent_date = new.recent_date
    WHERE rid = old.rowid AND (rid IS NOT new.rowid OR id IS NOT new.id OR regulation IS NOT new.regulation
      OR jarde_category IS NOT new.jarde_category OR recruitment IS NOT new.recruitment
      OR phase_buckets IS NOT new.phase_buckets OR sexes IS NOT new.sexes OR age_ranges IS NOT new.age_ranges
      OR healthy_volunteers IS NOT new.healthy_volunteers OR last_updated IS NOT new.last_updated
      OR recent_date IS NOT new.recent_date);
  END;

  DROP INDEX study_search_recent;
  CREATE INDEX study_search_recent ON study_search (recent_date IS NULL, recent_date DESC, id, recruitment,
    regulation, jarde_category, phase_buckets, regions, departments, sexes, healthy_volunteers, age_ranges);
  `,  // 4. The conditions of each study as written (one row per condition), for the disease box's suggestions and
  //    for telling a disease from a place in typed text. Written by the store with each study (no JSON is parsed
  //    in a trigger: a full crawl rewrites every study); removed with it by a trigger, whoever deletes.
  `
  CREATE TABLE study_conditions (
    rid INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX study_conditions_rid ON study_conditions (rid);
  CREATE INDEX study_conditions_text ON study_conditions (text, rid);
  CREATE TRIGGER studies_conditions_ad AFTER DELETE ON studies BEGIN
    DELETE FROM study_conditions WHERE rid = old.rowid;
  END;
  INSERT INTO study_conditions (rid, text)
  SELECT s.rowid, trim(json_extract(c.value, '$.text')) FROM studies s, json_each(s.study_json, '$.conditions') c
  WHERE trim(coalesce(json_extract(c.value, '$.text'), '')) <> '';
  `,
];

/**
 * Refills `study_search` (step 2) from `studies` and `sites`: for `rebuildSearchIndex()`, which repairs the
 * rowid-keyed copies of `studies` if rowids ever moved (VACUUM).
 */
export const REFILL_STUDY_SEARCH = `
  DELETE FROM study_search;
  INSERT INTO study_search (rid, id, regulation, jarde_category, recruitment, phase_buckets, sexes, age_ranges,
    healthy_volunteers, last_updated, recent_date, regions, departments)
  SELECT s.rowid, s.id, s.regulation, s.jarde_category, s.recruitment, s.phase_buckets, s.sexes, s.age_ranges,
    s.healthy_volunteers, s.last_updated, s.recent_date,
    coalesce((SELECT ',' || group_concat(DISTINCT region) || ',' FROM sites
      WHERE study_id = s.id AND region IS NOT NULL AND precision <> 'inconnue'), ''),
    coalesce((SELECT ',' || group_concat(DISTINCT department) || ',' FROM sites
      WHERE study_id = s.id AND department IS NOT NULL AND precision <> 'inconnue'), '')
  FROM studies s;
`;

/**
 * Fills `study_conditions` from `study_json` for `rebuildSearchIndex()`, as step 4 did: the text of each
 * condition, trimmed, empty ones left out. Expects the table to be empty.
 */
export const REFILL_STUDY_CONDITIONS = `
  INSERT INTO study_conditions (rid, text)
  SELECT s.rowid, trim(json_extract(c.value, '$.text')) FROM studies s, json_each(s.study_json, '$.conditions') c
  WHERE trim(coalesce(json_extract(c.value, '$.text'), '')) <> '';
`;

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
