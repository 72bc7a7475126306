import { describe, expect, it } from 'vitest';
import { createRequestBudget } from './rate-limit';

describe('createRequestBudget (one process)', () => {
  it('allows N requests per window, then refuses with a Retry-After', async () => {
    const budget = createRequestBudget({ name: 'test-a', points: 3, durationSeconds: 60 });
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await budget.consume('1.2.3.4'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
    expect(decisions[2]).toMatchObject({ allowed: true, remaining: 0 });
    const refused = decisions[3];
    if (refused.allowed) throw new Error('attendu : refus');
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts each client and each budget separately', async () => {
    const a = createRequestBudget({ name: 'test-b', points: 2 });
    const b = createRequestBudget({ name: 'test-c', points: 2 });
    await a.consume('x');
    await a.consume('x');
    expect((await a.consume('x')).allowed).toBe(false);
    expect((await a.consume('y')).allowed).toBe(true);
    expect((await b.consume('x')).allowed).toBe(true);
  });
});
