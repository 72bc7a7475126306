import { describe, expect, it } from 'vitest';
import { createApiRateLimiter, getClientKey, rateLimitedResponse, RATE_LIMIT_MESSAGE } from './rate-limit';

describe('createApiRateLimiter', () => {
  it('allows N requests per window, then refuses with a Retry-After', async () => {
    const limiter = createApiRateLimiter({ points: 3, durationSeconds: 60 });
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await limiter.consume('1.2.3.4'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
    expect(decisions[2]).toMatchObject({ allowed: true, remaining: 0 });
    const refused = decisions[3];
    if (refused.allowed) throw new Error('attendu : refus');
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts each client separately', async () => {
    const limiter = createApiRateLimiter({ points: 2 });
    await limiter.consume('a');
    await limiter.consume('a');
    expect((await limiter.consume('a')).allowed).toBe(false);
    expect((await limiter.consume('b')).allowed).toBe(true);
    expect((await limiter.consume('local')).allowed).toBe(true);
  });
});

describe('getClientKey', () => {
  it('takes the first hop of x-forwarded-for, else local', () => {
    expect(getClientKey(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    expect(getClientKey(new Headers({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8::1');
    expect(getClientKey(new Headers())).toBe('local');
    expect(getClientKey(new Headers({ 'x-forwarded-for': ' , 1.1.1.1' }))).toBe('local');
  });

  it('bounds forged values', () => {
    const key = getClientKey(new Headers({ 'x-forwarded-for': `${'9'.repeat(500)}<script>` }));
    expect(key.length).toBeLessThanOrEqual(64);
    expect(key).toMatch(/^[0-9A-Za-z.:[\]_-]+$/);
  });
});

describe('rateLimitedResponse', () => {
  it('answers 429 JSON in French with Retry-After and no cache', async () => {
    const res = rateLimitedResponse(12);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('12');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({ error: RATE_LIMIT_MESSAGE });
  });
});
