import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Bundle, OperationOutcome } from 'fhir/r4';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '@/lib/demo/generator';
import type { DemoRecord } from '@/lib/demo/types';
import { EclaireUnavailableError } from '@/lib/eclaire/errors';
import { createRateLimiter } from '@/lib/eclaire/rate-limiter';
import { startEmulator, type Emulator } from '@/lib/emulator/server';
import { checkTextSyntax } from '@/lib/emulator/text-match';
import type { GeoPlace } from '@/lib/geo/geocode';
import { openStore, type Store } from '@/lib/store/store';
import { preparePage } from '@/lib/sync/run-sync';
import { FHIR_FRESH_TTL_MS as FRESH_TTL_MS, FHIR_STALE_MAX_MS as STALE_MAX_MS } from '@/lib/cache-control';
import { createFhirProxy, type FhirProxy, type FhirProxyOptions, type ProxyAnswer, type ProxyUpstream } from './fhir-proxy';
import { unescapedSyntax } from './test-helpers';

const quiet = { warn: () => {}, info: () => {} };
const FAST = { backoffInitialMs: 1, backoffMaxMs: 4, timeoutMs: 3_000 };
const PARIS: GeoPlace = { precision: 'commune', insee: '75056', department: '75', region: '11', lat: 48.86, lon: 2.35 };

let emu: Emulator;
let records: DemoRecord[];
let clock: number;

function makeProxy(extra: Partial<FhirProxyOptions> = {}): FhirProxy {
  return createFhirProxy({
    baseUrl: emu.baseUrl,
    limiter: createRateLimiter({ minIntervalMs: 0 }),
    now: () => clock,
    logger: quiet,
    ...extra,
    resilience: { ...FAST, ...extra.resilience },
  });
}

function json<T = any>(answer: ProxyAnswer): T {
  return JSON.parse(answer.body ?? 'null') as T;
}

function diagnostics(answer: ProxyAnswer): string {
  return json<OperationOutcome>(answer).issue[0].diagnostics ?? '';
}

/** Background revalidations run on the emulator; wait until its request count stops at `n`. */
async function waitForUpstreamRequests(n: number): Promise<void> {
  for (let i = 0; i < 200 && emu.stats().requests < n; i++) await new Promise((r) => setTimeout(r, 5));
  expect(emu.stats().requests).toBe(n);
}

beforeAll(async () => {
  records = generateDemoRecords({ count: 60, seed: 7 });
  emu = await startEmulator({ port: 0, records });
});

afterAll(async () => {
  await emu.close();
});

beforeEach(() => {
  clock = 1_000_000;
  emu.setFaults({ p503: 0, p400: 0, delayMs: 0, down: false, rateLimitMs: 0 });
  emu.resetStats();
});

describe('cache and coalescing', () => {
  it('answers 100 concurrent identical misses with exactly one upstream call', async () => {
    const proxy = makeProxy();
    const answers = await Promise.all(Array.from({ length: 100 }, () => proxy.search('?status=active&_count=5')));
    expect(emu.stats().requests).toBe(1);
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.every((a) => a.headers['x-cache'] === 'MISS')).toBe(true);

    const again = await proxy.search('_count=5&status=active');
    expect(again.headers['x-cache']).toBe('HIT');
    expect(emu.stats().requests).toBe(1);
    expect(proxy.stats()).toMatchObject({ entries: 1, hits: 1, misses: 100, upstreamCalls: 1, breaker: 'closed' });
  });

  it('shares one entry whatever the parameter order, defaults and empty values', async () => {
    const proxy = makeProxy();
    const first = await proxy.search('status=active&_must=JARDE');
    const variants = [
      '_must=JARDE&status=active',
      '?_count=20&_must=JARDE&status=active',
      'status=active&_text=&_must=JARDE&_getpagesoffset=0',
      '_must=JARDE&status=active&_count=20&&',
      '_must=JARDE&status=%61ctive',
    ];
    for (const v of variants) {
      const answer = await proxy.search(v);
      expect(answer.headers['x-cache'], v).toBe('HIT');
      expect(answer.body).toBe(first.body);
    }
    expect(emu.stats().requests).toBe(1);
    expect(emu.stats().byPath['/R4/ResearchStudy']).toBe(1);
  });

  it('answers with FHIR JSON, CDN cache headers and a strong ETag honoured with 304', async () => {
    const proxy = makeProxy();
    const answer = await proxy.search('_count=3');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('public, s-maxage=3600, stale-while-revalidate=86400');
    const etag = answer.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);

    for (const ifNoneMatch of [etag, `W/${etag}`, `"autre", ${etag}`, '*']) {
      const notModified = await proxy.search('_count=3', { ifNoneMatch });
      expect(notModified.status, ifNoneMatch).toBe(304);
      expect(notModified.body).toBeNull();
      expect(notModified.headers.etag).toBe(etag);
    }
    const changed = await proxy.search('_count=3', { ifNoneMatch: '"autre"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toBe(answer.body);
    expect(emu.stats().requests).toBe(1);
  });

  it('rewrites fullUrl and links to Phare and recomputes next', async () => {
    const proxy = makeProxy({ publicBase: 'https://phare.example/api/fhir' });
    const answer = await proxy.search('_count=2&_sort=_id&_include=*');
    const bundle = json<Bundle>(answer);
    expect(answer.body).not.toContain('eclaire-api');
    expect(answer.body).not.toContain('127.0.0.1');
    expect(bundle.entry!.length).toBeGreaterThan(2); // included Group and Locations
    for (const entry of bundle.entry!) {
      expect(entry.fullUrl).toBe(`https://phare.example/api/fhir/${entry.resource!.resourceType}/${entry.resource!.id}`);
    }
    expect(bundle.link).toEqual([
      { relation: 'self', url: 'https://phare.example/api/fhir/ResearchStudy?_include=*&_sort=_id&_count=2' },
      { relation: 'next', url: 'https://phare.example/api/fhir/ResearchStudy?_include=*&_sort=_id&_count=2&_getpagesoffset=2' },
    ]);

    const lastId = bundle.entry!.filter((e) => e.resource!.resourceType === 'ResearchStudy').at(-1)!.resource!.id!;
    const after = json<Bundle>(await proxy.search(`_sort=_id&_count=2&search_after=${lastId}`));
    expect(after.link!.map((l) => l.relation)).toEqual(['self']);
    expect(after.link![0].url).toBe(`https://phare.example/api/fhir/ResearchStudy?_sort=_id&_count=2&search_after=${lastId}`);
  });

  it('passes the 404 empty Bundle through as a cached 404', async () => {
    const proxy = makeProxy();
    const answer = await proxy.search('identifier=0000-INCONNU-00');
    expect(answer.status).toBe(404);
    expect(json(answer)).toEqual({ resourceType: 'Bundle', type: 'searchset', total: 0 });
    const again = await proxy.search('identifier=0000-INCONNU-00');
    expect(again.headers['x-cache']).toBe('HIT');
    expect(emu.stats().requests).toBe(1);
  });

  it('turns a permanent upstream 400 into a French OperationOutcome with the upstream diagnostics', async () => {
    const proxy = makeProxy();
    // Two search_after values for the default sort's three keys (CONTRACT §2.1): ECLAIRE refuses it.
    const answer = await proxy.search('search_after=a,b');
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(diagnostics(answer)).toMatch(/^ECLAIRE a refusé la recherche : .*search_after/i);
    expect(emu.stats().requests).toBe(1);
  });

  it('searches a stray quote as a word instead of failing upstream', async () => {
    const proxy = makeProxy();
    const answer = await proxy.search('_text=%22covid');
    expect([200, 404]).toContain(answer.status);
    expect(emu.stats().requests).toBe(1);
  });

  it('reads a study by id, and answers 404 in French for an unknown one', async () => {
    const proxy = makeProxy();
    const id = records[3].study.id!;
    const answer = await proxy.read(id);
    expect(answer.status).toBe(200);
    expect(json(answer)).toMatchObject({ resourceType: 'ResearchStudy', id });
    expect((await proxy.read(id)).headers['x-cache']).toBe('HIT');

    const unknown = await proxy.read('2099-A99999-99');
    expect(unknown.status).toBe(404);
    expect(json<OperationOutcome>(unknown).resourceType).toBe('OperationOutcome');
    expect(diagnostics(unknown)).toContain('Aucune étude ne porte l’identifiant « 2099-A99999-99 »');
  });
});

describe('when the upstream fails', () => {
  it('serves a stale answer (X-Cache STALE) when ECLAIRE answers 503, then when it is down', async () => {
    const proxy = makeProxy();
    const fresh = await proxy.search('_count=4');
    expect(fresh.headers['x-cache']).toBe('MISS');

    clock += FRESH_TTL_MS + 1;
    emu.setFaults({ p503: 1 });
    const stale = await proxy.search('_count=4');
    expect(stale.status).toBe(200);
    expect(stale.headers['x-cache']).toBe('STALE');
    expect(stale.body).toBe(fresh.body);
    await waitForUpstreamRequests(1 + 3); // the background revalidation and its 2 retries
    expect(emu.stats().byStatus['503']).toBe(3);

    emu.setFaults({ p503: 0, down: true });
    const stillStale = await proxy.search('_count=4');
    expect(stillStale.headers['x-cache']).toBe('STALE');
    expect(stillStale.body).toBe(fresh.body);
    expect(proxy.stats().stale).toBe(2);
  });

  it('revalidates a stale entry in the background once the upstream is back', async () => {
    const proxy = makeProxy();
    await proxy.search('_count=6');
    clock += FRESH_TTL_MS + 1;
    const stale = await proxy.search('_count=6');
    expect(stale.headers['x-cache']).toBe('STALE');
    await waitForUpstreamRequests(2);
    for (let i = 0; i < 100; i++) {
      const next = await proxy.search('_count=6');
      if (next.headers['x-cache'] === 'HIT') return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('jamais rafraîchi');
  });

  it('stops serving an answer older than the stale limit: 503 with Retry-After', async () => {
    const proxy = makeProxy();
    await proxy.search('_count=7');
    clock += FRESH_TTL_MS + STALE_MAX_MS + 1;
    emu.setFaults({ down: true });
    const answer = await proxy.search('_count=7');
    expect(answer.status).toBe(503);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(diagnostics(answer)).toContain('ECLAIRE est momentanément indisponible');
  });

  it('answers 503 OperationOutcome with Retry-After on a cold cache, after 2 retries', async () => {
    const proxy = makeProxy();
    emu.setFaults({ p503: 1 });
    const answer = await proxy.search('_count=8');
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    expect(json<OperationOutcome>(answer).issue[0].code).toBe('transient');
    expect(emu.stats().requests).toBe(3);
  });

  it('keeps the reason of an upstream failure (its Retry-After), not a timeout', async () => {
    const failing: ProxyUpstream = {
      fetchRaw: async () => {
        throw new EclaireUnavailableError('ECLAIRE est indisponible (503).', { url: '', status: 503, attempts: 1, retryAfterMs: 90_000 });
      },
    };
    const lines: unknown[] = [];
    const logger = { warn: (message: string, meta?: object) => lines.push([message, meta]) };
    const proxy = makeProxy({ client: failing, logger, resilience: { maxRetries: 0 } });
    const answer = await proxy.search('_count=5');
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('90');
    expect(JSON.stringify(lines)).toContain('ECLAIRE est indisponible (503).');
    expect(JSON.stringify(lines)).not.toContain('délai');
  });

  it('treats an upstream timeout as a failure', async () => {
    const proxy = makeProxy({ resilience: { timeoutMs: 100, maxRetries: 0 } });
    emu.setFaults({ delayMs: 1_000 });
    const answer = await proxy.search('_count=9');
    expect(answer.status).toBe(503);
    // Counted when the call starts: the emulator, in this process, may not have read the request when the
    // timeout fires on a starved machine.
    expect(proxy.stats().upstreamCalls).toBe(1);
    expect(emu.stats().requests).toBeLessThanOrEqual(1);
  });

  it('opens the breaker after 5 consecutive failures and then spares the upstream', async () => {
    const proxy = makeProxy();
    emu.setFaults({ down: true });
    const first = await proxy.search('_count=11'); // 3 attempts
    const second = await proxy.search('_count=12'); // 2 attempts, then the breaker opens
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(emu.stats().requests).toBe(5);
    expect(proxy.stats().breaker).toBe('open');

    const third = await proxy.search('_count=13');
    expect(third.status).toBe(503);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect(emu.stats().requests).toBe(5);
  });
});

describe('shared rate limiter', () => {
  it('does not count a deadline reached while queued behind other upstream calls as an upstream failure', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 0 });
    let release!: () => void;
    const busy = limiter.schedule(() => new Promise<void>((r) => (release = r))); // the sync holds the slot
    const proxy = makeProxy({ limiter, resilience: { timeoutMs: 30 } });
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await proxy.search(`_count=${20 + i}`));
    expect(answers.every((a) => a.status === 503)).toBe(true);
    expect(proxy.stats().breaker).toBe('closed');
    expect(emu.stats().requests).toBe(0);
    release();
    await busy;
    // Once the slot is free, the upstream is reached again (a generous deadline: a loaded machine may take a while).
    const patient = makeProxy({ limiter, resilience: { timeoutMs: 30_000 } });
    expect((await patient.search('_count=30')).status).toBe(200);
    expect(emu.stats().requests).toBe(1);
  });
});

describe('mirror fallback for reads by id', () => {
  let dir: string;
  let store: Store;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phare-proxy-'));
    store = openStore(path.join(dir, 'mirror.sqlite'));
    const resources = records.slice(0, 10).flatMap((r) => [r.study, r.group, ...r.locations]);
    const { items } = preparePage(resources, { geocode: () => PARIS, logger: quiet, forceDemo: true });
    const run = store.startRun();
    store.writePage(run.runId, items, { lastId: items.at(-1)!.study.id, pageNumber: 1 });
  });

  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const getRaw = (id: string) => store.getRawStudy(id);

  it('answers from the mirror with X-Cache STALE and a warning when the cache is cold and the upstream down', async () => {
    const proxy = makeProxy({ getRaw });
    emu.setFaults({ down: true });
    const id = records[2].study.id!;
    const answer = await proxy.read(id);
    expect(answer.status).toBe(200);
    expect(answer.headers['x-cache']).toBe('STALE');
    expect(answer.headers.warning).toMatch(/^111 /);
    expect(answer.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(json(answer)).toMatchObject({ resourceType: 'ResearchStudy', id });
  });

  it('answers 404 in French for an id the mirror does not know', async () => {
    const proxy = makeProxy({ getRaw });
    emu.setFaults({ down: true });
    const answer = await proxy.read('2099-A00000-00');
    expect(answer.status).toBe(404);
    expect(diagnostics(answer)).toContain('Aucune étude ne porte l’identifiant « 2099-A00000-00 »');
  });

  it('answers 503 when the mirror cannot tell', async () => {
    const proxy = makeProxy({ getRaw: () => null });
    emu.setFaults({ down: true });
    const answer = await proxy.read(records[2].study.id!);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('no SSRF, fail closed', () => {
  const calls: string[] = [];
  const spy: ProxyUpstream = {
    fetchRaw: async (pathAndQuery) => {
      calls.push(pathAndQuery);
      const body = pathAndQuery.includes('?')
        ? { resourceType: 'Bundle', type: 'searchset', total: 0 }
        : { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found', diagnostics: 'x' }] };
      return { status: 404, headers: {}, body: JSON.stringify(body), url: '' };
    },
  };

  afterEach(() => {
    calls.length = 0;
  });

  const hostileQueries: [string, string][] = [
    ['identifier=http://evil.example/x', 'identifier'],
    ['identifier=..%2F..%2Fetc%2Fpasswd', 'identifier'],
    ['_include=Location', '_include'],
    ['_include=ResearchStudy:site', '_include'],
    ['_text=http://evil.example', '_text'],
    ['_text=%2F%2Fevil.example%2Fx', '_text'],
    ['_text=abc%00def', '_text'],
    ['_text=%C3%28', '_text'],
    ['_text=%FF', '_text'],
    ['_text=%E0%A4%A', '_text'],
    [`_text=${'a'.repeat(201)}`, '_text'],
    [`_text=${'a'.repeat(3000)}`, '(requête)'],
    ['_count=101', '_count'],
    ['_count=-1', '_count'],
    ['_count=1.5', '_count'],
    ['_count=10&_count=20', '_count'],
    ['_getpagesoffset=9990&_count=20', '_getpagesoffset'],
    ['_sort=title', '_sort'],
    ['_sort=_id,-_score', '_sort'],
    ['_lastUpdated=ge2023-10-16T15:00', '_lastUpdated'],
    ['_lastUpdated=ne2024-01-01', '_lastUpdated'],
    ['_lastUpdated=2024-02-30', '_lastUpdated'],
    ['search_after=a&_getpagesoffset=20', 'search_after'],
    ['search_after=http://evil', 'search_after'],
    ['_must=REG999', '_must'],
    ['status=active,approved', 'status'],
    ['url=http://evil.example', 'url'],
    ['_format=json', '_format'],
    ['a[b]=c', 'a[b]'],
    ['%ZZ=1', '%ZZ'],
    ['_shouldId=x', '_shouldId'],
  ];

  const labelled = hostileQueries.map(([q, p]) => [q.length > 60 ? `${q.slice(0, 40)}… (${q.length} car.)` : q, q, p]);

  it.each(labelled)('refuses %s with a 400 naming the parameter, without calling the upstream', async (_label, query, param) => {
    const proxy = makeProxy({ client: spy });
    const answer = await proxy.search(query);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const outcome = json<OperationOutcome>(answer);
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0].diagnostics).toContain(`« ${param.length > 40 ? param.slice(0, 40) : param}`);
    expect(outcome.issue[0].diagnostics).toMatch(/refusé/);
    expect(calls).toEqual([]);
  });

  it.each(['../../etc/passwd', '..%2F..%2Fetc', '..', 'a/b', 'http://evil', 'a'.repeat(65), '', 'id%00', 'é'])(
    'refuses the id "%s" with a 400, without calling the upstream',
    async (id) => {
      const proxy = makeProxy({ client: spy });
      const answer = await proxy.read(id);
      expect(answer.status).toBe(400);
      expect(diagnostics(answer)).toContain('« id »');
      expect(calls).toEqual([]);
    },
  );

  it('sends only relative, re-encoded paths under /ResearchStudy', async () => {
    const proxy = makeProxy({ client: spy });
    await proxy.search('_text=caf%C3%A9+%26+th%C3%A9&status=active');
    await proxy.read('2022-500014-26-00');
    expect(calls).toEqual(['/ResearchStudy?status=active&_text=caf%C3%A9%20%26%20th%C3%A9&_count=20', '/ResearchStudy/2022-500014-26-00']);
  });

  it('does not follow upstream redirects: a 302 is an upstream failure', async () => {
    let evilHits = 0;
    const evil = http.createServer((_req, res) => {
      evilHits++;
      res.end('{}');
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/secret`;
    const redirecting = http.createServer((_req, res) => {
      res.writeHead(302, { location: evilUrl });
      res.end();
    });
    await new Promise<void>((r) => redirecting.listen(0, '127.0.0.1', r));
    try {
      const proxy = createFhirProxy({
        baseUrl: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/R4`,
        limiter: createRateLimiter({ minIntervalMs: 0 }),
        logger: quiet,
        resilience: FAST,
      });
      const answer = await proxy.search('_count=1');
      expect(answer.status).toBe(503);
      expect(evilHits).toBe(0);
    } finally {
      evil.close();
      redirecting.close();
    }
  });
});

describe('full text reaches ECLAIRE searched literally, as words (lib/proxy/lucene.ts)', () => {
  const received: string[] = [];
  const recorder: ProxyUpstream = {
    fetchRaw: async (pathAndQuery) => {
      received.push(pathAndQuery);
      return { status: 404, headers: {}, body: JSON.stringify({ resourceType: 'Bundle', type: 'searchset', total: 0 }), url: '' };
    },
  };
  const sentTexts = (pathAndQuery: string) => {
    const query = new URLSearchParams(pathAndQuery.slice(pathAndQuery.indexOf('?') + 1));
    return [query.get('_text'), query.get('_content')].filter((v): v is string => v !== null);
  };

  afterEach(() => {
    received.length = 0;
  });

  const hostile = [
    '/.*/ cancer',
    '/[a-z]+/',
    '*abc',
    'canc*',
    'a?c',
    'a~10',
    'cancer~',
    'field:value',
    'title:cancer OR _id:*',
    '"covid',
    'covid "19',
    'a\\',
    '\\ x',
    '(a OR b) AND NOT c',
    '[a TO z]',
    '{a TO z}',
    'a && b || c',
    'x^10',
    '+a -b',
    '!a',
    'a=b',
    '<b>x</b>',
    'covid/19',
    'ab'.repeat(100),
  ];

  it.each(hostile)('%j is sent escaped, never as Lucene syntax', async (text) => {
    const proxy = makeProxy({ client: recorder });
    const answer = await proxy.search(`_text=${encodeURIComponent(text)}&_content=${encodeURIComponent(text)}`);
    expect(answer.status).toBe(404);
    expect(received).toHaveLength(1);
    const sent = sentTexts(received[0]);
    expect(sent).toHaveLength(2);
    for (const value of sent) {
      expect(unescapedSyntax(value), value).toEqual([]);
      expect(checkTextSyntax(value), value).toBeUndefined();
    }
  });

  const refused: [string, string][] = [
    ['/.*/', '_text'],
    ['*', '_text'],
    ['\\', '_text'],
    ['"', '_text'],
    ['<>', '_text'],
    ['a'.repeat(201), '_text'],
    ['é'.repeat(201), '_text'],
    ['x'.repeat(10_240), '(requête)'],
    ['cancer\u0000', '_text'],
  ];

  it.each(refused.map(([text, param]) => [text.length > 40 ? `${text.slice(0, 20)}… (${text.length} car.)` : text, text, param]))(
    '%j is refused with a French 400, without calling ECLAIRE',
    async (_label, text, param) => {
      const proxy = makeProxy({ client: recorder });
      const answer = await proxy.search(`_text=${encodeURIComponent(text)}`);
      expect(answer.status).toBe(400);
      expect(diagnostics(answer)).toMatch(new RegExp(`^Paramètre « ${param.replace(/[()]/g, '\\$&')} » refusé`));
      expect(received).toEqual([]);
    },
  );

  it('keeps the text as sent in the cache key and in Phare’s links', async () => {
    const bundle = { resourceType: 'Bundle', type: 'searchset', total: 50, link: [{ relation: 'self', url: 'x' }, { relation: 'next', url: 'y' }], entry: [] };
    const calls: string[] = [];
    const upstream: ProxyUpstream = {
      fetchRaw: async (pathAndQuery) => {
        calls.push(pathAndQuery);
        return { status: 200, headers: {}, body: JSON.stringify(bundle), url: '' };
      },
    };
    const proxy = makeProxy({ client: upstream, publicBase: 'https://phare.example/api/fhir' });
    const first = json<Bundle>(await proxy.search('_text=covid-19&_count=10'));
    expect(calls).toEqual(['/ResearchStudy?_text=covid%5C-19&_count=10']);
    expect(first.link).toEqual([
      { relation: 'self', url: 'https://phare.example/api/fhir/ResearchStudy?_text=covid-19&_count=10' },
      { relation: 'next', url: 'https://phare.example/api/fhir/ResearchStudy?_text=covid-19&_count=10&_getpagesoffset=10' },
    ]);
    expect((await proxy.search('_count=10&_text=covid-19')).headers['x-cache']).toBe('HIT');
    expect(calls).toHaveLength(1);
  });
});

describe('logs', () => {
  it('carry no search text, only parameter names and a fingerprint', async () => {
    const lines: unknown[] = [];
    const logger = { warn: (message: string, meta?: object) => lines.push([message, meta]) };
    const proxy = makeProxy({ logger, resilience: { maxRetries: 0 } });
    emu.setFaults({ p503: 1 });
    const answer = await proxy.search('_text=cancer%20du%20sein&_content=m%C3%A9lanome');
    expect(answer.status).toBe(503);
    const logged = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThan(0);
    expect(logged).not.toMatch(/cancer|sein|lanome/i);
    expect(logged).toContain('_text');
    expect(logged).toMatch(/empreinte [0-9a-f]{12}/);
  });
});
