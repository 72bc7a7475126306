import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['nantes', 'nantes', 0],
    ['nantes', 'nante', 1],
    ['nantes', 'nantse', 1],
    ['nantes', 'nnates', 1],
    ['nantes', 'snetna', 5],
    ['44109', '44019', 1],
    ['1400', '01400', 1],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['bordeaux', 'bordaux', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past the maximum, answering max + 1', () => {
    expect(editDistance('marseille', 'lyon', 2)).toBe(3);
    expect(editDistance('abcdefgh', 'a', 1)).toBe(2);
    expect(editDistance('nantes', 'nantse', 1)).toBe(1);
  });
});
