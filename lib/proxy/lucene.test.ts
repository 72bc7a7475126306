import { describe, expect, it } from 'vitest';
import { createPrng } from '@/lib/demo/prng';
import { checkTextSyntax, parseTextQuery } from '@/lib/emulator/text-match';
import { escapeQueryText } from './lucene';
import { unescapedSyntax } from './test-helpers';

describe('escapeQueryText', () => {
  it.each([
    ['cancer du sein', 'cancer du sein'],
    ['/.*/', '\\/.\\*\\/'],
    ['*abc', '\\*abc'],
    ['a~10', 'a\\~10'],
    ['field:value', 'field\\:value'],
    ['"covid', '\\"covid'],
    ['\\', '\\\\'],
    ['covid-19', 'covid\\-19'],
    ['(a OR b) AND NOT c', '\\(a or b\\) and not c'],
    ['[1 TO 5]', '\\[1 TO 5\\]'],
    ['a && b || c', 'a \\&\\& b \\|\\| c'],
    ['café & thé | x', 'café & thé | x'],
    ['x^10 +y -z !w ?v =u {t}', 'x\\^10 \\+y \\-z \\!w \\?v \\=u \\{t\\}'],
    ['<script>', ' script '],
    ['ANDROID ORAL NOTE', 'ANDROID ORAL NOTE'],
  ])('%j → %j', (input, expected) => {
    expect(escapeQueryText(input)).toBe(expected);
  });

  it('leaves no Lucene syntax in random hostile text', () => {
    const random = createPrng(1789);
    const alphabet = ['a', 'é', '1', ' ', 'AND', 'OR', 'NOT', 'TO', ...'+-=&|><!(){}[]^"~*?:\\/.,;\'@#%$'];
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const escaped = escapeQueryText(text);
      expect(unescapedSyntax(escaped), JSON.stringify(text)).toEqual([]);
      // The emulator's stand-in for query_string finds no syntax error, wildcard or match-all in it.
      expect(checkTextSyntax(escaped), JSON.stringify(text)).toBeUndefined();
      const parsed = parseTextQuery(escaped);
      expect(parsed.matchAll || parsed.prefixes.length > 0, JSON.stringify(text)).toBe(false);
    }
  });
});
