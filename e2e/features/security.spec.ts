import http from 'node:http';
import { test as base, mergeTests, type Page, type Response } from '@playwright/test';
import { expect, test as phareTest } from '../fixtures';

/**
 * Security headers, CSP with nonce (no violation on real pages), framing rules, the per-client API rate limit
 * and the absence of cookies, on the production build with the emulator (playwright.config.ts).
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
      for (const header of await response.headersArray()) {
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
      await page.waitForLoadState('networkidle');
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
    await page.waitForLoadState('networkidle');
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

  test('/api/* beyond the per-client limit answers 429 with Retry-After; forged X-Forwarded-For values do not escape it', async ({ baseURL }) => {
    test.setTimeout(180_000);
    // Clients are told apart by their socket address (no proxy is trusted): each gets an address of its own on
    // the loopback network, and the attacker forges a new X-Forwarded-For on every request.
    const suffix = (Date.now() % 200) + 20;
    const attacker = `127.0.${suffix}.11`;
    const bystander = `127.0.${suffix}.12`;
    let limited: HttpAnswer | undefined;
    let allowed = 0;
    // PHARE_API_RATE_LIMIT is 1,000 a minute for the e2e server; stop at the first refusal.
    for (let batch = 0; batch < 40 && !limited; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          httpGet(baseURL!, '/api/geo/suggest?q=Nantes', attacker, { 'x-forwarded-for': `10.${batch}.${i}.${suffix}` }),
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
    expect((await httpGet(baseURL!, '/api/studies', bystander)).status).not.toBe(429);
    expect((await httpGet(baseURL!, '/api/health', attacker)).status).toBe(200);
  });
});

interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET from a chosen local address (Playwright's request context cannot choose one). */
function httpGet(baseURL: string, path: string, localAddress: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, baseURL), { localAddress, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
