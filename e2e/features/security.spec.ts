import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { test as base, mergeTests, type Page, type Response } from '@playwright/test';
import { expect, test as phareTest } from '../fixtures';

/**
 * Security headers, CSP with nonce (no violation on real pages), framing rules, the per-client API rate limit
 * and the absence of cookies, on the production build with the emulator (playwright.config.ts); origin poisoning
 * through forwarded headers and `Host`; headers of answers that skip the middleware; the test-only tile route.
 */

const EMBED_ORIGINS = (process.env.PHARE_EMBED_ORIGINS ?? 'https://www.sante.fr').split(/[\s,]+/).filter(Boolean);

interface CspWatch {
  /** CSP errors printed in the console. */
  consoleErrors: string[];
  /** `set-cookie` headers seen on any response of the page. */
  cookies: string[];
  /** `securitypolicyviolation` events fired in the page. */
  violations(): Promise<string[]>;
}

const cspTest = base.extend<{ cspWatch: CspWatch }>({
  cspWatch: async ({ page }, use) => {
    const consoleErrors: string[] = [];
    const cookies: string[] = [];
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
        consoleErrors.push(message.text());
      }
    });
    page.on('response', async (response) => {
      // A response that arrives as the test closes its page can no longer be read, and comes after the checks.
      const headers = await response.headersArray().catch((error: unknown) => {
        if (page.isClosed()) return [];
        throw error;
      });
      for (const header of headers) {
        if (header.name.toLowerCase() === 'set-cookie') cookies.push(`${response.url()}: ${header.value}`);
      }
    });
    await use({
      consoleErrors,
      cookies,
      violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    });
  },
});

const test = mergeTests(phareTest, cspTest);

function directive(csp: string, name: string): string | undefined {
  return csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));
}

/**
 * Waits until the page has run everything it loads: React has hydrated the heading (its node carries a fiber),
 * and a map, where there is one, has drawn its markers from the lazily loaded Leaflet chunk. Not « networkidle »:
 * tiles and prefetches can keep the network busy past the test's timeout on a loaded machine.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    return h1 !== null && Object.keys(h1).some((key) => key.startsWith('__reactFiber$'));
  });
  const map = page.getByRole('region', { name: 'Carte des lieux de recherche' });
  if ((await map.count()) > 0 && (await map.isVisible())) {
    await expect(map.getByRole('button', { name: /lieux? de recherche|: étude / }).first()).toBeVisible();
  }
}

async function visit(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBeLessThan(400);
  return response!;
}

test.describe('security headers on pages', () => {
  for (const path of ['/', '/recherche', '/glossaire']) {
    test(`${path} sends a strict CSP with a nonce and fires no violation`, async ({ page, cspWatch }) => {
      const response = await visit(page, path);
      const headers = await response.allHeaders();
      const csp = headers['content-security-policy'];
      expect(csp).toBeTruthy();

      const scriptSrc = directive(csp, 'script-src') ?? '';
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
      expect(nonce, 'nonce in script-src').toBeTruthy();
      expect(scriptSrc).toContain("'strict-dynamic'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive(csp, 'object-src')).toBe("object-src 'none'");
      expect(directive(csp, 'base-uri')).toBe("base-uri 'self'");

      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toBe('geolocation=(self), camera=(), microphone=(), payment=(), usb=()');
      expect(headers['set-cookie']).toBeUndefined();

      // Next put the request's nonce on its scripts (the attribute is hidden from the DOM, the property is not).
      const nextScript = page.locator('script[src*="/_next/"]').first();
      await expect(nextScript).toBeAttached();
      expect(await nextScript.evaluate((el) => (el as HTMLScriptElement).nonce)).toBe(nonce);

      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await settle(page);
      expect(await cspWatch.violations()).toEqual([]);
      expect(cspWatch.consoleErrors).toEqual([]);
      expect(cspWatch.cookies).toEqual([]);
    });
  }

  test('each request gets its own nonce', async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const csp = (await request.get('/glossaire')).headers()['content-security-policy'] ?? '';
      nonces.add(/'nonce-([^']+)'/.exec(csp)?.[1] ?? '');
    }
    expect(nonces.size).toBe(3);
  });

  test('/embed/recherche may be framed by the configured origins only', async ({ page, cspWatch }) => {
    const response = await visit(page, '/embed/recherche');
    const headers = await response.allHeaders();
    const frameAncestors = directive(headers['content-security-policy'] ?? '', 'frame-ancestors') ?? '';
    expect(frameAncestors).toContain("'self'");
    for (const origin of EMBED_ORIGINS) expect(frameAncestors).toContain(new URL(origin).origin);
    expect(frameAncestors).not.toContain("'none'");
    expect(headers['x-frame-options']).toBeUndefined();
    await settle(page);
    expect(await cspWatch.violations()).toEqual([]);
    expect(cspWatch.cookies).toEqual([]);
  });
});

test.describe('API responses', () => {
  test('keep their CDN Cache-Control, without CSP nonce or cookie', async ({ request }) => {
    const fhir = await request.get('/api/fhir/ResearchStudy?_count=1');
    expect(fhir.status()).toBe(200);
    expect(fhir.headers()['content-type']).toContain('application/fhir+json');
    expect(fhir.headers()['cache-control']).toBe('public, s-maxage=3600, stale-while-revalidate=86400');
    expect(fhir.headers()['content-security-policy']).toBeUndefined();
    expect(fhir.headers()['x-content-type-options']).toBe('nosniff');
    expect(fhir.headers()['set-cookie']).toBeUndefined();
  });

  test('answer other FHIR paths and hostile ids with a FHIR error, never a 5xx', async ({ request }) => {
    const other = await request.get('/api/fhir/Patient/1');
    expect(other.status()).toBe(404);
    expect((await other.json()).resourceType).toBe('OperationOutcome');

    for (const path of [
      '/api/fhir/ResearchStudy/..%2F..%2Fetc%2Fpasswd',
      '/api/fhir/ResearchStudy?identifier=http://evil.example',
      '/api/fhir/ResearchStudy?_include=Location',
      '/api/fhir/ResearchStudy?_text=%C3%28',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeGreaterThanOrEqual(400);
      expect(response.status(), path).toBeLessThan(500);
      expect(await response.text(), path).not.toMatch(/\n\s+at .+\.js:\d+/);
    }
  });

  test('everything is only read: another method answers 405 in French, in the form of the path', async ({ request }) => {
    const api = await request.post('/api/studies', { data: { maladie: 'cancer' } });
    expect(api.status()).toBe(405);
    expect(api.headers().allow).toBe('GET, HEAD');
    expect((await api.json()).error).toBe('Cette adresse se consulte seulement (GET ou HEAD).');

    const fhir = await request.delete('/api/fhir/ResearchStudy');
    expect(fhir.status()).toBe(405);
    const outcome = await fhir.json();
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0].code).toBe('not-supported');

    const page = await request.post('/recherche?maladie=cancer', { form: { maladie: 'cancer' } });
    expect(page.status()).toBe(405);
    expect(await page.text()).toBe('Cette adresse se consulte seulement (GET ou HEAD).');
  });

  test('FHIR full text is searched as words: Lucene syntax never fails upstream, text without a word is refused', async ({ request }) => {
    for (const text of ['"covid', 'covid/19', 'field:value', '*abc', 'a~10 AND (b']) {
      const response = await request.get(`/api/fhir/ResearchStudy?_count=1&_text=${encodeURIComponent(text)}`);
      expect([200, 404], text).toContain(response.status());
      expect((await response.json()).resourceType, text).toBe('Bundle');
    }
    const refused = await request.get(`/api/fhir/ResearchStudy?_text=${encodeURIComponent('/.*/')}`);
    expect(refused.status()).toBe(400);
    const outcome = await refused.json();
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0].diagnostics).toMatch(/^Paramètre « _text » refusé/);
  });

  test('/api/* beyond the per-client limit answers 429 with Retry-After; forged X-Forwarded-For values do not escape it', async ({ baseURL }) => {
    test.setTimeout(180_000);
    // Clients are told apart by their socket address (no proxy is trusted): each gets an address of its own on
    // the loopback network, and the attacker forges a new X-Forwarded-For on every request.
    const suffix = (Date.now() % 200) + 20;
    const attacker = `127.0.${suffix}.11`;
    const bystander = `127.0.${suffix}.12`;
    let limited: RawAnswer | undefined;
    let allowed = 0;
    // PHARE_API_RATE_LIMIT is 1,000 a minute for the e2e server; stop at the first refusal.
    for (let batch = 0; batch < 40 && !limited; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          rawGet(baseURL!, '/api/geo/suggest?q=Nantes', { 'x-forwarded-for': `10.${batch}.${i}.${suffix}` }, attacker),
        ),
      );
      for (const a of answers) {
        expect(a.headers['set-cookie']).toBeUndefined();
        if (a.status === 429) limited ??= a;
        else allowed++;
      }
    }
    expect(limited, 'a 429 after the limit, whatever the forged header').toBeDefined();
    expect(allowed).toBeGreaterThan(0);
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited!.body)).toEqual({ error: 'Trop de requêtes. Merci de patienter quelques secondes.' });

    // Another client is not affected, and health checks are never counted.
    expect((await rawGet(baseURL!, '/api/studies', {}, bystander)).status).not.toBe(429);
    expect((await rawGet(baseURL!, '/api/health', {}, attacker)).status).toBe(200);
  });
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request with any `Host` (Playwright's request context sets its own), and from a chosen local address (the
 * front door tells clients apart by their socket address): status, headers and body.
 */
function rawGet(baseURL: string, path: string, headers: Record<string, string>, localAddress?: string): Promise<RawAnswer> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path, method: 'GET', headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Answers that embed the public origin in absolute URLs. */
const ORIGIN_PATHS = ['/sitemap.xml', '/sitemap/0.xml', '/sitemap/1.xml', '/robots.txt', '/recherche/flux', '/recherche/flux?maladie=cancer'];
const POISON = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'x-forwarded-port': '443' };

test.describe('origin poisoning (PHARE_PUBLIC_URL unset, no trusted proxy)', () => {
  for (const path of ORIGIN_PATHS) {
    test(`${path} never names the X-Forwarded-Host, only the Host the reader used`, async ({ baseURL }) => {
      const answer = await rawGet(baseURL!, path, { host: new URL(baseURL!).host, ...POISON });
      expect(answer.status).toBe(200);
      expect(answer.body).not.toContain('evil.example');
      expect(answer.body).not.toMatch(/localhost:\d+/);
      if (!path.startsWith('/robots')) expect(answer.body).toContain(`${new URL(baseURL!).origin}/`);
    });
  }

  test('the Atom feed links to the origin the reader used, not the listening address', async ({ request, baseURL }) => {
    const feed = await (await request.get('/recherche/flux?maladie=cancer')).text();
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${new URL(baseURL!).origin}/recherche/flux?maladie=cancer"/>`);
    expect(feed).not.toContain('localhost');
  });

  test('pages (canonical link, JSON-LD, share link, QR code) never name the X-Forwarded-Host', async ({ request, baseURL }) => {
    const { results } = await (await request.get('/api/studies?recrutement=tous')).json();
    for (const path of [`/essais/${results[0].id}`, '/integrer', '/']) {
      const answer = await rawGet(baseURL!, path, { host: new URL(baseURL!).host, ...POISON });
      expect(answer.status, path).toBe(200);
      // A boolean, so that a failure does not print the whole page.
      expect(answer.body.includes('evil.example'), `${path} names evil.example`).toBe(false);
    }
  });

  test('a cacheable answer that embeds the Host says Vary: Host', async ({ request }) => {
    for (const path of ['/sitemap.xml', '/recherche/flux']) {
      const response = await request.get(path);
      expect(response.headers()['cache-control'], path).toMatch(/public/);
      expect(response.headers()['vary'] ?? '', path).toMatch(/\bHost\b/i);
    }
    // Next's metadata routes: a shared cache must revalidate them each time, or they must vary on Host too.
    for (const path of ['/robots.txt', '/sitemap/0.xml', '/sitemap/1.xml']) {
      const headers = (await request.get(path)).headers();
      const storedWithoutRevalidation = /(?:s-maxage|max-age)=[1-9]/.test(headers['cache-control'] ?? '');
      if (storedWithoutRevalidation) expect(headers['vary'] ?? '', path).toMatch(/\bHost\b/i);
      else expect(headers['cache-control'], path).toMatch(/max-age=0|no-store|no-cache|private/);
    }
  });

  test('a forged Host is named only as itself (the cache key), a malformed one never', async ({ baseURL }) => {
    const named = await rawGet(baseURL!, '/sitemap.xml', { host: 'autre.example' });
    expect(named.status).toBe(200);
    expect(named.body).toContain('<loc>https://autre.example/sitemap/0.xml</loc>');

    for (const host of ['evil.example/<script>', 'a@evil.example', 'phare.fr, evil.example', 'evil.example:99999', '-evil.example']) {
      for (const path of ['/sitemap.xml', '/recherche/flux']) {
        const answer = await rawGet(baseURL!, path, { host });
        expect(answer.status, `${path} Host: ${host}`).toBeLessThan(500);
        expect(answer.body, `${path} Host: ${host}`).not.toContain('evil.example');
        expect(answer.body, `${path} Host: ${host}`).not.toContain('<script>');
        if (answer.status === 200) expect(answer.body).toContain('http://localhost/');
      }
    }
  });
});

test.describe('answers that skip the middleware', () => {
  test('files and metadata routes carry HSTS, nosniff and a strict CSP', async ({ request }) => {
    const home = await (await request.get('/')).text();
    const staticFile = /\/_next\/static\/[^"'\s]+\.js/.exec(home)?.[0];
    expect(staticFile, 'a _next/static file named by the home page').toBeTruthy();
    for (const path of ['/robots.txt', '/sitemap.xml', '/sitemap/0.xml', '/tiles/blank.png', '/favicon.ico', '/tuiles-test/1/2/3.png', staticFile!]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(response.status(), path).toBeLessThan(500);
      expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      const csp = headers['content-security-policy'] ?? '';
      expect(directive(csp, 'default-src'), path).toBe("default-src 'none'");
      expect(directive(csp, 'frame-ancestors'), path).toBe("frame-ancestors 'none'");
      expect(csp, path).not.toContain('nonce-');
      // One policy only: a second would be enforced as well.
      expect(csp.split(',').length, path).toBe(1);
    }
  });

  test('the blank test tile is served when the test flag is on', async ({ request }) => {
    const tile = await request.get('/tuiles-test/3/4/5.png');
    expect(tile.status()).toBe(200);
    expect(tile.headers()['content-type']).toBe('image/png');
  });
});

/** A second production server on the same build, without the test flag and behind one trusted proxy. */
test.describe('another configuration of the same build', () => {
  let server: ChildProcess | undefined;
  let spareURL = '';
  let dataDir = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const port = await freePort();
    spareURL = `http://127.0.0.1:${port}`;
    dataDir = await mkdtemp(join(os.tmpdir(), 'phare-e2e-spare-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      PHARE_DATA_DIR: dataDir,
      PHARE_DEMO: '0',
      PHARE_SYNC_INTERVAL_MINUTES: '0',
      // Nothing listens there: this server never calls the emulator.
      ECLAIRE_BASE_URL: 'http://127.0.0.1:9/R4',
      PHARE_TRUSTED_PROXIES: '1',
    };
    delete env.PHARE_TEST_TILES;
    delete env.PHARE_PUBLIC_URL;
    // Served as `npm start` serves (primary and one worker behind the front door), on the suite's build.
    env.PHARE_WORKERS = '1';
    server = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'scripts', 'server.ts')], { cwd: process.cwd(), env, stdio: 'ignore' });
    let exited: string | undefined;
    server.on('exit', (code, signal) => (exited = `code ${code}, signal ${signal}`));
    await expect
      .poll(
        async () => {
          // Fail fast: a server that died will never answer.
          if (exited !== undefined) throw new Error(`Le second serveur s’est arrêté (${exited}).`);
          return (await fetch(`${spareURL}/robots.txt`).catch(() => undefined))?.status;
        },
        { timeout: 90_000, intervals: [500] },
      )
      .toBe(200);
  });

  test.afterAll(async () => {
    if (server?.pid) server.kill('SIGTERM');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('the blank-tile test route answers 404 without PHARE_TEST_TILES', async () => {
    for (const path of ['/tuiles-test/1/2/3.png', '/tuiles-test/x']) {
      const response = await fetch(`${spareURL}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type') ?? '', path).not.toContain('image/png');
    }
  });

  test('behind one trusted proxy, the origin is what that proxy forwarded, not what the client sent before it', async () => {
    const answer = await rawGet(spareURL, '/sitemap.xml', {
      host: '127.0.0.1',
      'x-forwarded-host': 'evil.example, phare.example',
      'x-forwarded-proto': 'http, https',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<loc>https://phare.example/sitemap/0.xml</loc>');
    expect(answer.body).not.toContain('evil.example');
    expect(answer.headers.vary ?? '').toMatch(/X-Forwarded-Host/i);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
