import type Database from 'better-sqlite3';
import type { RawStudyResources } from '@/lib/eclaire/normalise';
import type { Study } from '@/lib/study/types';
import { foldText } from '@/lib/text/fold';
import type { SyncLockAccess, SyncLock } from './lock';
import type { ActiveRun, RunRecord } from './runs';
import { prepareCached } from './statements';
import { STATE_KEYS, type StateAccess } from './state';

export interface SyncProblem {
  at: string;
  reason: string;
  /** The sync went on after it (e.g. restarted from the beginning) and completed. */
  resolved?: boolean;
}

export interface SyncStatus {
  /** End of the last complete crawl (ISO). */
  lastSuccess?: string;
  lastRun?: RunRecord;
  /** Why the last complete crawl deleted nothing (mass-deletion guard), if it did. */
  guard?: string;
  /** The last crawl that could not go on (or had to start over), and why. */
  problem?: SyncProblem;
  /** A sync holds the lock now (this or another process). */
  running: boolean;
  /** The file holds fictional data (the demo dataset, or an upstream that serves it, such as the emulator). */
  demo: boolean;
  studies: number;
  activeRun?: ActiveRun;
  lock?: SyncLock;
  /** Recent runs, newest first. */
  runs: RunRecord[];
}

/** A condition named by stored studies, as written, with how many studies name it. */
export interface ConditionTerm {
  /** The most frequent spelling of the condition (case and accents vary between studies). */
  text: string;
  /** Studies naming it. */
  studies: number;
  /** Of which recruiting now (`recruitment = 'ouvert'`). */
  open: number;
}

/** What changes whenever the file changes, from this connection or another process. */
export type DataVersion = string;

export interface StoreReads {
  /** The study of that id; ids are matched exactly, then regardless of case (« 2021-a01022-39 »). */
  getStudy(id: string): Study | undefined;
  getRawStudy(id: string): RawStudyResources | undefined;
  /** Counted once per data version: cheap on every request. */
  countStudies(): number;
  hasStudies(): boolean;
  /** The file holds fictional data (read from the state written with each page). */
  holdsDemo(): boolean;
  /** Study ids in id order, `limit` from `offset` (the sitemap). */
  listStudyIds(offset: number, limit: number): string[];
  /** Mean point of the mirror's own sites placed in that commune (INSEE code) or postcode. */
  meanPointOfSites(codeOrPostcode: string): { lat: number; lon: number; city?: string } | undefined;
  getSyncStatus(): SyncStatus;
  /** End of the last complete sync (one state read, no count). */
  getLastSuccess(): string | undefined;
  dataVersion(): DataVersion;
  /** Sites held, by geocoding precision (`commune`, `departement`…): coverage figures for the bench. */
  countSitesByPrecision(): Record<string, number>;
  /**
   * Every distinct condition of the stored studies (folded alike: case, accents, punctuation), most studies first.
   * Read once per data version and kept in memory; the same array while the data do not change.
   */
  readConditionTerms(): readonly ConditionTerm[];
  /**
   * Conditions whose text, or one of its words, begins with `prefix` (folded), at most `limit`: those that begin
   * with it first, then by recruiting studies, then by studies. Binary search in the in-memory list.
   */
  listConditionTerms(prefix: string, limit: number): ConditionTerm[];
}

/** Conditions longer than this are descriptions rather than names: not offered as suggestions. */
const MAX_TERM_LENGTH = 120;

interface ConditionIndex {
  version: DataVersion;
  terms: ConditionTerm[];
  /** (folded suffix starting at a word of the term, term index), sorted by suffix. */
  starts: { key: string; term: number; atStart: boolean }[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildConditionIndex(version: DataVersion, rows: { text: string; n: number; open: number }[]): ConditionIndex {
  const byKey = new Map<string, { spellings: Map<string, number>; studies: number; open: number }>();
  for (const row of rows) {
    const key = foldText(row.text);
    if (!key) continue;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { spellings: new Map(), studies: 0, open: 0 }));
    entry.spellings.set(row.text, (entry.spellings.get(row.text) ?? 0) + row.n);
    entry.studies += row.n;
    entry.open += row.open;
  }
  const keyed: { term: ConditionTerm; key: string }[] = [];
  for (const [key, entry] of byKey) {
    // The most frequent spelling; on a tie, not one in capitals only (« ASTHME » is shouted, not written).
    const shouted = (t: string) => (t === t.toUpperCase() && t !== t.toLowerCase() ? 1 : 0);
    const text = [...entry.spellings.entries()].sort(
      (a, b) => b[1] - a[1] || shouted(a[0]) - shouted(b[0]) || compareText(a[0], b[0]),
    )[0][0];
    keyed.push({ term: { text, studies: entry.studies, open: entry.open }, key });
  }
  keyed.sort((a, b) => b.term.studies - a.term.studies || compareText(a.key, b.key));
  const terms = keyed.map((k) => k.term);
  const starts: ConditionIndex['starts'] = [];
  keyed.forEach(({ term: t, key }, term) => {
    if (t.text.length > MAX_TERM_LENGTH) return;
    const words = key.split(' ');
    for (let i = 0; i < words.length; i++) starts.push({ key: words.slice(i).join(' '), term, atStart: i === 0 });
  });
  starts.sort((a, b) => compareText(a.key, b.key));
  return { version, terms, starts };
}

export function createReads(db: Database.Database, state: StateAccess, lock: SyncLockAccess): StoreReads {
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  const dataVersion = (): DataVersion =>
    `${db.name}|${db.pragma('data_version', { simple: true })}|${totalChanges.get()}`;

  let counted: { version: DataVersion; n: number } | undefined;
  let conditions: ConditionIndex | undefined;
  function conditionIndex(): ConditionIndex {
    const version = dataVersion();
    if (conditions?.version !== version) {
      const rows = prepareCached(
        db,
        `SELECT c.text AS text, count(DISTINCT c.rid) AS n,
           count(DISTINCT CASE WHEN ss.recruitment = 'ouvert' THEN c.rid END) AS open
         FROM study_conditions c LEFT JOIN study_search ss ON ss.rid = c.rid GROUP BY c.text`,
      ).all() as { text: string; n: number; open: number }[];
      conditions = buildConditionIndex(version, rows);
    }
    return conditions;
  }
  function countStudies(): number {
    const version = dataVersion();
    if (counted?.version !== version) {
      counted = { version, n: (prepareCached(db, 'SELECT count(*) AS n FROM studies').get() as { n: number }).n };
    }
    return counted.n;
  }

  function readJson<T>(sql: string, id: string): T | undefined {
    const row = prepareCached(db, sql).get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as T) : undefined;
  }

  return {
    getStudy(id) {
      return (
        readJson<Study>('SELECT study_json AS json FROM studies WHERE id = ?', id) ??
        // No index serves NOCASE on `studies`: the narrow `study_search` finds the row.
        readJson<Study>(
          `SELECT study_json AS json FROM studies
           WHERE rowid = (SELECT rid FROM study_search WHERE id = ? COLLATE NOCASE ORDER BY id LIMIT 1)`,
          id,
        )
      );
    },
    getRawStudy: (id) => readJson<RawStudyResources>('SELECT raw_json AS json FROM studies WHERE id = ?', id),
    countStudies,
    hasStudies: () => (prepareCached(db, 'SELECT EXISTS (SELECT 1 FROM studies) AS x').get() as { x: number }).x === 1,
    holdsDemo: () => state.get<string>(STATE_KEYS.content) === 'demo',
    listStudyIds(offset, limit) {
      if (!Number.isInteger(offset) || !Number.isInteger(limit) || offset < 0 || limit <= 0) return [];
      return prepareCached(db, 'SELECT id FROM studies ORDER BY id LIMIT ? OFFSET ?').pluck().all(limit, offset) as string[];
    },
    meanPointOfSites(code) {
      const row = prepareCached(
        db,
        `SELECT avg(lat) AS lat, avg(lon) AS lon, max(city) AS city FROM sites
         WHERE (insee = ? OR postcode = ?) AND precision IN ('adresse', 'commune') AND lat IS NOT NULL`,
      ).get(code, code) as { lat: number | null; lon: number | null; city: string | null } | undefined;
      if (!row || row.lat === null || row.lon === null) return undefined;
      return { lat: row.lat, lon: row.lon, ...(row.city ? { city: row.city } : {}) };
    },
    getSyncStatus(): SyncStatus {
      // One read transaction, so the figures agree with each other.
      return db.transaction((): SyncStatus => {
        const holder = state.get<SyncLock>(STATE_KEYS.lock);
        return {
          lastSuccess: state.get<string>(STATE_KEYS.lastSuccess),
          lastRun: state.get<RunRecord>(STATE_KEYS.lastRun),
          guard: state.get<string>(STATE_KEYS.guard),
          problem: state.get<SyncProblem>(STATE_KEYS.syncProblem),
          running: lock.liveHolder() !== undefined,
          demo: state.get<string>(STATE_KEYS.content) === 'demo',
          studies: countStudies(),
          activeRun: state.get<ActiveRun>(STATE_KEYS.activeRun),
          lock: holder,
          runs: state.get<RunRecord[]>(STATE_KEYS.runs) ?? [],
        };
      }).deferred();
    },
    getLastSuccess: () => state.get<string>(STATE_KEYS.lastSuccess),
    dataVersion,
    countSitesByPrecision() {
      const rows = prepareCached(db, 'SELECT precision, count(*) AS n FROM sites GROUP BY precision').all() as {
        precision: string;
        n: number;
      }[];
      return Object.fromEntries(rows.map((r) => [r.precision, r.n]));
    },
    readConditionTerms: () => conditionIndex().terms,
    listConditionTerms(prefix, limit) {
      const key = typeof prefix === 'string' ? foldText(prefix) : '';
      const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
      if (!key || max === 0) return [];
      const { terms, starts } = conditionIndex();
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid].key < key) lo = mid + 1;
        else hi = mid;
      }
      const found = new Map<number, boolean>();
      for (let i = lo; i < starts.length && starts[i].key.startsWith(key); i++) {
        const { term, atStart } = starts[i];
        found.set(term, (found.get(term) ?? false) || atStart);
      }
      return [...found.entries()]
        .sort(([a, aStart], [b, bStart]) =>
          aStart !== bStart ? (aStart ? -1 : 1) : terms[b].open - terms[a].open || terms[b].studies - terms[a].studies || a - b,
        )
        .slice(0, max)
        .map(([term]) => terms[term]);
    },
  };
}
