import { test as base, mergeTests, request as playwrightRequest, type APIResponse, type Page, type Response } from '@playwright/test';
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

  test('/api/* beyond the per-client limit answers 429 with Retry-After', async ({ baseURL }) => {
    test.setTimeout(120_000);
    // A client of its own (distinct first hop of x-forwarded-for), so that other tests keep their quota.
    const client = `198.51.100.${(Date.now() % 200) + 20}`;
    const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': client } });
    const other = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${(Date.now() % 200) + 20}` },
    });
    try {
      let limited: APIResponse | undefined;
      let allowed = 0;
      // PHARE_API_RATE_LIMIT defaults to 300 per minute (up to 3,000 tried); stop at the first refusal.
      for (let batch = 0; batch < 70 && !limited; batch++) {
        // A cheap API answer: the limiter counts every /api/* request alike.
        const responses = await Promise.all(Array.from({ length: 50 }, () => context.get('/api/geo/suggest?q=Nantes')));
        for (const r of responses) {
          expect(r.headers()['set-cookie']).toBeUndefined();
          if (r.status() === 429) limited ??= r;
          else allowed++;
        }
      }
      expect(limited, 'a 429 after the limit').toBeDefined();
      expect(allowed).toBeGreaterThan(0);
      expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
      expect(await limited!.json()).toEqual({ error: 'Trop de requêtes. Merci de patienter quelques secondes.' });

      // Another client is not affected.
      expect((await other.get('/api/studies')).status()).not.toBe(429);
    } finally {
      await context.dispose();
      await other.dispose();
    }
  });
});
