import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createRequestBudget } from '@/lib/security/rate-limit';
import { createFrontDoor, type FrontDoorOptions, RENDER_USER_AGENT, type RenderedResponse, withVary } from './front-door';
import { createPageCache } from './page-cache';
import { RENDER_ID_HEADER, setPageStatus, takePageStatus } from './page-status';

/** A real HTTP server with the front door in front of a scripted « Next.js ». */
async function start(over: Partial<FrontDoorOptions> & { page?: (path: string, headers: http.IncomingHttpHeaders) => RenderedResponse } = {}) {
  const cache = createPageCache();
  const renders: { path: string; headers: http.IncomingHttpHeaders }[] = [];
  const handled: string[] = [];
  let version = 'v1';
  const page =
    over.page ??
    ((path: string, headers: http.IncomingHttpHeaders) => ({
      status: 200,
      headers: [
        ['content-type', 'text/html; charset=utf-8'],
        ['content-security-policy', `script-src 'nonce-${headers['x-phare-nonce']}' 'strict-dynamic'`],
      ] as [string, string][],
      body: `<html><script nonce="${headers['x-phare-nonce']}">1</script><p>${path} ${'x'.repeat(2000)}</p></html>`,
    }));
  const door = createFrontDoor({
    handle: (req, res) => {
      handled.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ headers: req.headers }));
    },
    render: async (req, extra) => {
      const headers = { ...req.headers, ...extra };
      renders.push({ path: req.url ?? '', headers });
      return page(req.url ?? '', headers);
    },
    cache,
    secret: 'secret',
    trustedProxies: 0,
    budgets: {
      api: createRequestBudget({ name: `api-${Math.random()}`, points: 3 }),
      pages: createRequestBudget({ name: `pages-${Math.random()}`, points: 2 }),
    },
    dataKey: () => version,
    health: async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"ok"}' }),
    // A fixed day: a test run across midnight in Paris would otherwise see its page cache change key.
    today: () => '2026-11-30',
    ...over,
  });
  const server = http.createServer(door);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, cache, renders, handled, setVersion: (v: string) => (version = v) };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** A render's request headers as a page reads them (`headers()` of next/headers). */
const asRequestHeaders = (headers: http.IncomingHttpHeaders) => ({ get: (name: string) => (headers[name] as string | undefined) ?? null });

const nonces = (html: string) => [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);

describe('front door: the page cache', () => {
  it('renders a page once per data version and serves it with a fresh nonce every time', async () => {
    const t = await start();
    const a = await fetch(`${t.base}/essais/X`);
    const b = await fetch(`${t.base}/essais/X`);
    expect(a.headers.get('x-phare-cache')).toBe('miss');
    expect(b.headers.get('x-phare-cache')).toBe('hit');
    const [ha, hb] = [await a.text(), await b.text()];
    expect(t.renders).toHaveLength(1);
    expect(nonces(ha)[0]).not.toBe(nonces(hb)[0]);
    // The nonce of the body is the nonce of the policy, and the placeholder never leaves the process.
    expect(b.headers.get('content-security-policy')).toContain(`'nonce-${nonces(hb)[0]}'`);
    expect(ha + hb).not.toContain(t.cache.placeholder);
    expect(t.renders[0].headers['x-phare-nonce']).toBe(t.cache.placeholder);

    t.setVersion('v2');
    expect((await fetch(`${t.base}/essais/X`)).headers.get('x-phare-cache')).toBe('miss');
    expect(t.renders).toHaveLength(2);
  });

  it('renders for the cache with a User-Agent of its own, whoever asked first (with one, or none)', async () => {
    const t = await start();
    // (fetch always sends a User-Agent: node:http sends none unless told.)
    const withAgent = (path: string, headers: http.OutgoingHttpHeaders) =>
      new Promise<void>((resolve) => http.get(`${t.base}${path}`, { headers }, (res) => res.resume().on('end', resolve)));
    await withAgent('/essais/SANS-AGENT', {});
    await withAgent('/essais/AVEC-AGENT', { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/131' });
    expect(t.renders.map((r) => r.headers['user-agent'])).toEqual([RENDER_USER_AGENT, RENDER_USER_AGENT]);
  });

  it('keys on the host, and never caches what is not a successful document', async () => {
    let status = 404;
    const t = await start({
      page: (path, headers) => ({ status, headers: [['content-type', 'text/html']], body: `<p nonce="${headers['x-phare-nonce']}">${path}</p>` }),
    });
    await fetch(`${t.base}/essais/INCONNUE`);
    await fetch(`${t.base}/essais/INCONNUE`);
    expect(t.renders).toHaveLength(2);
    status = 200;
    // (fetch cannot set Host: node:http can.)
    const withHost = (host: string) =>
      new Promise<void>((resolve) => http.get(`${t.base}/a-propos`, { headers: { host } }, (res) => res.resume().on('end', resolve)));
    await withHost('a.example');
    await withHost('b.example');
    await withHost('a.example');
    expect(t.renders).toHaveLength(4);
  });

  it('answers with the status a page asked for under its render id (page-status.ts), and does not cache it', async () => {
    const t = await start({
      budgets: {
        api: createRequestBudget({ name: `api-${Math.random()}`, points: 10 }),
        pages: createRequestBudget({ name: `pages-${Math.random()}`, points: 10 }),
      },
      page: (path, headers) => {
        const asked = asRequestHeaders(headers);
        if (path.includes('region=99')) setPageStatus(asked, 400);
        if (path.includes('pret=non') || path.includes('EN-PANNE')) setPageStatus(asked, 503);
        if (path.includes('REDIRIGEE')) setPageStatus(asked, 400);
        return {
          status: path.includes('EN-PANNE') ? 404 : path.includes('REDIRIGEE') ? 307 : 200,
          headers: [['content-type', 'text/html; charset=utf-8'], ['cache-control', 'private, no-store']],
          body: `<p nonce="${headers['x-phare-nonce']}">${path} ${'x'.repeat(2000)}</p>`,
        };
      },
    });
    const bad = await fetch(`${t.base}/recherche?region=99`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('retry-after')).toBeNull();
    // The page's own text is the answer, with its nonce replaced like any other.
    const text = await bad.text();
    expect(text).toContain('/recherche?region=99');
    expect(text).not.toContain(t.cache.placeholder);
    expect((await fetch(`${t.base}/recherche?region=99`)).status).toBe(400);
    expect(t.renders).toHaveLength(2);

    const loading = await fetch(`${t.base}/embed/recherche?pret=non`);
    expect(loading.status).toBe(503);
    expect(Number(loading.headers.get('retry-after'))).toBeGreaterThan(0);

    // A study that cannot be looked up for now: Next.js's 404 becomes a 503. A redirect stays one.
    const down = await fetch(`${t.base}/essais/EN-PANNE`);
    expect(down.status).toBe(503);
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fetch(`${t.base}/recherche?lieu=REDIRIGEE`, { redirect: 'manual' })).status).toBe(307);

    // Each render has an id of its own, the page that did not ask answers 200, and no record outlives its render.
    expect((await fetch(`${t.base}/recherche?region=11`)).status).toBe(200);
    const ids = t.renders.map((r) => r.headers[RENDER_ID_HEADER]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(takePageStatus(String(id))).toBeUndefined();
  });

  it('answers 405 to a method other than GET and HEAD, in French and in the form of the path, without Next.js', async () => {
    const t = await start();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await fetch(`${t.base}/essais/X`, { method, body: method === 'OPTIONS' ? undefined : 'x=1' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(await res.text()).toContain('Cette adresse se consulte seulement');
    }
    expect((await fetch(`${t.base}/sitemap.xml`, { method: 'POST' })).status).toBe(405);
    // The API says it in its own form: JSON, or a FHIR OperationOutcome for the proxy.
    const api = await fetch(`${t.base}/api/studies`, { method: 'POST', body: '{}' });
    expect(api.status).toBe(405);
    expect(api.headers.get('allow')).toBe('GET, HEAD');
    expect(await api.json()).toEqual({ error: 'Cette adresse se consulte seulement (GET ou HEAD).' });
    const fhir = await fetch(`${t.base}/api/fhir/ResearchStudy`, { method: 'DELETE' });
    expect(fhir.status).toBe(405);
    expect(fhir.headers.get('content-type')).toContain('application/fhir+json');
    expect(await fhir.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-supported' }] });
    expect(t.renders).toHaveLength(0);
    expect(t.handled).toEqual([]);
    expect((await fetch(`${t.base}/essais/X`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${t.base}/api/studies`, { method: 'HEAD' })).status).toBe(200);
  });

  it('never lets a client pick a render id', async () => {
    const t = await start({
      page: (path, headers) => {
        setPageStatus(asRequestHeaders(headers), 400);
        return { status: 200, headers: [['content-type', 'text/html']], body: `<p nonce="${headers['x-phare-nonce']}">${path}</p>` };
      },
    });
    const res = await fetch(`${t.base}/recherche?region=99`, { headers: { [RENDER_ID_HEADER]: 'choisi-par-le-client' } });
    expect(res.status).toBe(400);
    expect(t.renders[0].headers[RENDER_ID_HEADER]).not.toBe('choisi-par-le-client');
    expect(takePageStatus('choisi-par-le-client')).toBeUndefined();
  });

  it('passes client-side navigations (RSC payloads) and assets straight to Next.js', async () => {
    const t = await start();
    await fetch(`${t.base}/recherche`, { headers: { rsc: '1' } });
    await fetch(`${t.base}/recherche?_rsc=abc`);
    await fetch(`${t.base}/_next/static/chunk.js`);
    await fetch(`${t.base}/robots.txt`);
    expect(t.renders).toHaveLength(0);
    expect(t.handled).toEqual(['/recherche', '/recherche?_rsc=abc', '/_next/static/chunk.js', '/robots.txt']);
  });

  it('sends the parts of a document that nothing makes interactive once, as HTML (frozen-parts.ts), cached or not', async () => {
    const flight = (nonce: string) =>
      ['9:I["1",[],"Frozen"]\n', `0:${JSON.stringify({ f: [['$', '$L9', null, { part: 'a', children: ['$', 'p', null, { children: 'Texte long' }] }]] })}\n`]
        .map((row) => `<script nonce="${nonce}">self.__next_f.push(${JSON.stringify([1, row])})</script>`)
        .join('');
    let status = 200;
    const t = await start({
      page: (path, headers) => ({
        status,
        headers: [['content-type', 'text/html; charset=utf-8']],
        body: `<html><section data-frozen="a"><p>Texte long</p></section>${flight(String(headers['x-phare-nonce']))}</html>`,
      }),
    });
    for (const path of ['/essais/X', '/essais/X', '/recherche?q=1']) {
      const html = await (await fetch(`${t.base}${path}`)).text();
      expect(html.match(/Texte long/g), path).toHaveLength(1);
      expect(html.match(/__next_f\.push/g), path).toHaveLength(1);
      expect(html).toMatch(/<script nonce="[^"]+">self\.__next_f\.push\(\[1,"9:I/);
    }
    status = 404;
    expect((await (await fetch(`${t.base}/essais/Y`)).text()).match(/Texte long/g)).toHaveLength(1);
  });

  it('compresses for clients that accept gzip', async () => {
    const t = await start();
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      http.get(`${t.base}/glossaire`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toContain('/glossaire');
  });

  it('keeps what a page varies on when it compresses (the feed varies on Host)', async () => {
    const t = await start({
      page: () => ({
        status: 200,
        headers: [
          ['content-type', 'application/atom+xml'],
          ['vary', 'Host'],
        ],
        body: 'x'.repeat(4000),
      }),
    });
    for (const encoding of ['gzip', 'identity']) {
      const vary = await new Promise<string | undefined>((resolve) => {
        http.get(`${t.base}/recherche/flux`, { headers: { 'accept-encoding': encoding } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.headers.vary));
        });
      });
      expect(vary, encoding).toMatch(/\bHost\b/);
      if (encoding === 'gzip') expect(vary).toMatch(/\bAccept-Encoding\b/);
    }
  });
});

describe('withVary', () => {
  it('adds a field once, keeps the others, and leaves * alone', () => {
    expect(withVary(undefined, 'Accept-Encoding')).toBe('Accept-Encoding');
    expect(withVary('Host', 'Accept-Encoding')).toBe('Host, Accept-Encoding');
    expect(withVary(['Host', 'RSC'], 'Accept-Encoding')).toBe('Host, RSC, Accept-Encoding');
    expect(withVary('accept-encoding, Host', 'Accept-Encoding')).toBe('accept-encoding, Host');
    expect(withVary('*', 'Accept-Encoding')).toBe('*');
  });
});

describe('front door: budgets and headers', () => {
  it('counts /api per client and answers 429 in French with Retry-After; /api/health is never counted', async () => {
    const t = await start();
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${t.base}/api/studies`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await fetch(`${t.base}/api/studies`);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/Trop de requêtes/) });
    for (let i = 0; i < 10; i++) expect((await fetch(`${t.base}/api/health`)).status).toBe(200);
  });

  it('ignores forged X-Forwarded-For values: they do not escape the limit', async () => {
    const t = await start();
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await fetch(`${t.base}/api/studies`, { headers: { 'x-forwarded-for': `10.0.${i}.${i}` } })).status);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  });

  it('budgets search pages only when they are not served from the cache', async () => {
    const t = await start();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${t.base}/recherche?maladie=cancer${i}`)).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
    // Cached pages cost nothing.
    for (let i = 0; i < 4; i++) expect((await fetch(`${t.base}/recherche?maladie=cancer0`)).status).toBe(200);
    // Other pages are not search pages.
    expect((await fetch(`${t.base}/glossaire`)).status).toBe(200);
  });

  it('removes the headers that would let a client pass as the front door', async () => {
    const t = await start();
    const res = await fetch(`${t.base}/api/studies`, { headers: { 'x-phare-front-door': 'secret', 'x-phare-nonce': 'AAAAAAAAAAAAAAAAAAAA' } });
    const { headers } = (await res.json()) as { headers: Record<string, string> };
    expect(headers['x-phare-front-door']).toBeUndefined();
    expect(headers['x-phare-nonce']).toBeUndefined();
  });
});
