import { foldText, foldWithMap } from './fold';
import { GLOSSARY_TERMS } from './terms';
import type { GlossaryTerm } from './types';

export interface GlossaryMatch {
  /** Index of the first character in the original text (UTF-16). */
  start: number;
  /** Index just after the last character. */
  end: number;
  slug: string;
}

interface Matcher {
  regex: RegExp;
  slugByVariant: Map<string, string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One regular expression for every variant, longest first, so the regex engine returns leftmost-longest matches. */
export function buildGlossaryMatcher(terms: readonly GlossaryTerm[]): Matcher {
  const slugByVariant = new Map<string, string>();
  for (const t of terms) {
    for (const v of t.variants) {
      const key = foldText(v).replace(/ +/g, ' ').trim();
      if (key && !slugByVariant.has(key)) slugByVariant.set(key, t.slug);
    }
  }
  const alternatives = [...slugByVariant.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((k) => k.split(' ').map(escapeRegExp).join(' +'));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { regex, slugByVariant };
}

let defaultMatcher: Matcher | undefined;

/**
 * Glossary terms found in a text: accent- and case-insensitive, whole words only, longest match first,
 * never overlapping, in reading order.
 */
export function findGlossaryTerms(text: string, matcher?: Matcher): GlossaryMatch[] {
  const m = matcher ?? (defaultMatcher ??= buildGlossaryMatcher(GLOSSARY_TERMS));
  if (!text) return [];
  const { folded, start, end } = foldWithMap(text);
  const out: GlossaryMatch[] = [];
  const regex = new RegExp(m.regex); // own lastIndex: safe under concurrent calls
  for (const hit of folded.matchAll(regex)) {
    const key = hit[0].replace(/ +/g, ' ');
    const slug = m.slugByVariant.get(key);
    if (!slug) continue;
    const from = hit.index;
    const to = from + hit[0].length - 1;
    out.push({ start: start[from], end: end[to], slug });
  }
  return out;
}
