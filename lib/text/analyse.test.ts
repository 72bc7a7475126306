import { describe, expect, it } from 'vitest';
import { analyseText, compactIdentifier, stemWord } from './analyse';

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
  it('folds case and accents the same way for queries and documents', () => {
    expect(analyseText('ÉTUDES Randomisées')).toEqual(analyseText('étude randomisée'));
  });
  it('writes identifiers without separators', () => {
    expect(compactIdentifier('2022-500014-26-00')).toBe('20225000142600');
    expect(compactIdentifier('NCT01234567')).toBe('nct01234567');
  });
});
