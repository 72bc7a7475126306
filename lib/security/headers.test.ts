import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  buildPageSecurityHeaders,
  classifyPath,
  createNonce,
  NON_PAGE_HEADER_SOURCES,
  NON_PAGE_SECURITY_HEADERS,
  sanitiseOrigins,
  tileOrigin,
} from './headers';

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

const TILE = 'https://data.geopf.fr/wmts?SERVICE=WMTS&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';

describe('buildContentSecurityPolicy', () => {
  it('builds a strict policy with the nonce, strict-dynamic and the tile origin', () => {
    const csp = directives(
      buildContentSecurityPolicy({ nonce: 'abc123==', isDev: false, tileOrigin: 'https://data.geopf.fr', frameAncestors: [] }),
    );
    expect(csp['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://data.geopf.fr']);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['font-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(JSON.stringify(csp)).not.toContain('unsafe-eval');
  });

  it("allows 'unsafe-eval' only in development", () => {
    const dev = directives(buildContentSecurityPolicy({ nonce: 'n', isDev: true, frameAncestors: [] }));
    expect(dev['script-src']).toContain("'unsafe-eval'");
  });
});

describe('buildPageSecurityHeaders', () => {
  const base = { nonce: 'bm9uY2U=', isDev: false, tileUrl: TILE, embedOrigins: ['https://www.sante.fr'] };

  it('gives pages the CSP (request and response), HSTS, no framing and the other headers', () => {
    const { request, response } = buildPageSecurityHeaders({ ...base, pathname: '/recherche' });
    expect(request['x-nonce']).toBe('bm9uY2U=');
    expect(request['Content-Security-Policy']).toBe(response['Content-Security-Policy']);
    expect(response['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(response['Content-Security-Policy']).toContain('img-src \'self\' data: blob: https://data.geopf.fr');
    expect(response['X-Frame-Options']).toBe('DENY');
    expect(response['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(response['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(response['Permissions-Policy']).toBe('geolocation=(self), camera=(), microphone=(), payment=(), usb=()');
    expect(response['X-Content-Type-Options']).toBe('nosniff');
  });

  it('lets the configured origins frame /embed/* and drops X-Frame-Options there', () => {
    const { response } = buildPageSecurityHeaders({ ...base, pathname: '/embed/recherche' });
    expect(response['Content-Security-Policy']).toContain("frame-ancestors 'self' https://www.sante.fr");
    expect(response['X-Frame-Options']).toBeUndefined();
  });

  it('keeps injection out of the policy from a bad configuration', () => {
    const { response } = buildPageSecurityHeaders({
      ...base,
      pathname: '/embed/essais/x',
      embedOrigins: ["https://ok.example/path", "*; script-src 'unsafe-inline'", 'javascript:alert(1)'],
      tileUrl: "https://tiles.example/{z}/{x}/{y}.png; script-src *",
    });
    const csp = response['Content-Security-Policy'];
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/ok\.example$/);
    expect(csp).toContain("img-src 'self' data: blob: https://tiles.example;");
    expect(csp.match(/script-src/g)).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('classifies paths', () => {
    expect(classifyPath('/')).toBe('page');
    expect(classifyPath('/recherche')).toBe('page');
    expect(classifyPath('/embed/recherche')).toBe('embed');
    expect(classifyPath('/api/studies')).toBe('api');
    expect(classifyPath('/_next/static/chunks/a.js')).toBe('asset');
    expect(classifyPath('/robots.txt')).toBe('asset');
    expect(classifyPath('/tuiles-test/1/2/3.png')).toBe('asset');
    expect(classifyPath('/essais/2022-500014-26-00')).toBe('page');
  });

  it('extracts origins and sanitises lists', () => {
    expect(tileOrigin(TILE)).toBe('https://data.geopf.fr');
    expect(tileOrigin('http://127.0.0.1:3100/tuiles-test/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:3100');
    expect(tileOrigin('not a url')).toBeUndefined();
    expect(sanitiseOrigins(['https://a.fr', 'https://a.fr/x', 'ftp://b.fr', 'x'])).toEqual(['https://a.fr']);
  });

  it('creates a fresh base64 nonce of 128 bits each time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe('headers of answers that skip the middleware (next.config.mjs)', () => {
  // Next's own copy of path-to-regexp, compiled as Next compiles `headers()` sources.
  const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
    pathToRegexp(source: string, keys: unknown[], options: object): RegExp;
  };
  const matchers = NON_PAGE_HEADER_SOURCES.map((source) => pathToRegexp(source, [], { strict: true, sensitive: false, delimiter: '/' }));
  const covered = (path: string) => matchers.some((re) => re.test(path));

  it('next.config.mjs sets exactly these headers on exactly these paths', async () => {
    const config = (await import('../../next.config.mjs' as string)) as {
      default: { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    };
    const rules = await config.default.headers();
    expect(rules.map((r) => r.source)).toEqual(NON_PAGE_HEADER_SOURCES);
    for (const rule of rules) {
      expect(Object.fromEntries(rule.headers.map((h) => [h.key, h.value]))).toEqual(NON_PAGE_SECURITY_HEADERS);
    }
  });

  it('forbids everything but the site’s own styles and images, and framing', () => {
    const csp = directives(NON_PAGE_SECURITY_HEADERS['Content-Security-Policy']);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['script-src']).toBeUndefined();
    expect(NON_PAGE_SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(NON_PAGE_SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
  });

  it('covers every asset path the middleware leaves alone, and no page or API path', () => {
    const paths = [
      '/',
      '/recherche',
      '/recherche/flux',
      '/essais/2022-500014-26-00',
      '/embed/recherche',
      '/embed/essais/2021-A01022-39',
      '/glossaire',
      '/api/studies',
      '/api/fhir/ResearchStudy/x.json',
      '/robots.txt',
      '/sitemap.xml',
      '/sitemap/0.xml',
      '/favicon.ico',
      '/tiles/blank.png',
      '/tuiles-test/1/2/3.png',
      '/tuiles-test/x',
      '/_next/static/chunks/app/page-abc.js',
      '/_next/static/css/a.css',
      '/_next/image',
    ];
    for (const path of paths) {
      const kind = classifyPath(path);
      expect(covered(path), `${path} (${kind})`).toBe(kind === 'asset');
    }
  });
});
