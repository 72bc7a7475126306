/**
 * Search profiler (not part of `npm run bench`): builds a fictional mirror ONCE into
 * /tmp/phare-search-bench/mirror.sqlite (SEARCH_PROFILE_DIR to change; BENCH_STUDIES, default 20,000; `--rebuild` to redo it), then times each
 * query of scripts/bench/queries.ts separately, prints the slowest with the time and EXPLAIN QUERY PLAN of each
 * SQL statement they ran, and overall p50 / p95 / p99 like `npm run bench`.
 *
 *   npx tsx scripts/bench/search-profile.ts [--rounds=5] [--top=5] [--rebuild] [--sites]
 *       [--save=FILE] [--compare=FILE]   (results of every query as JSON: to check that a change keeps them)
 *       [--extra=N]   (N more random deterministic queries in that comparison) [--cache=MB]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DEFAULT_DEMO_SEED, DEMO_ORGANIZATIONS, generateDemoRecord } from '@/lib/demo/generator';
import { geocodeSite } from '@/lib/geo/geocode';
import { parseSearchParams, type SearchQuery } from '@/lib/search/params';
import { searchSites, searchStudies } from '@/lib/search/search';
import { openStore, type Store } from '@/lib/store/store';
import { rawDatabase } from '@/lib/store/testing';
import { preparePage } from '@/lib/sync/run-sync';
import { buildBenchQueries } from './queries';
import { heading, ms, print, summarise } from './stats';

const DIR = process.env.SEARCH_PROFILE_DIR ?? '/tmp/phare-search-bench';
const FILE = path.join(DIR, 'mirror.sqlite');
const COUNT = Number(process.env.BENCH_STUDIES ?? 20_000);
const PAGE_SIZE = 50;

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string) => process.argv.includes(`--${name}`);
const ROUNDS = Number(arg('rounds') ?? 5);
const TOP = Number(arg('top') ?? 5);

const quiet = { info: () => {}, warn: () => {} };

function buildMirror(): Store {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const store = openStore(FILE);
  const t0 = performance.now();
  const run = store.startRun();
  for (let start = 0; start < COUNT; start += PAGE_SIZE) {
    const resources: unknown[] = [];
    const end = Math.min(COUNT, start + PAGE_SIZE);
    for (let i = start; i < end; i++) {
      const r = generateDemoRecord(i, DEFAULT_DEMO_SEED);
      resources.push(r.study, r.group, ...r.locations);
    }
    resources.push(...DEMO_ORGANIZATIONS);
    const { items, failedIds } = preparePage(resources, { geocode: geocodeSite, logger: quiet });
    store.writePage(run.runId, items, { lastId: items[items.length - 1]?.study.id ?? '', pageNumber: start / PAGE_SIZE + 1 }, failedIds);
  }
  store.finishRun(run.runId, { minShare: 0 });
  print('mirror built', `${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return store;
}

interface StatementTiming {
  sql: string;
  params: unknown[];
  ms: number;
}

/** Wraps `db.prepare` so every statement records its SQL, parameters and time into `log` (when set). */
function instrument(db: Database.Database): { log: StatementTiming[] | undefined; set(l?: StatementTiming[]): void } {
  const box: { log: StatementTiming[] | undefined; set(l?: StatementTiming[]): void } = {
    log: undefined,
    set(l) {
      box.log = l;
    },
  };
  const original = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const stmt = original(sql);
    for (const method of ['all', 'get', 'run'] as const) {
      const fn = (stmt as unknown as Record<string, (...a: unknown[]) => unknown>)[method].bind(stmt);
      Object.defineProperty(stmt, method, {
        value: (...params: unknown[]) => {
          const t = performance.now();
          const out = fn(...params);
          box.log?.push({ sql, params, ms: performance.now() - t });
          return out;
        },
      });
    }
    return stmt;
  };
  return box;
}

function explain(db: Database.Database, sql: string, params: unknown[]): string[] {
  try {
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>();
    return rows.map((r) => {
      const d = (depth.get(r.parent) ?? 0) + 1;
      depth.set(r.id, d);
      return `${'  '.repeat(d)}${r.detail}`;
    });
  } catch (error) {
    return [`(EXPLAIN failed: ${(error as Error).message})`];
  }
}

/** Deterministic mixes of every parameter, pages and sorts included, to compare results before and after a change. */
function randomQueries(count: number): string[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const texts = ['cancer', 'diabete', 'cancer du sein', 'alzeimer', 'AVC', 'asthme', 'leucemie', 'douleur', 'covid',
    'sclérose en plaques', 'insuffisance cardiaque', 'VIH', 'maladie de Crohn', 'épilepsie', 'dépression'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = new URLSearchParams();
    if (rnd() < 0.5) p.set('maladie', pick(texts));
    const place = rnd();
    if (place < 0.15) p.set('region', pick(['11', '84', '93', '32', '44', '52', '75', '76', '04', '01']));
    else if (place < 0.25) p.set('departement', pick(['75', '69', '13', '59', '33', '2A', '974', '31']));
    else if (place < 0.45) {
      p.set('lieu', pick(['75056', '69123', '13055', '59350', '33063', '31555', '44109', '67482', '35238', '34172']));
      p.set('rayon', pick(['5', '10', '30', '50', '100', '300']));
    } else if (place < 0.55) {
      p.set('lat', (43 + rnd() * 7).toFixed(3));
      p.set('lon', (-1 + rnd() * 8).toFixed(3));
      if (rnd() < 0.7) p.set('rayon', pick(['10', '30', '80']));
    }
    if (rnd() < 0.3) for (const c of new Set([pick(['jarde-1', 'jarde-2', 'jarde-3', 'medicament', 'dispositif', 'diagnostic']), pick(['medicament', 'jarde-2'])])) p.append('categorie', c);
    if (rnd() < 0.3) p.set('recrutement', pick(['ouvert', 'a-venir', 'termine', 'tous']));
    if (rnd() < 0.2) p.set('age', String(Math.floor(rnd() * 100)));
    if (rnd() < 0.2) p.set('sexe', pick(['femme', 'homme']));
    if (rnd() < 0.1) p.set('volontaire', 'sain');
    if (rnd() < 0.25) for (const ph of new Set([pick(['1', '2', '3', '4', 'na']), pick(['2', '3'])])) p.append('phase', ph);
    if (rnd() < 0.3) p.set('tri', pick(['pertinence', 'distance', 'recent']));
    if (rnd() < 0.25) p.set('page', String(1 + Math.floor(rnd() * 5)));
    out.push(p.toString());
  }
  return out;
}

function main(): void {
  console.log(`Search profile — ${COUNT} fictional studies, Node ${process.version}`);
  heading('Mirror');
  let store: Store;
  if (flag('rebuild') || !existsSync(FILE)) store = buildMirror();
  else store = openStore(FILE);
  const db = rawDatabase(store);
  const cache = arg('cache');
  if (cache) db.pragma(`cache_size = -${Number(cache) * 1024}`);
  print('page cache', `${-(db.pragma('cache_size', { simple: true }) as number) / 1024} MB`);
  const sites = (db.prepare('SELECT count(*) AS n FROM sites').get() as { n: number }).n;
  print('studies / sites', `${store.countStudies()} / ${sites}`);

  const box = instrument(db);
  const strings = buildBenchQueries();
  const benchCount = strings.length;
  // --extra=N: N more deterministic random combinations (for --save / --compare, beyond the bench's 64).
  const extra = Number(arg('extra') ?? 0);
  if (extra > 0) {
    strings.push(...randomQueries(extra));
    // Identifiers as typed: exact, lower case, without separators, and a registry number.
    const ids = db.prepare('SELECT id, study_json FROM studies ORDER BY rowid LIMIT 6 OFFSET 321').all() as {
      id: string;
      study_json: string;
    }[];
    for (const { id, study_json } of ids) {
      const others = (JSON.parse(study_json) as { identifiers: { value: string }[] }).identifiers.map((i) => i.value);
      for (const text of [id, id.toLowerCase(), id.replace(/-/g, ''), ...others.slice(0, 2)]) {
        strings.push(new URLSearchParams({ maladie: text }).toString());
      }
    }
  }
  const parsed: SearchQuery[] = strings.map((q) => {
    const r = parseSearchParams(new URLSearchParams(q));
    if (!r.ok) throw new Error(`query refused: ${q}`);
    return r.query;
  });

  // Warm-up, and the results for --save / --compare.
  const t0 = performance.now();
  const results = parsed.map((q) => searchStudies(store, q));
  print('first (cold) round', ms(performance.now() - t0));
  const withSites = flag('sites');
  const siteResults = withSites ? parsed.map((q) => searchSites(store, q)) : [];

  const save = arg('save');
  if (save) writeFileSync(save, JSON.stringify({ results, siteResults }));
  const compare = arg('compare');
  if (compare) {
    const before = JSON.parse(readFileSync(compare, 'utf8')) as { results: unknown[]; siteResults: unknown[] };
    let diff = 0;
    results.forEach((r, i) => {
      if (JSON.stringify(r) !== JSON.stringify(before.results[i])) {
        diff++;
        console.log(`  DIFFERENT results: ${strings[i]}`);
      }
    });
    if (withSites) {
      siteResults.forEach((r, i) => {
        if (JSON.stringify(r) !== JSON.stringify(before.siteResults[i])) {
          diff++;
          console.log(`  DIFFERENT sites: ${strings[i]}`);
        }
      });
    }
    print('results compared with ' + path.basename(compare), diff === 0 ? 'identical' : `${diff} differ`);
  }

  const timed = parsed.slice(0, benchCount);
  heading(`searchStudies: ${timed.length} queries × ${ROUNDS} rounds`);
  const perQuery: number[][] = timed.map(() => []);
  const samples: number[] = [];
  // CPU time too: on a loaded machine, wall time also counts waiting for a core.
  const cpuSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    timed.forEach((q, i) => {
      const cpu = process.cpuUsage();
      const t = performance.now();
      searchStudies(store, q);
      const d = performance.now() - t;
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
      perQuery[i].push(d);
      samples.push(d);
    });
  }
  const s = summarise(samples);
  print('latency p50 / p95 / p99 (goal p95 < 25 ms)', `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} (max ${ms(s.max)})`);
  const c = summarise(cpuSamples);
  print('CPU time p50 / p95 / p99', `${ms(c.p50)} / ${ms(c.p95)} / ${ms(c.p99)} (max ${ms(c.max)})`);

  if (withSites) {
    const siteSamples: number[] = [];
    for (let round = 0; round < Math.max(1, Math.floor(ROUNDS / 2)); round++) {
      for (const q of timed) {
        const t = performance.now();
        searchSites(store, q);
        siteSamples.push(performance.now() - t);
      }
    }
    const ss = summarise(siteSamples);
    print('searchSites p50 / p95 / p99', `${ms(ss.p50)} / ${ms(ss.p95)} / ${ms(ss.p99)} (max ${ms(ss.max)})`);
  }

  const ranked = perQuery
    .map((times, i) => ({ i, median: summarise(times).p50 }))
    .sort((a, b) => b.median - a.median);
  heading('Median per query, slowest first');
  for (const { i, median } of ranked) print(decodeURIComponent(strings[i]).slice(0, 56), ms(median));

  heading(`The ${TOP} slowest, statement by statement`);
  for (const { i, median } of ranked.slice(0, TOP)) {
    console.log(`\n# ${decodeURIComponent(strings[i])} — median ${ms(median)}`);
    const log: StatementTiming[] = [];
    box.set(log);
    searchStudies(store, parsed[i]);
    box.set(undefined);
    for (const st of log.sort((a, b) => b.ms - a.ms)) {
      if (st.ms < 0.3) continue;
      console.log(`  ${ms(st.ms)}  ${st.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      for (const line of explain(db, st.sql, st.params)) console.log(`      ${line}`);
    }
  }
  store.close();
}

main();
