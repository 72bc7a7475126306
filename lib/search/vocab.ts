import type { SearchIndex } from '@/lib/store/search-index';

/**
 * Vocabulary of the indexed terms, for typo tolerance: read from the full-text index (the store's
 * `readVocabulary`), kept in memory per store and refreshed when studies are added or removed.
 */

interface VocabCache {
  fingerprint: string;
  loadedAt: number;
  byLength: Map<number, string[]>;
}

const caches = new WeakMap<SearchIndex, VocabCache>();
/** Even when row counts do not move (updates in place), the vocabulary is re-read after this long. */
const VOCAB_MAX_AGE_MS = 10 * 60_000;
/** Typos are only corrected on words at least this long (shorter ones have too many neighbours). */
export const MIN_TYPO_LENGTH = 6;

function getVocab(index: SearchIndex): Map<number, string[]> {
  const fingerprint = index.studiesFingerprint();
  const cached = caches.get(index);
  if (cached && cached.fingerprint === fingerprint && Date.now() - cached.loadedAt < VOCAB_MAX_AGE_MS) {
    return cached.byLength;
  }
  const byLength = new Map<number, string[]>();
  for (const term of index.readVocabulary(MIN_TYPO_LENGTH - 2)) {
    let list = byLength.get(term.length);
    if (!list) byLength.set(term.length, (list = []));
    list.push(term);
  }
  caches.set(index, { fingerprint, loadedAt: Date.now(), byLength });
  return byLength;
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or adjacent transposition. */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // substitution at i, or transposition of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one insertion/deletion at i
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when the index holds this exact term. */
export function hasTerm(index: SearchIndex, term: string): boolean {
  return (getVocab(index).get(term.length) ?? []).includes(term);
}

/** Indexed terms at Damerau-Levenshtein distance 1 of `term` (the term itself excluded), at most `max`. */
export function findNearTerms(index: SearchIndex, term: string, max = 5): string[] {
  const vocab = getVocab(index);
  const out: string[] = [];
  for (const len of [term.length, term.length - 1, term.length + 1]) {
    for (const candidate of vocab.get(len) ?? []) {
      if (candidate !== term && isWithinOneEdit(term, candidate)) {
        out.push(candidate);
        if (out.length >= max) return out;
      }
    }
  }
  return out;
}
