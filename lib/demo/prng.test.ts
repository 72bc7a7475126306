import { describe, expect, it } from 'vitest';
import { Rng, createPrng, mix32 } from './prng';

describe('createPrng (mulberry32)', () => {
  it('gives the reference mulberry32 sequence', () => {
    const next = createPrng(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('is reproducible from its seed and differs between seeds', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c())).not.toEqual(xs);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const next = createPrng(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]++;
    }
    for (const n of buckets) expect(Math.abs(n - 2000)).toBeLessThan(200);
  });

  it('takes the seed as an unsigned 32-bit integer', () => {
    const a = createPrng(-1);
    const b = createPrng(0xffffffff);
    expect([a(), a()]).toEqual([b(), b()]);
  });
});

describe('mix32', () => {
  it('gives distinct 32-bit seeds for neighbouring indices', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mix32(20990101, i)));
    expect(seeds.size).toBe(10_000);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
    expect(mix32(1, 5)).not.toBe(mix32(2, 5));
  });
});

describe('Rng', () => {
  it('draws integers within both bounds, and reaches both', () => {
    const r = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = r.int(2, 5);
      expect(n >= 2 && n <= 5).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('follows the weights and never draws a zero weight', () => {
    const r = new Rng(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[r.weighted([['a', 1], ['b', 3], ['c', 0]] as const)]++;
    expect(counts.c).toBe(0);
    expect(Math.abs(counts.b / 10_000 - 0.75)).toBeLessThan(0.02);
  });

  it('picks every item of a list and honours chance', () => {
    const r = new Rng(5);
    const items = ['x', 'y', 'z'];
    const picked = new Set(Array.from({ length: 300 }, () => r.pick(items)));
    expect(picked).toEqual(new Set(items));
    expect(Array.from({ length: 100 }, () => r.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => r.chance(1)).every(Boolean)).toBe(true);
  });
});
