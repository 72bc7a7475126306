import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { EclaireClient, getEclaireClient, type EclaireClientOptions } from './client';
import {
  EclaireBadRequestError,
  EclaireInvalidResponseError,
  EclaireNotFoundError,
  EclaireUnavailableError,
} from './errors';
import { createRateLimiter, getSharedRateLimiter } from './rate-limiter';

interface Recorded {
  url: string;
  headers: http.IncomingHttpHeaders;
}

type Reply = { status: number; body?: string | object; headers?: Record<string, string>; gzip?: boolean } | 'hang';
type Script = (req: http.IncomingMessage, n: number) => Reply;

interface Scripted {
  baseUrl: string;
  requests: Recorded[];
  maxConcurrent: number;
  close(): Promise<void>;
}

const servers: Scripted[] = [];

/** A real HTTP server answering from a script; records each request and the concurrency (never its time: no test here measures one). */
async function startScripted(script: Script): Promise<Scripted> {
  const requests: Recorded[] = [];
  let active = 0;
  const state = { maxConcurrent: 0 };
  const server = http.createServer((req, res) => {
    const n = requests.length;
    requests.push({ url: req.url ?? '', headers: req.headers });
    active++;
    state.maxConcurrent = Math.max(state.maxConcurrent, active);
    res.on('close', () => active--);
    const reply = script(req, n);
    if (reply === 'hang') return;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
    const headers: Record<string, string> = {
      'content-type': 'application/fhir+json; charset=utf-8',
      ...reply.headers,
    };
    if (reply.gzip) {
      headers['content-encoding'] = 'gzip';
      res.writeHead(reply.status, headers).end(gzipSync(text));
    } else {
      res.writeHead(reply.status, headers).end(text);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scripted: Scripted = {
    baseUrl: `http://127.0.0.1:${port}/R4`,
    requests,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(scripted);
  return scripted;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const warnings: Array<{ msg: string; meta?: object }> = [];

function makeClient(baseUrl: string, opts: Partial<EclaireClientOptions> = {}): EclaireClient {
  return new EclaireClient({
    baseUrl,
    limiter: createRateLimiter({ minIntervalMs: 0 }),
    baseDelayMs: 2,
    maxDelayMs: 50,
    random: () => 0.5,
    logger: { warn: (msg, meta) => warnings.push({ msg, meta }) },
    ...opts,
  });
}

const study = (id: string) => ({ resourceType: 'ResearchStudy', id, status: 'active' });
const bundle = (ids: string[], total = ids.length) => ({
  resourceType: 'Bundle',
  entry: ids.map((id) => ({ fullUrl: `https://elsewhere.example/R4/ResearchStudy/${id}`, resource: study(id) })),
  link: [{ relation: 'next', url: 'https://elsewhere.example/R4/ResearchStudy?_getpagesoffset=20' }],
  total,
  type: 'searchset',
});
const outcome = (diagnostics: string) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'not-found', diagnostics }],
});

describe('EclaireClient.search', () => {
  it('sends FHIR JSON headers and the query in order, decodes gzip and returns resources in order', async () => {
    const srv = await startScripted(() => ({ status: 200, body: bundle(['B', 'A', 'C'], 42), gzip: true }));
    const client = makeClient(srv.baseUrl);
    const page = await client.search([
      ['search_after', 'Z'],
      ['_sort', '_id'],
      ['_text', 'cancer du sein'],
    ]);
    expect(page.total).toBe(42);
    expect(page.resources.map((r) => r.id)).toEqual(['B', 'A', 'C']);
    expect(page.bundle.resourceType).toBe('Bundle');
    expect(srv.requests).toHaveLength(1);
    expect(srv.requests[0].url).toBe('/R4/ResearchStudy?_sort=_id&_text=cancer%20du%20sein&search_after=Z');
    expect(page.requestUrl).toBe(`${srv.baseUrl}/ResearchStudy?_sort=_id&_text=cancer%20du%20sein&search_after=Z`);
    expect(srv.requests[0].headers.accept).toBe('application/fhir+json');
    expect(srv.requests[0].headers['accept-encoding']).toBe('gzip');
  });

  it('treats the 404 empty Bundle as no result', async () => {
    const srv = await startScripted(() => ({
      status: 404,
      body: { resourceType: 'Bundle', type: 'searchset', total: 0 },
    }));
    const client = makeClient(srv.baseUrl);
    const page = await client.search({ phase: 'x' });
    expect(page).toMatchObject({ total: 0, resources: [] });
    expect(client.stats).toEqual({ requests: 1, retries: 0, failures: 0 });
  });

  it('throws EclaireNotFoundError on a 404 that is not a Bundle (wrong base URL)', async () => {
    const srv = await startScripted(() => ({
      status: 404,
      body: { statusCode: 404, message: 'Cannot GET /R4/ResearchStudy', error: 'Not Found' },
      headers: { 'content-type': 'application/json' },
    }));
    await expect(makeClient(srv.baseUrl).search({})).rejects.toBeInstanceOf(EclaireNotFoundError);
    expect(srv.requests).toHaveLength(1);
  });

  it('drops malformed entries and counts them', async () => {
    const body = bundle(['A', 'B']);
    (body.entry as unknown[]).splice(1, 0, { resource: { resourceType: 'ResearchStudy' } }, { fullUrl: 'x' });
    const srv = await startScripted(() => ({ status: 200, body }));
    const page = await makeClient(srv.baseUrl).search({});
    expect(page.resources.map((r) => r.id)).toEqual(['A', 'B']);
    expect(page.malformed).toBe(2);
  });

  it('retries 503s with backoff and succeeds', async () => {
    const srv = await startScripted((_req, n) => (n < 3 ? { status: 503, body: 'busy' } : { status: 200, body: bundle(['A']) }));
    const client = makeClient(srv.baseUrl);
    const page = await client.search({});
    expect(page.resources).toHaveLength(1);
    expect(srv.requests).toHaveLength(4);
    expect(client.stats).toEqual({ requests: 4, retries: 3, failures: 0 });
  });

  it('gives up after maxRetries with EclaireUnavailableError carrying the last cause', async () => {
    const srv = await startScripted(() => ({ status: 500, body: { statusCode: 500, message: 'Internal server error' } }));
    const client = makeClient(srv.baseUrl, { maxRetries: 3 });
    const err = await client.search({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EclaireUnavailableError);
    expect((err as EclaireUnavailableError).attempts).toBe(4);
    expect((err as EclaireUnavailableError).status).toBe(500);
    expect((err as EclaireUnavailableError).cause).toBeInstanceOf(EclaireUnavailableError);
    expect(srv.requests).toHaveLength(4);
    expect(client.stats.failures).toBe(1);
  });

  it('honours Retry-After (seconds) as a minimum delay on 429', async () => {
    const srv = await startScripted((_req, n) =>
      n === 0
        ? { status: 429, body: { statusCode: 429, message: 'ThrottlerException: Too Many Requests' }, headers: { 'retry-after': '1' } }
        : { status: 200, body: bundle(['A']) },
    );
    warnings.length = 0;
    const client = makeClient(srv.baseUrl, { maxDelayMs: 5_000, random: () => 0 });
    await client.search({});
    expect(srv.requests).toHaveLength(2);
    // The wait the client chose (jitter is 0 here, so only Retry-After can make it 1 s); not a wall-clock reading.
    const retry = warnings.find((w) => w.msg.includes('nouvel essai'));
    expect(retry?.meta).toMatchObject({ delay: 1000, status: 429 });
  });

  it('survives a 429 storm, using jittered backoff when Retry-After is absent or an HTTP date in the past', async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const srv = await startScripted((_req, n) =>
      n < 5
        ? { status: 429, body: {}, headers: (n % 2 ? { 'retry-after': past } : {}) as Record<string, string> }
        : { status: 200, body: bundle(['A']) },
    );
    const client = makeClient(srv.baseUrl);
    await expect(client.search({})).resolves.toMatchObject({ total: 1 });
    expect(client.stats.retries).toBe(5);
  });

  it('gives up at once when Retry-After exceeds maxDelayMs, exposing the wait', async () => {
    const srv = await startScripted(() => ({ status: 429, body: {}, headers: { 'retry-after': '120' } }));
    const err = await makeClient(srv.baseUrl).search({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EclaireUnavailableError);
    expect((err as EclaireUnavailableError).retryAfterMs).toBe(120_000);
    expect(srv.requests).toHaveLength(1);
  });

  it('retries a transient 400 OperationOutcome (ES overload)', async () => {
    const srv = await startScripted((_req, n) =>
      n < 2
        ? { status: 400, body: outcome('rejected execution of coordinating operation [es_rejected_execution_exception]') }
        : { status: 200, body: bundle(['A']) },
    );
    const client = makeClient(srv.baseUrl);
    await expect(client.search({})).resolves.toMatchObject({ total: 1 });
    expect(srv.requests).toHaveLength(3);
  });

  it('does not retry a permanent 400 and exposes the diagnostics', async () => {
    const srv = await startScripted(() => ({
      status: 400,
      body: outcome("Failed to parse query [covid/19 timeout]"),
    }));
    const client = makeClient(srv.baseUrl);
    const err = await client.search({ _text: 'covid/19 timeout' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EclaireBadRequestError);
    expect((err as EclaireBadRequestError).diagnostics).toBe('Failed to parse query [covid/19 timeout]');
    expect((err as EclaireBadRequestError).status).toBe(400);
    expect(srv.requests).toHaveLength(1);
  });

  it('exposes the Nest message of a _count 400', async () => {
    const srv = await startScripted(() => ({
      status: 400,
      body: { error: 'Bad Request', message: '_count ne peut pas dépasser 100' },
    }));
    const err = await makeClient(srv.baseUrl).search({ _count: 500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EclaireBadRequestError);
    expect((err as EclaireBadRequestError).upstreamMessage).toBe('_count ne peut pas dépasser 100');
    expect(srv.requests).toHaveLength(1);
  });

  it('times out a hanging response, retries, then gives up', async () => {
    const srv = await startScripted(() => 'hang');
    const client = makeClient(srv.baseUrl, { timeoutMs: 150, maxRetries: 1 });
    const err = await client.search({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EclaireUnavailableError);
    expect(String((err as Error).message)).toContain('délai');
    // Counted by the client as each attempt starts (the server may not have parsed a request when its timeout
    // fires on a starved machine).
    expect(client.stats.requests).toBe(2);
    expect(srv.requests.length).toBeLessThanOrEqual(2);
  });

  it('recovers when only the first response hangs', async () => {
    const srv = await startScripted((_req, n) => (n === 0 ? 'hang' : { status: 200, body: bundle(['A']) }));
    // A deadline long enough for the second answer on a loaded machine, short enough to end the first hang.
    const page = await makeClient(srv.baseUrl, { timeoutMs: 1_000 }).search({});
    expect(page.total).toBe(1);
  });

  it('retries a network error (connection refused) then gives up', async () => {
    const srv = await startScripted(() => ({ status: 200, body: bundle([]) }));
    const { baseUrl } = srv;
    await srv.close();
    servers.length = 0;
    const err = await makeClient(baseUrl, { maxRetries: 2 }).search({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EclaireUnavailableError);
    expect((err as EclaireUnavailableError).attempts).toBe(3);
  });

  it('retries invalid JSON a couple of times, then throws EclaireInvalidResponseError', async () => {
    const srv = await startScripted(() => ({ status: 200, body: '{"resourceType":"Bundle",' }));
    const before = warnings.length;
    const err = await makeClient(srv.baseUrl).search({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EclaireInvalidResponseError);
    expect((err as EclaireInvalidResponseError).url).toBe(`${srv.baseUrl}/ResearchStudy`);
    expect(srv.requests).toHaveLength(3);
    expect(warnings.slice(before).every((w) => JSON.stringify(w.meta).includes(srv.baseUrl))).toBe(true);
  });

  it('treats an HTML error page as invalid, and recovers when the next answer is good', async () => {
    const srv = await startScripted((_req, n) =>
      n === 0
        ? { status: 200, body: '<html><body>Bad gateway</body></html>', headers: { 'content-type': 'text/html' } }
        : { status: 200, body: bundle(['A']) },
    );
    await expect(makeClient(srv.baseUrl).search({})).resolves.toMatchObject({ total: 1 });
    expect(srv.requests).toHaveLength(2);
  });

  it('rejects a body that is not a Bundle', async () => {
    const srv = await startScripted(() => ({ status: 200, body: study('A') }));
    await expect(makeClient(srv.baseUrl, { maxRetries: 0 }).search({})).rejects.toBeInstanceOf(
      EclaireInvalidResponseError,
    );
  });

  it('stops at once when the caller aborts, even during a backoff', async () => {
    const srv = await startScripted(() => ({ status: 503, body: '' }));
    const controller = new AbortController();
    const client = makeClient(srv.baseUrl, { baseDelayMs: 10_000, maxDelayMs: 10_000 });
    const pending = client.search({}, { signal: controller.signal });
    while (srv.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(srv.requests).toHaveLength(1);
  });
});

describe('EclaireClient.readStudy / readResource', () => {
  it('reads a study by id', async () => {
    const srv = await startScripted(() => ({ status: 200, body: study('2022-500014-26-00') }));
    const s = await makeClient(srv.baseUrl).readStudy('2022-500014-26-00');
    expect(s?.id).toBe('2022-500014-26-00');
    expect(srv.requests[0].url).toBe('/R4/ResearchStudy/2022-500014-26-00');
  });

  it('returns null on a 404 OperationOutcome, without retrying', async () => {
    const srv = await startScripted(() => ({
      status: 404,
      body: outcome("Research study with id 'nope' not found"),
    }));
    const client = makeClient(srv.baseUrl);
    expect(await client.readStudy('nope')).toBeNull();
    expect(await client.readResource('Location', 'nope-1-site')).toBeNull();
    expect(srv.requests.map((r) => r.url)).toEqual(['/R4/ResearchStudy/nope', '/R4/Location/nope-1-site']);
  });

  it('returns null for an id that cannot exist, without calling the upstream', async () => {
    const srv = await startScripted(() => ({ status: 200, body: study('x') }));
    const client = makeClient(srv.baseUrl);
    expect(await client.readStudy('../Group/x')).toBeNull();
    expect(await client.readStudy('')).toBeNull();
    expect(srv.requests).toHaveLength(0);
  });

  it('rejects a resource of the wrong type or id', async () => {
    const srv = await startScripted((_req, n) => ({
      status: 200,
      body: n === 0 ? { resourceType: 'Group', id: 'A' } : study('B'),
    }));
    const client = makeClient(srv.baseUrl, { maxRetries: 0 });
    await expect(client.readStudy('A')).rejects.toBeInstanceOf(EclaireInvalidResponseError);
    await expect(client.readStudy('A')).rejects.toBeInstanceOf(EclaireInvalidResponseError);
  });
});

describe('EclaireClient.fetchRaw', () => {
  it('returns permanent errors as they are and retries 503', async () => {
    const srv = await startScripted((_req, n) =>
      n === 0 ? { status: 503, body: '' } : { status: 400, body: outcome('Failed to parse query [a:]'), headers: { etag: 'W/"1"' } },
    );
    const raw = await makeClient(srv.baseUrl).fetchRaw('/ResearchStudy?_text=a%3A', { accept: 'application/json' });
    expect(raw.status).toBe(400);
    expect(JSON.parse(raw.body).resourceType).toBe('OperationOutcome');
    expect(raw.headers['content-type']).toContain('application/fhir+json');
    expect(raw.headers.etag).toBe('W/"1"');
    expect(srv.requests).toHaveLength(2);
    expect(srv.requests[1].headers.accept).toBe('application/json');
  });

  it('refuses paths that would leave the FHIR base', async () => {
    const client = makeClient('http://127.0.0.1:9/R4', { maxRetries: 0 });
    await expect(client.fetchRaw('//evil.example/x')).rejects.toThrow();
    await expect(client.fetchRaw('/../admin')).rejects.toThrow();
    await expect(client.fetchRaw('http://evil.example/')).rejects.toThrow();
    await expect(client.fetchRaw('/%2e%2e/admin')).rejects.toThrow();
  });

  it('accepts dots in the query string', async () => {
    const srv = await startScripted(() => ({ status: 200, body: bundle([]) }));
    const raw = await makeClient(srv.baseUrl).fetchRaw('/ResearchStudy?_text=a/../b');
    expect(raw.status).toBe(200);
    expect(srv.requests[0].url).toBe('/R4/ResearchStudy?_text=a/../b');
  });
});

describe('getEclaireClient', () => {
  it('builds one client per process from the environment, on the shared limiter', async () => {
    const srv = await startScripted(() => ({ status: 200, body: bundle(['A']) }));
    const saved = { ...process.env };
    const key = Symbol.for('phare.eclaire.client');
    const holder = globalThis as Record<symbol, unknown>;
    delete holder[key];
    process.env.ECLAIRE_BASE_URL = `${srv.baseUrl}/`;
    process.env.ECLAIRE_MIN_INTERVAL_MS = '7';
    resetEnvForTests();
    try {
      const client = getEclaireClient();
      expect(getEclaireClient()).toBe(client);
      expect(getSharedRateLimiter().minIntervalMs).toBe(7);
      await expect(client.search({})).resolves.toMatchObject({ total: 1 });
      expect(srv.requests[0].url).toBe('/R4/ResearchStudy');
    } finally {
      process.env = saved;
      resetEnvForTests();
      delete holder[key];
    }
  });
});

describe('EclaireClient with a shared limiter', () => {
  it('takes one limiter slot for every attempt, retries included, and never calls in parallel', async () => {
    const srv = await startScripted((req, n) =>
      n % 3 === 1
        ? { status: 503, body: '' }
        : { status: 200, body: req.url?.endsWith('/A') ? study('A') : bundle(['A']) },
    );
    // The spacing between slots is the limiter's guarantee, tested with fake timers in rate-limiter.test.ts.
    // Here: every request leaves the client from inside a slot of the shared limiter, one slot per attempt.
    const inner = createRateLimiter({ minIntervalMs: 0 });
    let slots = 0;
    let inSlot = 0;
    const limiter = {
      ...inner,
      schedule<T>(fn: () => Promise<T>, signal?: AbortSignal) {
        return inner.schedule(async () => {
          slots++;
          inSlot++;
          try {
            return await fn();
          } finally {
            inSlot--;
          }
        }, signal);
      },
    } as typeof inner;
    const sentInSlot: number[] = [];
    const slotRecordingFetch: typeof fetch = (input, init) => {
      sentInSlot.push(inSlot);
      return fetch(input, init);
    };
    const a = makeClient(srv.baseUrl, { limiter, random: () => 0, fetch: slotRecordingFetch });
    const b = makeClient(srv.baseUrl, { limiter, random: () => 0, fetch: slotRecordingFetch });
    await Promise.all([a.search({}), b.search({}), a.readStudy('A'), b.search({})]);
    expect(srv.requests.length).toBeGreaterThanOrEqual(5);
    expect(sentInSlot).toHaveLength(srv.requests.length);
    expect(sentInSlot.every((n) => n === 1)).toBe(true);
    expect(slots).toBe(srv.requests.length);
    expect(srv.maxConcurrent).toBe(1);
  });
});
