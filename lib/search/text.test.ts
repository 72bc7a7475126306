import { describe, expect, it } from 'vitest';
import { expandSynonyms, getSynonymIndex, SYNONYM_GROUPS } from '@/lib/search/synonyms';
import { analyseQuery, analyseText, stemWord, toSearchDocument } from '@/lib/search/text';
import { makeStudy } from '@/lib/search/test-helpers';

describe('stemWord / analyseText', () => {
  it('meets plurals and feminine forms on one stem', () => {
    expect(stemWord('cerebraux')).toBe(stemWord('cerebral'));
    expect(stemWord('cerebrale')).toBe(stemWord('cerebral'));
    expect(stemWord('tumeurs')).toBe(stemWord('tumeur'));
    expect(stemWord('maladies')).toBe(stemWord('maladie'));
    expect(stemWord('randomisees')).toBe(stemWord('randomise'));
    expect(stemWord('nerveuse')).toBe(stemWord('nerveux'));
    expect(stemWord('europeennes')).toBe(stemWord('europeen'));
    expect(stemWord('virus')).toBe('virus');
  });
  it('drops stop words but keeps digits and meaningful single letters', () => {
    expect(analyseText('Le cancer du sein et les hépatites B')).toEqual(['cancer', 'sein', 'hepatit', 'b']);
    expect(analyseText('diabète de type 1')).toEqual(['diabet', 'type', '1']);
  });
  it('analyses query and index the same way', () => {
    expect(analyseQuery('ÉTUDES Randomisées')).toEqual(analyseText('étude randomisée'));
  });
});

describe('toSearchDocument', () => {
  it('puts title, conditions and the rest in their columns, with identifiers in two spellings', () => {
    const study = makeStudy({
      id: '2022-500014-26-00',
      title: 'Essai de phase 3 dans la sclérose en plaques',
      conditions: [{ text: 'Sclérose en plaques récurrente' }],
      acronym: 'SEPRO',
      sponsor: 'CHU de Lille',
      meddra: [{ code: '10028245', label: 'Sclérose en plaques' }],
      identifiers: [
        { value: '2022-500014-26-00', kind: 'eu-ct', primary: true },
        { value: 'NCT01234567', kind: 'nct', primary: false },
      ],
      summary: 'Une étude sur les poussées.',
    });
    const doc = toSearchDocument(study);
    expect(doc.title).toBe('essai phas 3 scleros plaqu');
    expect(doc.conditions).toBe('scleros plaqu recurrent');
    expect(doc.body).toContain('sepro');
    expect(doc.body).toContain('chu lill');
    expect(doc.body).toContain('20225000142600');
    expect(doc.body).toContain('nct01234567');
    expect(doc.body).toContain('pouss');
    expect(doc.body).not.toMatch(/[^a-z0-9 ]/);
  });
});

describe('synonyms', () => {
  it('has at least 150 groups, each with a usable phrase', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(150);
    expect(getSynonymIndex().byPhrase.size).toBeGreaterThan(500);
  });
  it('groups the longest known phrase and brings its equivalents', () => {
    const [concept] = expandSynonyms(analyseQuery('accident vasculaire cérébral'));
    expect(concept.synonym).toBe(true);
    expect(concept.alternatives).toContain('avc');
    const charcot = expandSynonyms(analyseQuery('Charcot'))[0];
    expect(charcot.alternatives).toContain('sla');
    expect(charcot.alternatives).toContain(analyseText('sclérose latérale amyotrophique').join(' '));
    expect(expandSynonyms(analyseQuery('sida'))[0].alternatives).toContain('vih');
  });
  it('leaves unknown words as their own concept', () => {
    const concepts = expandSynonyms(analyseQuery('cancer du sein xyzzyx'));
    expect(concepts.map((c) => c.source)).toEqual(['cancer sein', 'xyzzyx']);
    expect(concepts[1].synonym).toBe(false);
  });
});
