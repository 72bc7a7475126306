import { LRUCache } from 'lru-cache';
import type { ActiveStore } from '@/lib/store/active';
import type { SitesCollection } from '@/lib/study/sites';
import { parseSearchParams, serializeSearchQuery, type SearchQuery } from './params';
import { SearchInputError, unknownPlaceError, type PlaceOption } from './place';
import type { SearchOptions } from './plan';
import { searchSites, searchStudies, type SearchResult } from './search';
import { conditionPhrases, understandQuery, type Understood } from './understand';

/**
 * The steps every reader of a search takes (`/recherche`, `/embed/recherche`, `/recherche/flux`,
 * `/api/studies`, `/api/sites`): parse the public parameters, check the store has data, understand the text
 * (understand.ts: « asthme lyon » is asthma within 30 km of Lyon, unless `texte=exact`), run the search (or take
 * its answer from the cache), and turn a SearchInputError (an unknown `lieu`…) into the same answer as a bad
 * parameter, with the places close to what was typed. Any other fault is thrown.
 */

/** Called after the parameters are parsed, so a bad URL is answered without opening the store. */
export type GetSource = () => ActiveStore | undefined;

/** The results as `/api/studies` sends them, and as the search pages hand them to the browser. */
export type StudiesResponse = Omit<SearchResult, 'dataAsOf'> & {
  /** End of the last complete sync of the mirror (ISO), or null when unknown. */
  dataAsOf: string | null;
  demo: boolean;
  /** What was read in `maladie` and applied (absent without `maladie`). */
  understood?: Understood;
};

/** The map's sites, with what was read in `maladie` (a foreign member of the FeatureCollection). */
export type SitesResponse = SitesCollection & { understood?: Understood };

export type Run<T> =
  | { status: 'ok'; query: SearchQuery; response: T }
  /**
   * A bad parameter or a search that cannot run; `query` is set when the parameters themselves parsed. For an
   * unknown `lieu`, `suggestions` are places close to what was typed, and `exact` the one commune bearing the
   * very name typed (a form sent without JavaScript), when only one does.
   */
  | { status: 'invalid'; param: string; message: string; query?: SearchQuery; suggestions?: PlaceOption[]; exact?: string }
  | { status: 'not-ready'; query: SearchQuery };

export type SearchRun = Run<StudiesResponse>;

export interface RunSearchOptions extends SearchOptions {
  /** Values forced on the parsed query before searching (the feed: newest first, one page). `query` stays as parsed. */
  override?: Partial<SearchQuery>;
}

/**
 * Answers of recent searches and maps, per store and data version: popular searches (a region, the default
 * list) are computed once while the mirror does not change. Any write to the file — by this process (a sync
 * in the server) or another (`npm run sync`) — changes the version, so an entry never outlives the data it
 * was computed from. Bounded by size (JSON length), not by count: a map of 5,000 sites weighs a thousand
 * result pages. Entries are shared: callers must not mutate them.
 */
export const ANSWER_CACHE_MAX_BYTES = 32 * 1024 * 1024;
const ANSWER_CACHE_TTL_MS = 5 * 60_000;
interface CachedAnswer {
  value: unknown;
  /** Length of its JSON: what it weighs in memory, give or take. */
  size: number;
}
const answers = new LRUCache<string, CachedAnswer>({
  maxSize: ANSWER_CACHE_MAX_BYTES,
  sizeCalculation: (entry, key) => key.length + entry.size,
  ttl: ANSWER_CACHE_TTL_MS,
});

/** For tests and the bench. */
export function answerCacheStats(): { entries: number; bytes: number } {
  return { entries: answers.size, bytes: answers.calculatedSize };
}

/** The answer to input that cannot be searched: the error's message, its suggestions and its one exact place. */
function invalidAnswer(error: SearchInputError, param: string, query?: SearchQuery): Run<never> {
  return {
    status: 'invalid',
    param,
    message: error.message,
    ...(query ? { query } : {}),
    suggestions: error.suggestions,
    ...(error.exact ? { exact: error.exact } : {}),
  };
}

export function isReady(source: ActiveStore | undefined): source is ActiveStore {
  if (!source) return false;
  try {
    return source.store.hasStudies();
  } catch {
    return false;
  }
}

/** The value of a single-valued parameter as given (a record from Next.js or URLSearchParams). */
function rawParam(params: Parameters<typeof parseSearchParams>[0], name: string): string | undefined {
  const v = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
}

/** The mirror's conditions as phrases (a disease wins over a place of its name); none if they cannot be read. */
function knownConditions(source: ActiveStore): ReadonlySet<string> | undefined {
  try {
    return conditionPhrases(source.store.readConditionTerms());
  } catch (error) {
    console.error('[recherche] Conditions du miroir illisibles', error);
    return undefined;
  }
}

function run<T>(
  kind: string,
  getSource: GetSource,
  params: Parameters<typeof parseSearchParams>[0],
  { override, ...opts }: RunSearchOptions,
  compute: (source: ActiveStore, query: SearchQuery) => T,
  attach: (response: T, understood: Understood) => T,
): Run<T> {
  const parsed = parseSearchParams(params);
  if (!parsed.ok) {
    const { param, message } = parsed.error;
    const typed = param === 'lieu' ? rawParam(params, 'lieu')?.trim() : undefined;
    if (typed) {
      // A name or a short code typed where a code was expected (a form sent without JavaScript).
      return invalidAnswer(unknownPlaceError(typed), param);
    }
    return { status: 'invalid', param, message };
  }
  const { query } = parsed;
  const source = getSource();
  if (!isReady(source)) return { status: 'not-ready', query };
  const asked = override ? { ...query, ...override } : query;
  // Only the default options are cached (tests pass their own place resolver or clock). What the text says is
  // part of the answer: it depends on the URL and the data only.
  const key =
    Object.keys(opts).length === 0
      ? `${kind}|${source.store.dataVersion()}|${source.demo}|${serializeSearchQuery(asked).toString()}`
      : undefined;
  const cached = key ? answers.get(key) : undefined;
  if (cached) return { status: 'ok', query, response: cached.value as T };
  try {
    const { effective, understood } = understandQuery(asked, { conditions: knownConditions(source) });
    const computed = compute(source, effective);
    const response = understood ? attach(computed, understood) : computed;
    if (key) answers.set(key, { value: response, size: Math.max(1, JSON.stringify(response).length) });
    return { status: 'ok', query, response };
  } catch (error) {
    if (error instanceof SearchInputError) {
      return invalidAnswer(error, error.param, query);
    }
    throw error;
  }
}

export function runSearch(
  getSource: GetSource,
  params: Parameters<typeof parseSearchParams>[0],
  opts: RunSearchOptions = {},
): SearchRun {
  const { override: _override, ...searchOpts } = opts;
  return run('studies', getSource, params, opts, (source, query): StudiesResponse => {
    const r = searchStudies(source.store, query, searchOpts);
    return {
      total: r.total,
      page: r.page,
      perPage: r.perPage,
      results: r.results,
      facets: r.facets,
      dataAsOf: r.dataAsOf ?? null,
      demo: source.demo,
      ...(r.place ? { place: r.place } : {}),
    };
  }, (response, understood) => ({ ...response, understood }));
}

export function runSitesSearch(
  getSource: GetSource,
  params: Parameters<typeof parseSearchParams>[0],
  opts: SearchOptions = {},
): Run<SitesResponse> {
  return run<SitesResponse>(
    'sites',
    getSource,
    params,
    opts,
    (source, query) => searchSites(source.store, query, opts),
    (response, understood) => ({ ...response, understood }),
  );
}
