import { describe, expect, it } from 'vitest';
import { analyseText } from '@/lib/text/analyse';
import { expandSynonyms, getSynonymIndex, SYNONYM_GROUPS } from './synonyms';

describe('synonyms', () => {
  it('has at least 150 groups, each with a usable phrase', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(150);
    expect(getSynonymIndex().byPhrase.size).toBeGreaterThan(500);
  });
  it('groups the longest known phrase and brings its equivalents', () => {
    const [concept] = expandSynonyms(analyseText('accident vasculaire cérébral'));
    expect(concept.synonym).toBe(true);
    expect(concept.alternatives).toContain('avc');
    const charcot = expandSynonyms(analyseText('Charcot'))[0];
    expect(charcot.alternatives).toContain('sla');
    expect(charcot.alternatives).toContain(analyseText('sclérose latérale amyotrophique').join(' '));
    expect(expandSynonyms(analyseText('sida'))[0].alternatives).toContain('vih');
  });
  it('leaves unknown words as their own concept', () => {
    const concepts = expandSynonyms(analyseText('cancer du sein xyzzyx'));
    expect(concepts.map((c) => c.source)).toEqual(['cancer sein', 'xyzzyx']);
    expect(concepts[1].synonym).toBe(false);
  });
});
