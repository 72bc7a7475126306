/**
 * Folding for glossary matching: lower case, no accents, œ/æ spelled out, every apostrophe as ', every hyphen
 * and space as a single space character. `foldWithMap` keeps, for each folded character, where it came from.
 */

const SPECIAL: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", ʼ: "'", '‘': "'", '`': "'" };

function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  if (/[\s\-‐‑–]/u.test(lower)) return ' ';
  if (lower.charCodeAt(0) < 128) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: index in the original text of the character it came from. */
  start: number[];
  /** For each UTF-16 unit of `folded`: index just after that original character. */
  end: number[];
}

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, start, end };
}
