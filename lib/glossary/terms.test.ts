import { describe, expect, it } from 'vitest';
import { scoreKandelMoles, sentenceStats } from '@/lib/readability/score';
import { isFrenchTypography } from '@/lib/text/typography';
import { foldText } from './fold';
import { GLOSSARY_TERMS, getGlossaryTerm, glossaryLetter, groupGlossaryTermsByLetter } from './terms';

describe('glossary data', () => {
  it('has at least 220 terms with unique kebab-case slugs', () => {
    expect(GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(220);
    const slugs = GLOSSARY_TERMS.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('covers the terms the study pages rely on', () => {
    for (const slug of [
      'randomise', 'tirage-au-sort', 'double-aveugle', 'simple-aveugle', 'essai-ouvert', 'placebo', 'bras',
      'groupe-controle', 'critere-d-inclusion', 'critere-d-exclusion', 'critere-de-jugement-principal',
      'critere-de-jugement-secondaire', 'phase-1', 'phase-2', 'phase-3', 'phase-4', 'phase-precoce', 'jarde-1',
      'jarde-2', 'jarde-3', 'recherche-non-interventionnelle', 'dispositif-medical', 'diagnostic-in-vitro',
      'promoteur', 'investigateur', 'investigateur-principal', 'centre-investigateur', 'cpp', 'ansm',
      'consentement-eclaire', 'droit-de-retrait', 'effet-indesirable', 'tolerance', 'efficacite', 'biomarqueur',
      'cohorte', 'etude-pilote', 'multicentrique', 'volontaire-sain', 'pharmacocinetique', 'bioequivalence',
      'medicament-experimental', 'essai-controle', 'non-inferiorite', 'suivi', 'visite', 'questionnaire',
      'prelevement', 'biopsie', 'irm', 'scanner', 'chimiotherapie', 'immunotherapie', 'radiotherapie',
      'therapie-ciblee', 'remission', 'recidive', 'metastase', 'tumeur-solide', 'maladie-rare', 'comorbidite',
      'esperance-de-vie', 'qualite-de-vie', 'meddra', 'eu-ct', 'id-rcb', 'ctis', 'eclaire', 'rgpd',
      'donnees-de-sante', 'pseudonymisation', 'assurance-du-promoteur', 'indemnisation',
      // terms met in criteria
      'karnofsky', 'recist', 'femme-en-age-de-procreer', 'lsn', 'neutrophiles', 'plaquettes', 'transaminases', 'bilirubine',
      'serologie', 'vih', 'hepatite-b', 'hepatite-c', 'naif-de-traitement', 'refractaire', 'traitement-d-entretien',
      'groupes-paralleles', 'stratification', 'etude-prospective', 'etude-retrospective', 'hypersensibilite', 'excipient',
      'nyha', 'grade-ctcae', 'intention-de-traiter', 'procedure-simulee', 'etude-ancillaire', 'lymphome', 'myelome',
      'leucemie', 'survie-sans-maladie', 'clairance-de-la-creatinine', 'anticorps', 'phase-1b', 'phase-1-2',
      'acces-compassionnel', 'has', 'oniam', 'fichier-des-volontaires', 'inclusion', 'grossesse',
    ]) {
      expect(getGlossaryTerm(slug), slug).toBeDefined();
    }
  });

  it('points « Voir aussi » only at existing other terms', () => {
    for (const t of GLOSSARY_TERMS) {
      for (const s of t.seeAlso ?? []) {
        expect(getGlossaryTerm(s), `${t.slug} → ${s}`).toBeDefined();
        expect(s).not.toBe(t.slug);
      }
    }
  });

  it('gives every variant to one term only', () => {
    const owner = new Map<string, string>();
    for (const t of GLOSSARY_TERMS) {
      expect(t.variants.length + (t.caseSensitiveVariants?.length ?? 0), t.slug).toBeGreaterThan(0);
      for (const v of [...t.variants, ...(t.caseSensitiveVariants ?? [])]) {
        const key = foldText(v).replace(/ +/g, ' ').trim();
        const other = owner.get(key);
        expect(other === undefined || other === t.slug, `« ${v} » in ${t.slug} and ${other}`).toBe(true);
        owner.set(key, t.slug);
      }
    }
  });

  it('groups terms by first letter in French order', () => {
    const groups = groupGlossaryTermsByLetter();
    expect(groups.map((g) => g.letter)).toEqual([...groups.map((g) => g.letter)].sort());
    expect(groups.flatMap((g) => g.terms)).toHaveLength(GLOSSARY_TERMS.length);
    expect(glossaryLetter('Échographie')).toBe('E');
    const e = groups.find((g) => g.letter === 'E')!;
    expect(e.terms.map((t) => t.term)).toContain('Échographie');
  });
});

describe('glossary texts are in French typography', () => {
  it.each(GLOSSARY_TERMS.map((t) => [t.slug, t] as const))('%s', (_slug, t) => {
    expect(isFrenchTypography(t.term), t.term).toBe(true);
    expect(isFrenchTypography(t.definition), t.definition).toBe(true);
  });
});

describe('glossary definitions read easily', () => {
  it.each(GLOSSARY_TERMS.map((t) => [t.slug, t.definition] as const))('%s', (slug, definition) => {
    const stats = sentenceStats(definition);
    expect(stats.sentences, 'between 1 and 4 sentences').toBeGreaterThanOrEqual(1);
    expect(stats.sentences, 'between 1 and 4 sentences').toBeLessThanOrEqual(4);
    expect(stats.averageWordsPerSentence, 'average words per sentence').toBeLessThanOrEqual(15);
    expect(stats.maxWordsPerSentence, `longest sentence: ${stats.longestSentence}`).toBeLessThanOrEqual(25);
    expect(scoreKandelMoles(definition), 'Kandel–Moles').toBeGreaterThanOrEqual(70);
  });
});
