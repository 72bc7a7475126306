import { describe, expect, it } from 'vitest';
import { createGazetteer } from '@/lib/geo/gazetteer';
import { isFrenchTypography } from '@/lib/text/typography';
import { unknownPlaceError } from './place';

const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('unknownPlaceError: what the person typed, close places, never « does not exist »', () => {
  it('a code nobody knows: we did not find it, and the places one keystroke away', () => {
    const e = unknownPlaceError('44019');
    expect(e.param).toBe('lieu');
    expect(plain(e.message)).toMatch(/^Nous ne trouvons pas de commune pour le code « 44019 »|^Nous ne savons pas/);
    expect(e.suggestions.map((s) => s.code)).toContain('44109');
    const unknown = unknownPlaceError('69999');
    expect(plain(unknown.message)).toMatch(/^Nous ne trouvons pas de commune pour le code « 69999 »\. Vérifiez/);
    expect(unknown.suggestions.length).toBeGreaterThan(0);
    expect(unknown.message).not.toMatch(/Aucune|n’existe/);
  });

  it('« 75000 », « 69000 »: the city of the department first', () => {
    expect(unknownPlaceError('75000').suggestions[0]).toEqual({ code: '75056', label: 'Paris (75) — Paris' });
    expect(unknownPlaceError('69000').suggestions[0].code).toBe('69123');
  });

  it('a name typed where a code was expected: close names, or the communes of that very name', () => {
    const typo = unknownPlaceError('Renes');
    expect(plain(typo.message)).toBe('Nous ne trouvons pas de commune nommée « Renes ». Choisissez une commune proche de ce nom.');
    expect(typo.suggestions.map((s) => s.code)).toContain('35238');
    // One commune bears that very name: the page searches around it (`exact`).
    const exact = unknownPlaceError('Rennes');
    expect(plain(exact.message)).toBe('Choisissez la commune « Rennes » dans la liste.');
    expect(exact.exact).toBe('35238');
    expect(exact.suggestions[0]).toEqual({ code: '35238', label: 'Rennes (35) — Ille-et-Vilaine' });
    expect(unknownPlaceError('Champfromier').exact).toBe('01081');
    expect(unknownPlaceError('Paris 15').exact).toBe('75115');
    // Several communes bear it: the person chooses.
    const homonyms = unknownPlaceError('Saint-Denis');
    expect(homonyms.exact).toBeUndefined();
    expect(plain(homonyms.message)).toBe('Choisissez la commune « Saint-Denis » dans la liste : plusieurs communes peuvent porter ce nom.');
    const short = unknownPlaceError('1400');
    expect(plain(short.message)).toMatch(/^Nous ne trouvons pas de commune pour « 1400 »\. Un code postal a 5 chiffres/);
    expect(short.suggestions.map((s) => s.code)).toContain('01093');
    expect(plain(unknownPlaceError('zzzzzz').message)).toBe(
      'Nous ne trouvons pas de commune nommée « zzzzzz ». Indiquez un code postal, par exemple 44000.',
    );
  });

  it('a commune the gazetteer knows but cannot place is never called unknown', () => {
    const g = createGazetteer({
      version: 1,
      sources: [],
      regions: [['53', 'Bretagne']],
      departments: [['56', 'Morbihan', '53']],
      communes: [
        ['56078', 'Guidel', '56', '53', ['56520'], null, null, 11000, 0, null],
        ['56121', 'Lorient', '56', '53', ['56100'], 47.75, -3.37, 57000, 3, null],
      ],
      aliases: [],
    });
    for (const code of ['56078', '56520']) {
      const e = unknownPlaceError(code, g);
      expect(plain(e.message)).toMatch(new RegExp(`^Nous ne savons pas encore situer « ${code} » \\(Guidel\\) sur une carte`));
      expect(e.suggestions.every((s) => s.code !== '56078')).toBe(true);
    }
  });

  it('writes French typography (no-break spaces inside « » and before :)', () => {
    for (const typed of ['69999', '75000', 'Renes', 'Rennes', '1400', 'zzzzzz']) {
      expect(isFrenchTypography(unknownPlaceError(typed).message), typed).toBe(true);
    }
  });

  it('says something for anything', () => {
    for (const typed of ['', '   ', 'x'.repeat(500), '\u0000', undefined as unknown as string]) {
      expect(unknownPlaceError(typed).message.length).toBeGreaterThan(10);
    }
  });
});
