/**
 * `npm run bench`: Phare's benchmarks, on a fictional dataset (20,000 studies by default, BENCH_STUDIES to change)
 * served by the in-process emulator. Prints figures; asserts nothing (tests never assert on time).
 * `npm run bench -- --only=status,geo,normaliser,crawl,sync,demo,search,understand,http,pages,security,proxy,bundle,lighthouse`
 * runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoRecords, DEMO_ORGANIZATIONS, DEFAULT_DEMO_SEED } from '@/lib/demo/generator';
import { EclaireClient } from '@/lib/eclaire/client';
import { crawlStudies } from '@/lib/eclaire/crawl';
import { normalisePage } from '@/lib/eclaire/normalise';
import { createRateLimiter } from '@/lib/eclaire/rate-limiter';
import { startEmulator, type Emulator } from '@/lib/emulator/server';
import { parseSearchParams } from '@/lib/search/params';
import { searchStudies } from '@/lib/search/search';
import { openStore, type Store } from '@/lib/store/store';
import { runSync } from '@/lib/sync/run-sync';
import type { DemoRecord } from '@/lib/demo/types';
import { computeCoverage, formatCoverage } from '@/lib/geo/coverage';
import { nodeMemoryArgs, nodeMemoryEnv } from '../node-memory.mjs';
import { ensureProductionBuild, startAppServer, treeMemory, type AppServer } from './app-server';
import { benchPages, load } from './pages';
import { benchDistinctSearches, benchForgedHeaders, benchUnknownIdFlood } from './security';
import { benchStatus } from './status';
import { benchBundleSizes, benchLighthouse } from './front-end';
import { withFrameworkFloor } from './framework-floor';
import { buildBenchQueries } from './queries';
import { benchUnderstanding } from './understand';
import { heading, mb, ms, print, summarise } from './stats';

const SECTIONS = ['status', 'geo', 'normaliser', 'crawl', 'sync', 'demo', 'search', 'understand', 'http', 'pages', 'security', 'proxy', 'bundle', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];

const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const selected = new Set<Section>(
  onlyArg ? (onlyArg.slice('--only='.length).split(',') as Section[]) : [...SECTIONS],
);
const want = (s: Section) => selected.has(s);
const COUNT = Number(process.env.BENCH_STUDIES ?? 20_000);
const WORKERS = Number(process.env.PHARE_WORKERS ?? os.availableParallelism());
const FORGED_FLOOD_LIMIT = 300;

/** A copy of `record` with `count` sites in as many towns (cycling over the demo's establishments' cities). */
function withManySites(record: DemoRecord, count: number): DemoRecord {
  const copy = structuredClone(record);
  const id = `${record.study.id}`;
  const cities = ['Lyon', 'Lille', 'Nantes', 'Rennes', 'Brest', 'Tours', 'Dijon', 'Nancy', 'Reims', 'Caen', 'Rouen', 'Amiens',
    'Limoges', 'Poitiers', 'Angers', 'Nice', 'Toulouse', 'Bordeaux', 'Montpellier', 'Grenoble', 'Besançon', 'Metz',
    'Strasbourg', 'Clermont-Ferrand', 'Saint-Étienne', 'Marseille', 'Paris', 'Orléans', 'Le Mans', 'Pau'];
  const template = record.locations[0];
  copy.locations = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(template),
    id: `${id}-${i}-site`,
    name: `Centre hospitalier n° ${i + 1}`,
    address: { city: cities[i % cities.length], country: 'FR', line: [`${i + 1} rue de l’Hôpital`] },
  }));
  copy.study.site = copy.locations.map((l) => ({ reference: `Location/${l.id}`, type: 'Location' }));
  return copy;
}
const PAGE_SIZE = 50;

const quietLogger = { warn: () => {}, info: () => {}, error: () => {} };

function newClient(emulator: Emulator): EclaireClient {
  return new EclaireClient({
    baseUrl: emulator.baseUrl,
    limiter: createRateLimiter({ minIntervalMs: 0 }),
    timeoutMs: 60_000,
    logger: quietLogger,
  });
}

async function main(): Promise<void> {
  console.log(`Phare benchmarks — ${COUNT} fictional studies, Node ${process.version}, ${os.cpus().length} cores`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'phare-bench-'));
  let emulator: Emulator | undefined;
  let app: AppServer | undefined;
  let store: Store | undefined;
  try {
    heading('Dataset');
    let t0 = performance.now();
    const records = generateDemoRecords({ count: COUNT, seed: DEFAULT_DEMO_SEED });
    print('generation of the demo records', `${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // A study with 120 sites (the demo generator makes at most 40): pages must stay light with many sites.
    const manySites = withManySites(records.find((r) => r.locations.length >= 10) ?? records[0], 120);

    if (want('status')) {
      heading('Study status: the dataset’s cases and what each reconciliation rule changed');
      benchStatus(records, print);
    }

    if (want('geo')) {
      heading('Communes: a point of their own');
      for (const line of formatCoverage(computeCoverage())) console.log(`  ${line}`);
    }

    if (want('normaliser')) {
      heading('Normaliser (FHIR → Study)');
      let studies = 0;
      t0 = performance.now();
      for (let i = 0; i < records.length; i += PAGE_SIZE) {
        const page = records.slice(i, i + PAGE_SIZE);
        const resources = [
          ...page.map((r) => r.study),
          ...page.flatMap((r) => [r.group, ...r.locations]),
          ...DEMO_ORGANIZATIONS,
        ];
        studies += normalisePage(resources).studies.length;
      }
      const seconds = (performance.now() - t0) / 1000;
      print('studies normalised', String(studies));
      print('throughput', `${Math.round(studies / seconds)} studies/s`);
    }

    emulator = await startEmulator({ port: 0, records, organizations: DEMO_ORGANIZATIONS });
    emulator.upsert(manySites);

    if (want('crawl')) {
      heading('Full read of the emulator (sort by id, search_after, _include=*, rate limit off)');
      emulator.resetStats();
      const client = newClient(emulator);
      const ids = new Set<string>();
      t0 = performance.now();
      for await (const page of crawlStudies(client, { pageSize: PAGE_SIZE, include: true })) {
        page.studyIds.forEach((id) => ids.add(id));
      }
      const seconds = (performance.now() - t0) / 1000;
      print('studies read (distinct)', `${ids.size} of ${COUNT}`);
      print('time', `${seconds.toFixed(1)} s`);
      print('upstream requests', String(emulator.stats().requests));
    }

    if (want('sync') || want('search')) {
      heading('Full sync into an empty SQLite mirror (in process, rate limit off)');
      const dir = path.join(work, 'sync');
      store = openStore(path.join(mkdtempSync(dir), 'mirror.sqlite'));
      emulator.resetStats();
      t0 = performance.now();
      const result = await runSync({ store, client: newClient(emulator), pageSize: PAGE_SIZE, logger: quietLogger });
      const seconds = (performance.now() - t0) / 1000;
      print('studies in the mirror', String(store.countStudies()));
      print('time (goal < 120 s)', `${seconds.toFixed(1)} s`);
      const requests = emulator.stats().requests;
      print(`upstream requests (goal ≤ ${Math.ceil(COUNT / 50) + 5})`, `${requests} (sync counted ${result.requests})`);
      print('bench process RSS after the sync', mb(process.memoryUsage().rss));
      const rows = Object.entries(store.countSitesByPrecision()).map(([precision, n]) => ({ precision, n }));
      const total = rows.reduce((s, r) => s + r.n, 0);
      const placed = rows.filter((r) => r.precision === 'adresse' || r.precision === 'commune').reduce((s, r) => s + r.n, 0);
      print('geocoding: sites placed at commune or better (goal ≥ 99.5 %)', `${((100 * placed) / total).toFixed(2)} % of ${total}`);
      print('geocoding: by precision', rows.map((r) => `${r.precision} ${r.n}`).join(', '));
    }

    if (want('demo')) {
      heading('Demo dataset loaded as a fresh `npm start` loads it (a process of its own, with npm start’s memory settings)');
      const child = spawnSync(
        process.execPath,
        [...nodeMemoryArgs(process.env), '--import', 'tsx', path.join(__dirname, 'demo-load.ts')],
        { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...nodeMemoryEnv(process.env), NODE_OPTIONS: '' } },
      );
      if (child.status !== 0) print('demo load', `failed (exit ${child.status})`);
    }

    const queries = buildBenchQueries();
    if (want('search') && store) {
      heading(`Search in process (${queries.length} mixed queries × 5 rounds, after one warm-up round)`);
      const parsed = queries.map((q) => {
        const result = parseSearchParams(new URLSearchParams(q));
        if (!result.ok) throw new Error(`bench query refused: ${q}: ${result.error.message}`);
        return result.query;
      });
      parsed.forEach((query) => searchStudies(store!, query));
      const samples: number[] = [];
      for (let round = 0; round < 5; round++) {
        for (const query of parsed) {
          const start = performance.now();
          searchStudies(store, query);
          samples.push(performance.now() - start);
        }
      }
      const s = summarise(samples);
      print('latency p50 / p95 / p99 (goal p95 < 25 ms)', `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} (max ${ms(s.max)})`);
    }

    if (want('understand')) benchUnderstanding();

    if (want('http') || want('pages') || want('security') || want('proxy') || want('lighthouse')) {
      heading('Production server syncing itself from the emulator');
      ensureProductionBuild();
      emulator.resetStats();
      const started = performance.now();
      app = await startAppServer({
        port: 3917,
        env: {
          ECLAIRE_BASE_URL: emulator.baseUrl,
          PHARE_DATA_DIR: path.join(work, 'app-data'),
          PHARE_DEMO: '0',
          ECLAIRE_MIN_INTERVAL_MS: '0',
          PHARE_API_RATE_LIMIT: '1000000000',
          PHARE_PAGE_RATE_LIMIT: '1000000000',
          PHARE_TILE_URL: 'http://127.0.0.1:3917/tuiles-test/{z}/{x}/{y}.png',
          PHARE_TEST_TILES: '1',
        },
      });
      print('start to ready, full sync included', `${((performance.now() - started) / 1000).toFixed(1)} s`);
      print('upstream requests', String(emulator.stats().requests));
      const memory = (m: { rss: number; pss: number; each: number[] }) =>
        `${mb(m.pss)} (RSS summed over its processes: ${mb(m.rss)}; PSS of each: ${m.each.map(mb).join(', ')})`;
      print('server memory right after the full sync, whole tree, PSS (goal < 400 MB)', memory(treeMemory(app.process.pid!)));
      // V8 returns memory to the system once idle: the steady figure is the one a host provisions for.
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      print('server memory after 15 s idle, whole tree, PSS', memory(treeMemory(app.process.pid!)));

      if (want('http')) {
        heading(`Search over HTTP: GET /api/studies (${queries.length} queries, sequential)`);
        await (await fetch(`${app.url}/api/studies?maladie=warmup`)).arrayBuffer();
        // First pass: every answer computed (the server caches answers per data version); then two repeats.
        const timeRound = async () => {
          const samples: number[] = [];
          let errors = 0;
          for (const q of queries) {
            const start = performance.now();
            const response = await fetch(`${app!.url}/api/studies?${q}`);
            await response.arrayBuffer();
            samples.push(performance.now() - start);
            if (!response.ok) errors++;
          }
          return { samples, errors };
        };
        const cold = await timeRound();
        const repeats = [await timeRound(), await timeRound()];
        const c = summarise(cold.samples);
        const r = summarise(repeats.flatMap((x) => x.samples));
        print('first time p50 / p95 / p99 (goal p95 < 50 ms)', `${ms(c.p50)} / ${ms(c.p95)} / ${ms(c.p99)}`);
        print('repeated (answer cache) p50 / p95 / p99', `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`);
        print('non-2xx answers', String(cold.errors + repeats.reduce((n, x) => n + x.errors, 0)));
      }

      if (want('pages')) {
        heading(`Pages (production build, ${WORKERS} server workers)`);
        const typical = records.find((r) => r.locations.length >= 3 && r.locations.length <= 8)!.study.id!;
        await benchPages({
          appUrl: app.url,
          workers: WORKERS,
          print,
          pages: [
            ['/', '/'],
            ['/recherche?maladie=cancer', '/recherche?maladie=cancer'],
            ['a typical study', `/essais/${typical}`],
            ['a study with 120 sites', `/essais/${manySites.study.id}`],
            ['/glossaire', '/glossaire'],
          ],
        });
        const health = await load(`${app.url}/api/health`, 1);
        print('/api/health, 1 connection p50 / p99 (goal ≤ 2 ms)', `${ms(health.latency.p50)} / ${ms(health.latency.p99)}`);
        const hundred = await load(`${app.url}/essais/${typical}`, 100);
        print(
          'a typical study at 100 connections: p99, timeouts (goal < 500 ms, none)',
          `${ms(hundred.latency.p99)}, ${hundred.timeouts} timeouts, ${hundred.errors} errors`,
        );
      }

      if (want('security')) {
        heading('One visitor against the service');
        await benchUnknownIdFlood(app.url, emulator, print);
        await benchDistinctSearches(app.url, app.process.pid!, print);
      }

      if (want('proxy')) {
        heading('FHIR proxy, load, faults and hostile input');
        const { benchProxy } = await import('./proxy');
        await benchProxy({ appUrl: app.url, emulator, print });
        emulator.setFaults({ p503: 0, p400: 0, delayMs: 0, down: false, rateLimitMs: 0 });
      }

      if (want('lighthouse')) {
        heading('Lighthouse (mobile profile)');
        const typical = records.find((r) => r.locations.length >= 3 && r.locations.length <= 8)!.study.id!;
        const base = app.url;
        await withFrameworkFloor(3921, (floor) =>
          benchLighthouse(print, [
            `${base}/`,
            `${base}/recherche?maladie=cancer&region=52`,
            `${base}/essais/${typical}`,
            `${base}/essais/${manySites.study.id}`,
            // Phare's lightest page (its layout and little else), then a bare Next.js page: the floors under the rest.
            `${base}/accessibilite`,
            floor,
          ]),
        );
      }

      if (want('security')) {
        // The same data, served again with the default per-client limit: what a forged-header flood gets.
        await app.stop();
        app = await startAppServer({
          port: 3918,
          env: {
            ECLAIRE_BASE_URL: emulator.baseUrl,
            PHARE_DATA_DIR: path.join(work, 'app-data'),
            PHARE_DEMO: '0',
            PHARE_API_RATE_LIMIT: String(FORGED_FLOOD_LIMIT),
          },
        });
        await benchForgedHeaders(app.url, FORGED_FLOOD_LIMIT, print);
      }
    }

    if (want('bundle')) {
      heading('Front-end bundle sizes (production build)');
      ensureProductionBuild();
      benchBundleSizes(print, ['/', '/recherche', '/essais/[id]']);
    }
  } finally {
    await app?.stop();
    store?.close();
    await emulator?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
