import { describe, expect, it } from 'vitest';
import { foldText } from './fold';

describe('foldText', () => {
  it('removes accents, case and ligatures', () => {
    expect(foldText('Étude CŒUR àéîõü')).toBe('etude coeur aeiou');
    expect(foldText('l’œsophage—"NEAR("*:')).toBe('l oesophage near');
  });

  it('folds place names without rewriting words', () => {
    expect(foldText('ST-ÉTIENNE')).toBe('st etienne');
  });
});
