import { describe, expect, it } from 'vitest';
import { createPrng } from '@/lib/demo/prng';
import { canonicalAddress, clientAddress, UNKNOWN_CLIENT } from './client-address';

const PRINTABLE_KEY = /^(?:[0-9a-f.:]{2,45}|unknown)$/;

describe('clientAddress without trusted proxies (the default)', () => {
  it('keys on the socket and never reads X-Forwarded-For', () => {
    expect(clientAddress({ socketAddress: '203.0.113.7', forwardedFor: '198.51.100.1', trustedProxies: 0 })).toBe('203.0.113.7');
    expect(clientAddress({ socketAddress: '203.0.113.7', forwardedFor: undefined, trustedProxies: 0 })).toBe('203.0.113.7');
    expect(clientAddress({ socketAddress: '::ffff:127.0.0.1', forwardedFor: '1.1.1.1', trustedProxies: 0 })).toBe('127.0.0.1');
  });

  it('treats anything but an integer ≥ 1 as no trusted proxy', () => {
    for (const trustedProxies of [-1, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(clientAddress({ socketAddress: '10.0.0.1', forwardedFor: '198.51.100.1', trustedProxies }), String(trustedProxies)).toBe('10.0.0.1');
    }
  });

  it('answers unknown when the socket has no usable address', () => {
    expect(clientAddress({ socketAddress: undefined, forwardedFor: '198.51.100.1', trustedProxies: 0 })).toBe(UNKNOWN_CLIENT);
    expect(clientAddress({ socketAddress: 'not an address', forwardedFor: null, trustedProxies: 0 })).toBe(UNKNOWN_CLIENT);
  });
});

describe('clientAddress behind trusted proxies', () => {
  it('takes the hop at position N from the right', () => {
    const forwardedFor = '192.0.2.1, 198.51.100.2, 203.0.113.3';
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 1 })).toBe('203.0.113.3');
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 2 })).toBe('198.51.100.2');
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 3 })).toBe('192.0.2.1');
  });

  it('falls back to the socket when the header is missing, empty or shorter than the chain', () => {
    for (const forwardedFor of [undefined, null, '', '   ', ',', ' , ']) {
      expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 1 }), String(forwardedFor)).toBe('10.0.0.9');
    }
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor: '203.0.113.3', trustedProxies: 2 })).toBe('10.0.0.9');
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor: '1.1.1.1, 2.2.2.2', trustedProxies: 3 })).toBe('10.0.0.9');
  });

  it('falls back to the socket when one of the N rightmost entries is not an address', () => {
    const cases = [
      'unknown',
      '203.0.113.3, garbage',
      '203.0.113.3,',
      '203.0.113.3, 256.1.1.1',
      '203.0.113.3, 01.2.3.4',
      '203.0.113.3, 1.2.3',
      '203.0.113.3, <script>',
      `203.0.113.3, ${'1'.repeat(100)}`,
      '203.0.113.3, 2001:db8::1::2',
      '203.0.113.3, [2001:db8::1',
      '203.0.113.3, 1.2.3.4:99999999',
      '203.0.113.3, 1.2.3.4\u0000',
      '203.0.113.3, _hidden',
    ];
    for (const forwardedFor of cases) {
      expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 1 }), forwardedFor).toBe('10.0.0.9');
    }
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor: '198.51.100.2, junk, 203.0.113.3', trustedProxies: 2 })).toBe('10.0.0.9');
    // A garbled entry left of the trusted hops was the client's: it does not matter.
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor: 'junk, <x>, 203.0.113.3', trustedProxies: 1 })).toBe('203.0.113.3');
  });

  it('reads the forms proxies write: ports, brackets, IPv6, IPv4-mapped, zones, repeated headers', () => {
    const at = (forwardedFor: string | string[]) => clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 1 });
    expect(at('203.0.113.3:51234')).toBe('203.0.113.3');
    expect(at('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(at('[2001:db8::1]')).toBe('2001:db8::1');
    expect(at('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(at('::ffff:203.0.113.3')).toBe('203.0.113.3');
    expect(at('::FFFF:cb00:7103')).toBe('203.0.113.3');
    expect(at('fe80::1%eth0')).toBe('fe80::1');
    expect(at(['192.0.2.1', '203.0.113.3'])).toBe('203.0.113.3');
    expect(at(['192.0.2.1, 198.51.100.2', ' 203.0.113.3 '])).toBe('203.0.113.3');
  });

  it('reads only the end of a huge header and still answers a short key', () => {
    const forwardedFor = `${'9.9.9.9, '.repeat(200_000)}203.0.113.3`;
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 1 })).toBe('203.0.113.3');
    const garbage = 'x'.repeat(2_000_000);
    expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor: garbage, trustedProxies: 1 })).toBe('10.0.0.9');
  });
});

/** A random header value a client could send: addresses, junk, separators, control and non-ASCII characters. */
function randomForgery(random: () => number): string {
  const pieces = [
    () => `${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`,
    () => `2001:db8::${Math.floor(random() * 65536).toString(16)}`,
    () => ',',
    () => ', ',
    () => ' ',
    () => 'unknown',
    () => '[::1]:80',
    () => '127.0.0.1',
    () => '<script>alert(1)</script>',
    () => '\u0000\r\n',
    () => 'é😀',
    () => '%00',
    () => '"',
    () => 'x'.repeat(Math.floor(random() * 300)),
  ];
  let out = '';
  const n = Math.floor(random() * 12);
  for (let i = 0; i < n; i++) out += pieces[Math.floor(random() * pieces.length)]();
  return out;
}

describe('forged X-Forwarded-For values never escape', () => {
  const random = createPrng(20260607);

  it('behind one trusted proxy, a client is keyed on what the proxy appended, whatever it sent', () => {
    for (let i = 0; i < 2_000; i++) {
      const forged = randomForgery(random);
      const real = `198.51.100.${Math.floor(random() * 254) + 1}`;
      // The proxy appends the address it saw ("forged, real", or just "real" when the client sent nothing).
      const forwardedFor = forged === '' ? real : `${forged}, ${real}`;
      expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 1 }), JSON.stringify(forwardedFor)).toBe(real);
    }
  });

  it('behind two trusted proxies, the same holds for the outer proxy’s entry', () => {
    for (let i = 0; i < 1_000; i++) {
      const forged = randomForgery(random);
      const real = `203.0.113.${Math.floor(random() * 254) + 1}`;
      const forwardedFor = `${forged ? `${forged}, ` : ''}${real}, 10.1.0.2`;
      expect(clientAddress({ socketAddress: '10.0.0.9', forwardedFor, trustedProxies: 2 })).toBe(real);
    }
  });

  it('without a trusted proxy, a forged header is never the key', () => {
    for (let i = 0; i < 1_000; i++) {
      const forwardedFor = randomForgery(random);
      expect(clientAddress({ socketAddress: '192.0.2.10', forwardedFor, trustedProxies: 0 })).toBe('192.0.2.10');
    }
  });

  it('answers a bounded, printable key for any input', () => {
    for (let i = 0; i < 2_000; i++) {
      const key = clientAddress({
        socketAddress: random() < 0.5 ? randomForgery(random) : '::ffff:10.0.0.1',
        forwardedFor: randomForgery(random),
        trustedProxies: Math.floor(random() * 4),
      });
      expect(key).toMatch(PRINTABLE_KEY);
    }
  });
});

describe('canonicalAddress', () => {
  it('gives one form per address', () => {
    expect(canonicalAddress('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(canonicalAddress('::1')).toBe('::1');
    expect(canonicalAddress('[::1]:3000')).toBe('::1');
    expect(canonicalAddress('127.0.0.1:3000')).toBe('127.0.0.1');
    expect(canonicalAddress('localhost')).toBeUndefined();
    expect(canonicalAddress('')).toBeUndefined();
    expect(canonicalAddress(undefined)).toBeUndefined();
  });
});
