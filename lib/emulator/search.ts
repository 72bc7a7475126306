import type { Bundle, BundleEntry, BundleLink, FhirResource, OperationOutcome } from 'fhir/r4';
import type { QueryParam } from './query-string';
import { DEFAULT_SORT, compareSortValues, withNarrative, type EmulatorStore, type SortField, type SortKey, type SortValue } from './store';
import { checkTextSyntax, parseTextQuery, scoreText, tokenize } from './text-match';

/**
 * `GET /R4/ResearchStudy` as ECLAIRE implements it (CONTRACT §2): controller checks, then the parameters in
 * query-string order, stopping at the first empty value, then one count and one page. Faithful to the quirks
 * on purpose: clients must be tested against them.
 */

export interface EmulatorResponse {
  status: number;
  body: unknown;
  /** `fhir` = application/fhir+json (every FHIR route, errors included); `json` = application/json. */
  contentType: 'fhir' | 'json';
}

export interface SearchOptions {
  /** Public origin written in `fullUrl` and links, never the called host. */
  publicUrl: string;
  /** Page size when `_count` is absent. */
  defaultCount: number;
}

const MAX_RESULT_WINDOW = 10_000;
const SORTABLE = new Set<string>(['_id', 'meta.lastUpdated', 'status.keyword', '_score']);
const PREFIX = /(eq|ne|lt|le|gt|ge)/;

export function buildOperationOutcome(diagnostics: string, divText = diagnostics): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeHtml(divText)}</p></div>` },
    issue: [{ severity: 'error', code: 'not-found', diagnostics }],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildFullUrl(publicUrl: string, resourceType: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/R4/${resourceType}/${id}`;
}

function buildSearchUrl(publicUrl: string, params: { name: string; value: string }[]): string {
  const url = new URL(publicUrl);
  url.pathname = 'R4/ResearchStudy';
  for (const p of params) url.searchParams.append(p.name, p.value);
  return url.toString();
}

/** `YYYY-MM-DD` and a real calendar date. */
export function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const badRequest = (message: string): EmulatorResponse => ({
  status: 400,
  body: { error: 'Bad Request', message },
  contentType: 'fhir',
});

/** Returns 0 when the record does not match, else a score contribution. */
type Clause = (i: number) => number;

function dateClause(store: EmulatorStore, value: string, should: boolean): Clause | 'none' | 'ignore' {
  const op = PREFIX.exec(value)?.[0];
  const day = Date.parse(`${(op ? value.replace(op, '') : value).trim()}T00:00:00.000Z`);
  const at = (i: number) => store.sortValue(i, 'meta.lastUpdated') as number | null;
  switch (op) {
    case undefined:
    case 'eq':
      return (i) => (at(i) === day ? 1 : 0);
    case 'ne':
      // range {gt: d, lt: d}: matches nothing (upstream bug); ignored in a should clause
      return should ? 'ignore' : 'none';
    case 'lt':
      return (i) => (at(i) !== null && at(i)! < day ? 1 : 0);
    case 'le':
      return (i) => (at(i) !== null && at(i)! <= day ? 1 : 0);
    case 'gt':
      return (i) => (at(i) !== null && at(i)! > day ? 1 : 0);
    default:
      return (i) => (at(i) !== null && at(i)! >= day ? 1 : 0);
  }
}

export function searchResearchStudies(store: EmulatorStore, params: QueryParam[], opts: SearchOptions): EmulatorResponse {
  const get = (name: string) => params.find((p) => p.name === name)?.value;

  // Controller checks, before and regardless of the parameter loop.
  const countParam = get('_count');
  if (countParam !== undefined && countParam !== '') {
    const n = parseInt(String(countParam), 10);
    if (Number.isNaN(n) || n > 100) return badRequest('_count ne peut pas dépasser 100');
  }
  const lastUpdated = get('_lastUpdated');
  if (lastUpdated !== undefined && lastUpdated !== '') {
    const raw = String(lastUpdated);
    const op = PREFIX.exec(raw)?.[0];
    const date = op ? raw.replace(op, '').trim() : raw;
    if (!isValidDate(date)) return badRequest(`Invalid date: ${date}`);
  }

  let from = 0;
  let size = opts.defaultCount;
  let sort: { field: string; dir: 'asc' | 'desc' } | undefined;
  let searchAfter: string[] | undefined;
  let include = false;
  let matchNothing = false;
  let error: string | undefined;
  const must: Clause[] = [];
  const should: Clause[] = [];
  const fail = (reason: string) => {
    error ??= reason;
  };

  for (const { name, value } of params) {
    if (value === '') break;
    if (name === '_include') {
      if (value === '*') include = true;
      continue;
    }
    if (typeof value !== 'string') {
      if (name === '_count') {
        size = parseInt(String(value), 10);
        continue;
      }
      fail(`[${name}] unknown token [${Array.isArray(value) ? 'START_ARRAY' : 'START_OBJECT'}] in query`);
      continue;
    }
    switch (name) {
      case '_getpagesoffset': {
        const n = Number(value);
        if (Number.isNaN(n)) fail(`failed to parse [from]: [${value}]`);
        else from = Math.trunc(n);
        break;
      }
      case '_count': {
        const n = Number(value);
        if (n <= 1000) size = Math.trunc(n);
        break;
      }
      case '_sort': {
        // withSort replaces the whole sort: only the last key survives
        const keys = value.split(',');
        const last = keys[keys.length - 1];
        sort = last.startsWith('-') ? { field: last.replace('-', ''), dir: 'desc' } : { field: last, dir: 'asc' };
        break;
      }
      case 'search_after':
        searchAfter = value.split(',');
        from = 0;
        break;
      case '_lastUpdated':
      case '_shouldLastUpdated': {
        const isShould = name === '_shouldLastUpdated';
        if (isShould) {
          const op = PREFIX.exec(value)?.[0];
          const date = op ? value.replace(op, '').trim() : value;
          if (!isValidDate(date)) {
            return { status: 400, body: { statusCode: 400, message: `Invalid date: ${value}`, error: 'Bad Request' }, contentType: 'fhir' };
          }
        }
        const clause = dateClause(store, value, isShould);
        if (clause === 'none') matchNothing = true;
        else if (clause !== 'ignore') (isShould ? should : must).push(clause);
        break;
      }
      case '_text':
      case '_content': {
        const syntaxError = checkTextSyntax(value);
        if (syntaxError) {
          fail(syntaxError);
          break;
        }
        const query = parseTextQuery(value);
        must.push((i) => scoreText(query, store.textTokens(i)));
        break;
      }
      case 'identifier':
      case '_id':
        must.push((i) => (store.at(i).study.id === value ? 1 : 0));
        break;
      case '_shouldId':
        should.push((i) => (store.at(i).study.id === value ? 1 : 0));
        break;
      case 'status':
        must.push((i) => (store.at(i).study.status === value ? 1 : 0));
        break;
      case '_must':
        must.push((i) => (store.regulationCode(i) === value ? 1 : 0));
        break;
      case '_mustNot':
        must.push((i) => {
          const code = store.regulationCode(i);
          return code !== undefined && code !== value ? 1 : 0;
        });
        break;
      case 'title': {
        const query = { words: tokenize(value), prefixes: [], matchAll: false };
        must.push((i) => scoreText(query, store.titleTokens(i)));
        break;
      }
      case 'id': {
        // analysed text field: the id's tokens OR-ed, so not an id filter
        const query = { words: tokenize(value), prefixes: [], matchAll: false };
        must.push((i) => scoreText(query, new Set(tokenize(store.at(i).study.id!))));
        break;
      }
      case 'extension.valueCodeableConcept.coding.code.keyword':
        must.push((i) => (store.extensionCodes(i).includes(value) ? 1 : 0));
        break;
      case 'extension.valueCodeableConcept.coding.code': {
        const words = new Set(tokenize(value));
        must.push((i) => (store.extensionCodes(i).some((c) => tokenize(c).some((t) => words.has(t))) ? 1 : 0));
        break;
      }
      default:
        // a match on a field that does not exist: no hit
        matchNothing = true;
    }
  }

  const sortKeys: SortKey[] = sort ? [{ field: sort.field as SortField, dir: sort.dir }] : DEFAULT_SORT;
  if (sort && !SORTABLE.has(sort.field)) {
    fail(sort.field === '' ? 'No mapping found for [] in order to sort on' : `Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [${sort.field}] in order to load field data by uninverting the inverted index.`);
  }
  let afterValues: SortValue[] | undefined;
  if (searchAfter && !error) {
    if (searchAfter.length !== sortKeys.length) {
      fail(`search_after has ${searchAfter.length} value(s) but sort has ${sortKeys.length}.`);
    } else {
      afterValues = searchAfter.map((v, k) => {
        const field = sortKeys[k].field;
        if (field === '_id' || field === 'status.keyword') return v;
        const n = field === 'meta.lastUpdated' && !/^-?\d+$/.test(v) ? Date.parse(v) : Number(v);
        if (Number.isNaN(n)) fail(`failed to parse date field [${v}]`);
        return n;
      });
    }
    if (from !== 0) fail('`from` parameter must be set to 0 when `search_after` is used.');
  }
  if (size < 0) fail(`[size] parameter cannot be negative, found [${size}]`);
  if (from < 0) fail(`[from] parameter cannot be negative, found [${from}]`);
  if (from + size > MAX_RESULT_WINDOW) {
    fail(`Result window is too large, from + size must be less than or equal to: [${MAX_RESULT_WINDOW}] but was [${from + size}]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.`);
  }
  if (error) return { status: 400, body: buildOperationOutcome(error), contentType: 'fhir' };

  // Matching and ordering.
  const usesScore = sortKeys[0].field === '_score';
  let ordered: number[];
  const scores = new Map<number, number>();
  if (matchNothing) {
    ordered = [];
  } else if (must.length === 0 && should.length === 0 && !usesScore) {
    ordered = store.order(sortKeys);
  } else {
    const base = store.order(usesScore ? [{ field: '_id', dir: 'asc' }] : sortKeys);
    ordered = [];
    for (const i of base) {
      let score = 1;
      let ok = true;
      for (const clause of must) {
        const s = clause(i);
        if (s === 0) {
          ok = false;
          break;
        }
        score += s - 1;
      }
      if (ok && should.length > 0) ok = should.some((clause) => clause(i) > 0);
      if (!ok) continue;
      ordered.push(i);
      if (usesScore) scores.set(i, score);
    }
    if (usesScore) {
      const dir = sortKeys[0].dir;
      ordered.sort((a, b) => compareSortValues(scores.get(a)!, scores.get(b)!, dir) || a - b);
    }
  }
  const total = ordered.length;
  if (total === 0) return { status: 404, body: { resourceType: 'Bundle', type: 'searchset', total: 0 }, contentType: 'fhir' };

  const valueOf = (i: number, field: SortField): SortValue => (field === '_score' ? scores.get(i) ?? 1 : store.sortValue(i, field));
  let start = 0;
  if (afterValues) {
    const after = afterValues;
    const isAfter = (i: number) => {
      for (let k = 0; k < sortKeys.length; k++) {
        const c = compareSortValues(valueOf(i, sortKeys[k].field), after[k], sortKeys[k].dir);
        if (c !== 0) return c > 0;
      }
      return false;
    };
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isAfter(ordered[mid])) hi = mid;
      else lo = mid + 1;
    }
    start = lo;
  }
  const page = ordered.slice(start + from, start + from + size);

  const entry: BundleEntry[] = page.map((i) => {
    const study = store.at(i).study;
    return { fullUrl: buildFullUrl(opts.publicUrl, 'ResearchStudy', study.id!), resource: study };
  });
  if (include) entry.push(...buildIncludedEntries(store, page, opts.publicUrl));

  const link: BundleLink[] = [];
  if (page.length > 0) {
    const received = params.map((p) => ({ name: p.name, value: String(p.value) }));
    const self = countParam === undefined ? [...received, { name: '_count', value: String(size) }] : received;
    link.push({ relation: 'self', url: buildSearchUrl(opts.publicUrl, self) });
    if (total > from + size && total > size) {
      const next = [
        ...received.filter((p) => p.name !== '_getpagesoffset' && p.name !== '_count'),
        { name: '_count', value: String(size) },
        { name: '_getpagesoffset', value: String(from + size) },
      ];
      link.push({ relation: 'next', url: buildSearchUrl(opts.publicUrl, next) });
    }
  }

  const bundle: Bundle = { resourceType: 'Bundle', entry, link, total, type: 'searchset' };
  return { status: 200, body: bundle, contentType: 'fhir' };
}

/** Group, Locations, Organizations of each study in page order; duplicates keep their LAST occurrence. */
function buildIncludedEntries(store: EmulatorStore, page: number[], publicUrl: string): BundleEntry[] {
  const resources: FhirResource[] = [];
  for (const i of page) {
    const record = store.at(i);
    resources.push(withNarrative(record.group, record.study));
    for (const location of record.locations) resources.push(withNarrative(location, record.study));
    resources.push(...store.referencedOrganizations(record.study));
  }
  const lastIndex = new Map<string, number>();
  resources.forEach((r, k) => lastIndex.set(r.id!, k));
  return resources
    .filter((r, k) => lastIndex.get(r.id!) === k)
    .map((r) => ({ fullUrl: buildFullUrl(publicUrl, r.resourceType, r.id!), resource: r }));
}
