import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher, findGlossaryTerms } from './find-terms';
import { GLOSSARY_TERMS } from './terms';

const found = (text: string) => findGlossaryTerms(text).map((m) => [text.slice(m.start, m.end), m.slug]);

describe('findGlossaryTerms', () => {
  it('finds terms whatever the case and the accents', () => {
    expect(found('Essai RANDOMISE en Double Aveugle contre placebo.')).toEqual([
      ['RANDOMISE', 'randomise'],
      ['Double Aveugle', 'double-aveugle'],
      ['placebo', 'placebo'],
    ]);
  });

  it('prefers the longest match and never overlaps', () => {
    expect(found("Les critères d'inclusion sont stricts.")).toEqual([["critères d'inclusion", 'critere-d-inclusion']]);
    expect(found('Un investigateur principal par centre.')).toEqual([['investigateur principal', 'investigateur-principal']]);
    expect(found('dispositifs médicaux de diagnostic in vitro')).toEqual([
      ['dispositifs médicaux de diagnostic in vitro', 'diagnostic-in-vitro'],
    ]);
  });

  it('respects word boundaries', () => {
    expect(found('Le placebothèque et les IRMs ne comptent pas.')).toEqual([]);
    expect(found("l'IRM est prévue")).toEqual([['IRM', 'irm']]);
    expect(found('phase II puis phase III')).toEqual([
      ['phase II', 'phase-2'],
      ['phase III', 'phase-3'],
    ]);
  });

  it('accepts curly apostrophes, hyphens and extra spaces', () => {
    expect(found('critères d’exclusion')).toEqual([['critères d’exclusion', 'critere-d-exclusion']]);
    expect(found('étude en double-aveugle')).toEqual([['double-aveugle', 'double-aveugle']]);
    expect(found('tirée  au sort')).toEqual([['tirée  au sort', 'tirage-au-sort']]);
  });

  it('keeps offsets right after characters that fold to two letters', () => {
    const text = 'Le cœur et la chimiothérapie';
    expect(found(text)).toEqual([['chimiothérapie', 'chimiotherapie']]);
  });

  it('returns nothing for an empty text', () => {
    expect(findGlossaryTerms('')).toEqual([]);
  });

  it('works with a custom matcher', () => {
    const matcher = buildGlossaryMatcher([{ slug: 'x', term: 'X', variants: ['bras'], definition: '' }]);
    expect(findGlossaryTerms('un bras levé', matcher)).toEqual([{ start: 3, end: 7, slug: 'x' }]);
  });

  it('finds every occurrence in a long criteria text (its speed is measured by the bench)', () => {
    const text = 'Patient adulte, critères d’inclusion : biopsie, IRM, chimiothérapie antérieure. '.repeat(500);
    const matches = findGlossaryTerms(text);
    expect(matches.length).toBe(2000); // « Patient » and « adulte » are not glossary terms
  });

  it('matches every variant of every term to that term (when written alone)', () => {
    for (const term of GLOSSARY_TERMS) {
      for (const v of term.variants) {
        const matches = findGlossaryTerms(v);
        expect(matches, `${term.slug}: « ${v} »`).toHaveLength(1);
        expect(matches[0], `${term.slug}: « ${v} »`).toEqual({ start: 0, end: v.length, slug: term.slug });
      }
    }
  });
});
