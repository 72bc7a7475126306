import type { StoreReads } from '@/lib/store/reads';
import { foldText } from '@/lib/text/fold';
import { SYNONYM_GROUPS } from './synonyms';

/**
 * Suggestions for the disease box: the phrases of Phare's synonym table (synonyms.ts) and the conditions the
 * mirror's studies name (the store's in-memory list, per data version), matched on the start of the phrase or of
 * one of its words, folded (case, accents, punctuation).
 */

export const MIN_DISEASE_QUERY_LENGTH = 2;
export const MAX_DISEASE_QUERY_LENGTH = 100;
export const DEFAULT_DISEASE_SUGGESTIONS = 8;
/** Synonym phrases among the suggestions that begin with what was typed, so that conditions with studies show too. */
const MAX_SYNONYMS_FIRST = 3;

export interface DiseaseSuggestion {
  /** The words to put in the box. */
  label: string;
  /** Studies of the mirror naming this condition (absent for a phrase of the synonym table). */
  studies?: number;
  /** Of which recruiting now. */
  open?: number;
}

interface Phrase {
  label: string;
  key: string;
  /** Folded suffixes starting at each word after the first. */
  inner: string[];
}

let phrases: Phrase[] | undefined;

function getPhrases(): Phrase[] {
  if (phrases) return phrases;
  const byKey = new Map<string, Phrase>();
  for (const group of SYNONYM_GROUPS) {
    for (const label of group) {
      const key = foldText(label);
      if (!key || byKey.has(key)) continue;
      const words = key.split(' ');
      byKey.set(key, { label, key, inner: words.slice(1).map((_, i) => words.slice(i + 1).join(' ')) });
    }
  }
  phrases = [...byKey.values()].sort((a, b) => a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
  return phrases;
}

/**
 * At most `limit` suggestions for `q`: first those that begin with it (a few phrases of the synonym table, the
 * shortest first, then the mirror's conditions with the most recruiting studies), then those with a word that
 * begins with it. One suggestion per folded spelling. `store` may be absent (data not loaded yet).
 */
export function suggestDiseases(
  store: Pick<StoreReads, 'listConditionTerms'> | undefined,
  q: string,
  limit = DEFAULT_DISEASE_SUGGESTIONS,
): DiseaseSuggestion[] {
  const key = typeof q === 'string' ? foldText(q.slice(0, MAX_DISEASE_QUERY_LENGTH)) : '';
  const max = Math.max(0, Math.min(20, Math.floor(limit)));
  if (key.length < MIN_DISEASE_QUERY_LENGTH || max === 0) return [];

  const synonymsAtStart: DiseaseSuggestion[] = [];
  const synonymsInside: DiseaseSuggestion[] = [];
  for (const p of getPhrases()) {
    if (p.key.startsWith(key)) synonymsAtStart.push({ label: p.label });
    else if (p.inner.some((s) => s.startsWith(key))) synonymsInside.push({ label: p.label });
  }
  let conditions: DiseaseSuggestion[] = [];
  try {
    conditions = store ? store.listConditionTerms(key, max * 2).map((t) => ({ label: t.text, studies: t.studies, open: t.open })) : [];
  } catch (error) {
    console.error('[maladies] Conditions du miroir illisibles', error);
  }
  const conditionsAtStart = conditions.filter((c) => foldText(c.label).startsWith(key));
  const conditionsInside = conditions.filter((c) => !foldText(c.label).startsWith(key));

  const out: DiseaseSuggestion[] = [];
  const seen = new Set<string>();
  const add = (list: DiseaseSuggestion[], room = max) => {
    let added = 0;
    for (const s of list) {
      if (out.length >= max || added >= room) return;
      const k = foldText(s.label);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(s);
      added++;
    }
  };
  add(synonymsAtStart, MAX_SYNONYMS_FIRST);
  add(conditionsAtStart);
  add(synonymsAtStart);
  add(conditionsInside);
  add(synonymsInside);
  return out;
}
