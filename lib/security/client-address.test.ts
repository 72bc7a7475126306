import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('trusts only the socket by default, whatever the client writes', () => {
    for (const forged of ['1.2.3.4', '203.0.113.9, 10.0.0.1', 'x'.repeat(500), undefined]) {
      expect(clientAddress({ socketAddress: '::ffff:198.51.100.7', forwardedFor: forged, trustedProxies: 0 })).toBe('198.51.100.7');
    }
  });

  it('behind one trusted proxy, takes what that proxy appended (the rightmost hop)', () => {
    const at = (xff: string) => clientAddress({ socketAddress: '10.0.0.2', forwardedFor: xff, trustedProxies: 1 });
    expect(at('203.0.113.5')).toBe('203.0.113.5');
    // A client that sends its own header: the proxy appends the real address after it.
    expect(at('1.1.1.1, 203.0.113.5')).toBe('203.0.113.5');
    expect(at('random-junk, 2001:db8::7')).toBe('2001:db8::7');
  });

  it('behind two trusted proxies, takes the second from the right', () => {
    expect(clientAddress({ socketAddress: '10.0.0.3', forwardedFor: '6.6.6.6, 203.0.113.5, 10.0.0.2', trustedProxies: 2 })).toBe('203.0.113.5');
  });

  it('falls back to the socket when the header is short or garbled, and bounds what it returns', () => {
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor: '', trustedProxies: 1 })).toBe('10.0.0.2');
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor: '203.0.113.5', trustedProxies: 3 })).toBe('10.0.0.2');
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor: '<script>', trustedProxies: 1 })).toBe('10.0.0.2');
    expect(clientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedProxies: 0 })).toBe('inconnu');
  });
});
