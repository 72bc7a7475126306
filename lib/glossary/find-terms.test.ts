import { describe, expect, it } from 'vitest';
import { GLOSSARY_BLOCKERS } from './blockers';
import { CRITERIA_CORPUS } from './criteria-corpus';
import { buildGlossaryMatcher, findGlossaryTerms } from './find-terms';
import { foldText } from './fold';
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
      for (const v of [...term.variants, ...(term.caseSensitiveVariants ?? [])]) {
        const matches = findGlossaryTerms(v);
        expect(matches, `${term.slug}: « ${v} »`).toHaveLength(1);
        expect(matches[0], `${term.slug}: « ${v} »`).toEqual({ start: 0, end: v.length, slug: term.slug });
      }
    }
  });
});

describe('the wrong meanings of the issue are never attached', () => {
  it.each([
    ['Leucémie aiguë myéloïde', [['Leucémie aiguë myéloïde', 'leucemie']]],
    ['Clairance de la créatinine ≥ 60 mL/min', [['Clairance de la créatinine', 'clairance-de-la-creatinine']]],
    ['Présence d’anticorps anti-VIH', [['anticorps', 'anticorps'], ['VIH', 'vih']]],
    ['Survie sans maladie à 3 ans', [['Survie sans maladie', 'survie-sans-maladie']]],
    ['Obésité de catégorie 2 (IMC ≥ 35)', [['IMC', 'imc']]],
    ['Un échantillon représentatif de la population', []],
    ['Mutation de l’EGFR', [['Mutation', 'mutation']]],
    ['formulaire de consentement éclairé signé', [['formulaire de consentement éclairé', 'consentement-eclaire']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('guards, blockers and case-sensitive forms', () => {
  const terms = [
    { slug: 'suivi', term: 'Suivi', variants: ['suivi', 'durée de suivi'], notFollowedBy: ['de', 'par'], notPrecededBy: ['patient'], definition: '' },
    { slug: 'bras', term: 'Bras', variants: ['bras de traitement'], caseSensitiveVariants: ['bras A', 'HAS'], definition: '' },
    { slug: 'aigu', term: 'Aigu', variants: ['aiguë'], definition: '' },
  ];
  const matcher = buildGlossaryMatcher(terms, [{ phrase: 'leucémie aiguë', why: '' }, { phrase: 'obésité de catégorie #', why: '' }]);
  const f = (text: string) => findGlossaryTerms(text, matcher).map((m) => text.slice(m.start, m.end));

  it('does not link a one-word form before or after a guard phrase', () => {
    expect(f('le suivi dure un an')).toEqual(['suivi']);
    expect(f('chimiothérapie suivi de chirurgie')).toEqual([]);
    expect(f('patient suivi au CHU')).toEqual([]);
  });
  it('does not apply guards to a longer form', () => {
    expect(f('durée de suivi de 2 ans')).toEqual(['durée de suivi']);
  });
  it('consumes a blocker without link, numbers included', () => {
    expect(f('leucémie aiguë ou douleur aiguë')).toEqual(['aiguë']);
    expect(f('obésité de catégorie 2 et obésité de catégorie III')).toEqual([]);
  });
  it('matches a case-sensitive form only with its capitals (a capital first letter allowed for a lower-case word)', () => {
    expect(f('le bras A et le Bras A')).toEqual(['bras A', 'Bras A']);
    expect(f('le bras a été plâtré')).toEqual([]);
    expect(f('la HAS décide; he has')).toEqual(['HAS']);
  });
  it('never gives a word of the real glossary its other meaning', () => {
    const slugs = (text: string) => findGlossaryTerms(text).map((m) => m.slug);
    const cases: [string, string][] = [
      ['Patient ayant eu un AVC mineur il y a moins de 7 jours', 'mineur'],
      ['Thalassémie mineure connue', 'mineur'],
      ['Dépression mineure traitée', 'mineur'],
      ['Méthylation du promoteur MGMT', 'promoteur'],
      ['Mutation du promoteur TERT', 'promoteur'],
      ['Diagnostic en phase précoce de la maladie', 'phase-precoce'],
      ['Lors de la visite de dépistage', 'depistage'],
      ['Échec de dépistage', 'depistage'],
      ['Myosite à inclusions', 'inclusion'],
      ['Motif de non-inclusion', 'inclusion'],
      ['Critères de non-inclusion', 'inclusion'],
      ['Tolérance à l’effort réduite', 'tolerance'],
      ['Stade de Tanner ≥ 2', 'stade'],
      ['Biopsie liquide à l’inclusion', 'biopsie'],
      ['Lymphocytes T naïfs', 'naif-de-traitement'],
      ['Protocole de chimiothérapie par FOLFOX', 'protocole'],
      ['Femmes en phase 2 du cycle', 'phase-2'],
    ];
    for (const [text, slug] of cases) expect(slugs(text), text).not.toContain(slug);
  });

  it('keeps blockers in folded, non-empty, unique phrases', () => {
    const phrases = GLOSSARY_BLOCKERS.map((b) => foldText(b.phrase));
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const b of GLOSSARY_BLOCKERS) expect(b.why.length, b.phrase).toBeGreaterThan(10);
  });
});

describe('criteria corpus: every expected link, and no other', () => {
  it('has at least 300 sentences', () => {
    expect(CRITERIA_CORPUS.length).toBeGreaterThanOrEqual(300);
  });

  it('gives each sentence exactly its expected links (0 wrong, 0 missed)', () => {
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const [text, links] of CRITERIA_CORPUS) {
      const got = found(text).map(([s, slug]) => `${s}→${slug}`);
      const want = links.map(([s, slug]) => `${s}→${slug}`);
      for (const g of got) if (!want.includes(g)) wrong.push(`${g} dans « ${text} »`);
      for (const w of want) if (!got.includes(w)) missed.push(`${w} dans « ${text} »`);
      expect(got, text).toEqual(want);
    }
    expect(wrong).toEqual([]);
    expect(missed).toEqual([]);
  });

  it('lists only existing terms', () => {
    const slugs = new Set(GLOSSARY_TERMS.map((t) => t.slug));
    for (const [, links] of CRITERIA_CORPUS) for (const [, slug] of links) expect(slugs.has(slug), slug).toBe(true);
  });
});
