import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { parseSearchParams, serializeSearchQuery, type SearchQuery } from '@/lib/search/params';
import { SearchInputError } from '@/lib/search/place';
import { searchStudies, type SearchOptions, type SearchResult } from '@/lib/search/search';

/**
 * The steps every reader of a search takes (`/recherche`, `/embed/recherche`, `/recherche/flux`,
 * `/api/studies`): parse the public parameters, check the store has data, run the search, and turn a
 * SearchInputError (an unknown `lieu`…) into the same answer as a bad parameter. Any other fault is thrown.
 */

/** What a search needs of the active store (lib/sync/data-source.ts `getActiveStore()`). */
export interface SearchSource {
  store: { db: Database.Database; hasStudies?(): boolean };
  demo: boolean;
}

/** Called after the parameters are parsed, so a bad URL is answered without opening the store. */
export type GetSource = () => SearchSource | undefined;

/** The results as `/api/studies` sends them, and as the search pages hand them to the browser. */
export type StudiesResponse = Omit<SearchResult, 'dataAsOf'> & {
  /** End of the last complete sync of the mirror (ISO), or null when unknown. */
  dataAsOf: string | null;
  demo: boolean;
};

export type SearchRun =
  | { status: 'ok'; query: SearchQuery; response: StudiesResponse }
  /** A bad parameter or a search that cannot run; `query` is set when the parameters themselves parsed. */
  | { status: 'invalid'; param: string; message: string; query?: SearchQuery }
  | { status: 'not-ready'; query: SearchQuery };

export interface RunSearchOptions extends SearchOptions {
  /** Values forced on the parsed query before searching (the feed: newest first, one page). `query` stays as parsed. */
  override?: Partial<SearchQuery>;
}

/**
 * Answers of recent searches, per database and data version: popular searches (a region, the default list) are
 * computed once while the mirror does not change. Any write to the file — by this connection (a sync in the
 * server) or another process (`npm run sync`) — changes the version, so an entry never outlives the data it
 * was computed from. Entries are shared: callers must not mutate them.
 */
const RESULT_CACHE_ENTRIES = 1_000;
const RESULT_CACHE_TTL_MS = 5 * 60_000;
const resultCache = new LRUCache<string, StudiesResponse>({ max: RESULT_CACHE_ENTRIES, ttl: RESULT_CACHE_TTL_MS });
const totalChangesStatements = new WeakMap<Database.Database, Database.Statement<[], number>>();

function dataVersion(db: Database.Database): string {
  let totalChanges = totalChangesStatements.get(db);
  if (!totalChanges) {
    totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
    totalChangesStatements.set(db, totalChanges);
  }
  return `${db.name}|${db.pragma('data_version', { simple: true })}|${totalChanges.get()}`;
}

export function isReady(source: SearchSource | undefined): source is SearchSource {
  if (!source) return false;
  try {
    return source.store.hasStudies ? source.store.hasStudies() : true;
  } catch {
    return false;
  }
}

export function runSearch(
  getSource: GetSource,
  params: Parameters<typeof parseSearchParams>[0],
  { override, ...opts }: RunSearchOptions = {},
): SearchRun {
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return { status: 'invalid', param: parsed.error.param, message: parsed.error.message };
  const { query } = parsed;
  const source = getSource();
  if (!isReady(source)) return { status: 'not-ready', query };
  const effective = override ? { ...query, ...override } : query;
  // Only the default options are cached (tests pass their own place resolver or clock).
  const cacheKey =
    Object.keys(opts).length === 0
      ? `${dataVersion(source.store.db)}|${source.demo}|${serializeSearchQuery(effective).toString()}`
      : undefined;
  const cached = cacheKey ? resultCache.get(cacheKey) : undefined;
  if (cached) return { status: 'ok', query, response: cached };
  try {
    const r = searchStudies(source.store.db, effective, opts);
    const response: StudiesResponse = {
      total: r.total,
      page: r.page,
      perPage: r.perPage,
      results: r.results,
      facets: r.facets,
      dataAsOf: r.dataAsOf ?? null,
      demo: source.demo,
      ...(r.place ? { place: r.place } : {}),
    };
    if (cacheKey) resultCache.set(cacheKey, response);
    return { status: 'ok', query, response };
  } catch (error) {
    if (error instanceof SearchInputError) return { status: 'invalid', param: error.param, message: error.message, query };
    throw error;
  }
}
