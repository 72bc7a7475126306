import { describe, expect, it } from 'vitest';
import { describeCountries, joinFr, splitOutcomes } from './page-texts';

describe('page texts', () => {
  it('joins names the French way', () => {
    expect(joinFr([])).toBeUndefined();
    expect(joinFr(['France'])).toBe('France');
    expect(joinFr(['France', 'Allemagne', 'Espagne'])).toBe('France, Allemagne et Espagne');
  });
  it('says the countries of a trial', () => {
    expect(describeCountries([])).toBeUndefined();
    expect(describeCountries(['France'])).toBe('Cet essai a lieu dans un seul pays\u00A0: France.');
    expect(describeCountries(['France', 'Italie'])).toBe('Cet essai a lieu dans 2 pays\u00A0: France et Italie.');
  });
  it('splits principal and secondary outcomes, in order', () => {
    const o = [
      { text: 'a', primary: false },
      { text: 'b', primary: true },
      { text: 'c', primary: false },
    ];
    expect(splitOutcomes(o)).toEqual({ primary: [o[1]], secondary: [o[0], o[2]] });
  });
});
