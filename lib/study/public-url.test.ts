import { describe, expect, it, vi } from 'vitest';
import { createPrng } from '@/lib/demo/prng';
import { originVary, requestOrigin, warnWhenPublicUrlMissing } from './public-url';

const h = (m: Record<string, string>) => ({ get: (n: string) => m[n.toLowerCase()] ?? null });

/** What a valid origin looks like: scheme, then a lower-case hostname or IP literal and an optional port. */
const SAFE_ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

describe('requestOrigin with PHARE_PUBLIC_URL', () => {
  it('always answers the configured origin, whatever the headers say', () => {
    const headers = h({ host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    expect(requestOrigin('https://phare.example/x', headers)).toBe('https://phare.example');
    expect(requestOrigin('https://phare.example:8443/', headers, 2)).toBe('https://phare.example:8443');
  });
});

describe('requestOrigin without trusted proxies (the default)', () => {
  it('ignores X-Forwarded-Host: the origin is the Host the reader used', () => {
    expect(requestOrigin(undefined, h({ host: 'phare.fr', 'x-forwarded-host': 'evil.example' }))).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: '127.0.0.1:3100', 'x-forwarded-host': 'evil.example' }))).toBe('http://127.0.0.1:3100');
    expect(requestOrigin(undefined, h({ host: 'phare.fr', 'x-forwarded-host': 'evil.example' }), 0)).toBe('https://phare.fr');
  });

  it('ignores X-Forwarded-Proto: https for names, http for loopback and IP literals', () => {
    expect(requestOrigin(undefined, h({ host: 'phare.fr', 'x-forwarded-proto': 'http' }))).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: '127.0.0.1:3100', 'x-forwarded-proto': 'https' }))).toBe('http://127.0.0.1:3100');
    expect(requestOrigin(undefined, h({ host: 'localhost:3000' }))).toBe('http://localhost:3000');
    expect(requestOrigin(undefined, h({ host: 'app.localhost' }))).toBe('http://app.localhost');
    expect(requestOrigin(undefined, h({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
    expect(requestOrigin(undefined, h({ host: '192.168.1.20:3000' }))).toBe('http://192.168.1.20:3000');
  });

  it('normalises a valid Host: lower case, no trailing dot, no default port', () => {
    expect(requestOrigin(undefined, h({ host: 'PHARE.Example.FR' }))).toBe('https://phare.example.fr');
    expect(requestOrigin(undefined, h({ host: 'phare.fr.' }))).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: 'phare.fr:443' }))).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: 'phare.fr:8443' }))).toBe('https://phare.fr:8443');
    expect(requestOrigin(undefined, h({ host: 'xn--phare-pta.fr' }))).toBe('https://xn--phare-pta.fr');
    expect(requestOrigin(undefined, h({ host: '[2001:DB8::1]' }))).toBe('http://[2001:db8::1]');
  });

  const forgedHosts = [
    '',
    ' ',
    'bad host/<x>',
    'evil.example/path',
    'evil.example?x=1',
    'evil.example#x',
    'user@evil.example',
    'evil.example\\@phare.fr',
    '"><script>alert(1)</script>',
    'phare.fr, evil.example',
    'phare.fr evil.example',
    'evil.example:',
    'evil.example:0',
    'evil.example:65536',
    'evil.example:99999999',
    'evil.example:80:80',
    'evil.example:abc',
    '-evil.example',
    'evil-.example',
    'evil..example',
    '.evil.example',
    `${'a'.repeat(64)}.example`,
    `${'a.'.repeat(127)}fr`,
    'évil.example',
    'evil_example.fr',
    'evil.example%2F',
    'evil.example\u0000',
    'evil.example\r\nSet-Cookie: a=b',
    '1.2.3',
    '256.1.1.1',
    '0x7f.0.0.1',
    '[::1',
    '[evil.example]',
    '[::g]',
    'javascript:alert(1)',
  ];

  it.each(forgedHosts)('never reflects the forged Host %j: a safe fallback instead', (host) => {
    const origin = requestOrigin(undefined, h({ host }));
    expect(origin).toBe('http://localhost');
  });

  it('falls back when there is no Host at all', () => {
    expect(requestOrigin(undefined, h({}))).toBe('http://localhost');
  });
});

describe('requestOrigin behind trusted proxies', () => {
  it('reads X-Forwarded-Host and X-Forwarded-Proto set by the proxy', () => {
    const headers = h({ host: 'phare-interne:3000', 'x-forwarded-host': 'phare.fr', 'x-forwarded-proto': 'https' });
    expect(requestOrigin(undefined, headers, 1)).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: 'phare.fr', 'x-forwarded-proto': 'http' }), 1)).toBe('http://phare.fr');
  });

  it('takes what the outermost trusted proxy wrote, not what the client sent before it', () => {
    const appended = h({ host: 'interne', 'x-forwarded-host': 'evil.example, phare.fr', 'x-forwarded-proto': 'http, https' });
    expect(requestOrigin(undefined, appended, 1)).toBe('https://phare.fr');
    const twoHops = h({ host: 'interne', 'x-forwarded-host': 'evil.example, phare.fr, lb.interne', 'x-forwarded-proto': 'http,https,http' });
    expect(requestOrigin(undefined, twoHops, 2)).toBe('https://phare.fr');
    // Proxies that overwrite rather than append leave a single value, written by a trusted proxy.
    expect(requestOrigin(undefined, h({ host: 'interne', 'x-forwarded-host': 'phare.fr' }), 2)).toBe('https://phare.fr');
  });

  it('falls back to Host when the forwarded host is missing or invalid, never reflecting it', () => {
    expect(requestOrigin(undefined, h({ host: 'phare.fr' }), 1)).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: 'phare.fr', 'x-forwarded-host': 'evil.example/<x>' }), 1)).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: 'bad/host', 'x-forwarded-host': 'bad host' }), 1)).toBe('http://localhost');
    expect(requestOrigin(undefined, h({ host: 'phare.fr', 'x-forwarded-proto': 'javascript' }), 1)).toBe('https://phare.fr');
  });
});

describe('requestOrigin on random input', () => {
  it('answers a well-formed origin, never a raw header', () => {
    const random = createPrng(42);
    const alphabet = 'aZ09.-:[]/\\@?#%<>"\' ,\u0000\r\néx_';
    for (let i = 0; i < 5_000; i++) {
      const value = Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const trusted of [0, 1]) {
        const origin = requestOrigin(undefined, h({ host: value, 'x-forwarded-host': value, 'x-forwarded-proto': value }), trusted);
        expect(origin, JSON.stringify(value)).toMatch(SAFE_ORIGIN);
        expect(new URL(origin).origin).toBe(origin);
      }
    }
  });
});

describe('originVary', () => {
  it('names the headers an answer embedding the origin depends on', () => {
    expect(originVary('https://phare.example', 0)).toBeUndefined();
    expect(originVary(undefined, 0)).toBe('Host');
    expect(originVary(undefined, 1)).toBe('Host, X-Forwarded-Host, X-Forwarded-Proto');
  });
});

describe('warnWhenPublicUrlMissing', () => {
  it('warns once, in French, in production without PHARE_PUBLIC_URL', () => {
    const logger = { warn: vi.fn() };
    expect(warnWhenPublicUrlMissing({ publicUrl: 'https://phare.example', production: true, logger })).toBe(false);
    expect(warnWhenPublicUrlMissing({ publicUrl: undefined, production: false, logger })).toBe(false);
    expect(logger.warn).not.toHaveBeenCalled();
    expect(warnWhenPublicUrlMissing({ publicUrl: undefined, production: true, logger })).toBe(true);
    expect(warnWhenPublicUrlMissing({ publicUrl: undefined, production: true, logger })).toBe(false);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(/PHARE_PUBLIC_URL n’est pas définie/);
  });
});
