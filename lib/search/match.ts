import type { SearchIndex } from '@/lib/store/search-index';
import { looksLikeIdentifier } from '@/lib/study/identifiers';
import { analyseText, compactIdentifier } from '@/lib/text/analyse';
import { expandSynonyms, getSynonymIndex, type QueryConcept } from './synonyms';
import { findNearTerms, hasTerm, MIN_TYPO_LENGTH } from './vocab';

/**
 * Free text → an FTS5 MATCH expression. The visitor's text never reaches FTS5 syntax: it is analysed into
 * tokens of [a-z0-9] only, and every token or phrase is then double-quoted by us.
 */

/** Bound on the concepts of one query, so a pasted page of text stays a cheap query. */
const MAX_CONCEPTS = 12;
/** Below this many text matches, words that may be typos are widened to their indexed neighbours. */
const FEW_RESULTS = 3;
/** Unquoted single words this long also match as a prefix (« diabet » finds « diabetolog »). */
const MIN_PREFIX_LENGTH = 4;

export interface TextMatch {
  /** FTS5 expression, undefined when the text has no searchable word (only stop words or punctuation). */
  expression?: string;
  /** rowids of studies whose identifier is exactly the text: ranked first. */
  identifierRowids: number[];
}

function quote(phrase: string): string {
  return `"${phrase.replace(/"/g, '""')}"`;
}

function phraseExpression(phrase: string, prefix: boolean): string {
  return prefix && !phrase.includes(' ') && phrase.length >= MIN_PREFIX_LENGTH ? `${quote(phrase)}*` : quote(phrase);
}

function conceptExpression(concept: QueryConcept): string {
  const parts = concept.alternatives.map((p) => phraseExpression(p, !concept.synonym));
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

function toExpression(concepts: QueryConcept[]): string {
  return concepts.map(conceptExpression).join(' AND ');
}

/** Widens single-word concepts that the index does not hold to the indexed words one edit away. */
function widenTypos(index: SearchIndex, concepts: QueryConcept[]): QueryConcept[] {
  const { byPhrase } = getSynonymIndex();
  return concepts.map((concept) => {
    if (concept.synonym || concept.source.includes(' ') || concept.source.length < MIN_TYPO_LENGTH - 1) return concept;
    if (/\d/.test(concept.source) || hasTerm(index, concept.source)) return concept;
    const near = findNearTerms(index, concept.source);
    if (near.length === 0) return concept;
    const alternatives = new Set(concept.alternatives);
    for (const term of near) {
      alternatives.add(term);
      // A corrected word that is a known synonym brings its group (« alzeimer » → every Alzheimer phrase).
      for (const alt of byPhrase.get(term) ?? []) alternatives.add(alt);
    }
    return { ...concept, alternatives: [...alternatives] };
  });
}

/**
 * Studies whose id or one of whose identifiers is exactly `text` (any case, any separators): the index
 * narrows the candidates, their identifier list decides (a study that merely mentions the number is not one).
 */
function findIdentifierRowids(index: SearchIndex, text: string): number[] {
  const compact = compactIdentifier(text);
  if (compact.length < 6) return [];
  return index
    .identifierCandidates(text.trim(), quote(compact))
    .filter((r) => [r.id, ...r.identifiers].some((v) => compactIdentifier(v) === compact))
    .map((r) => r.rowid);
}

export function buildTextMatch(index: SearchIndex, text: string | undefined): TextMatch {
  if (!text) return { identifierRowids: [] };
  const tokens = analyseText(text);
  let identifierRowids: number[] = [];
  const compact = compactIdentifier(text);
  const isIdentifier = looksLikeIdentifier(text) || /^(?:nct|isrctn)\d{6,}$/.test(compact);
  if (isIdentifier) identifierRowids = findIdentifierRowids(index, text);

  let concepts = expandSynonyms(tokens).slice(0, MAX_CONCEPTS);
  if (concepts.length === 0) return { identifierRowids };
  let expression = toExpression(concepts);
  if (index.countTextMatches(expression, FEW_RESULTS) < FEW_RESULTS) {
    concepts = widenTypos(index, concepts);
    expression = toExpression(concepts);
  }
  if (isIdentifier) expression = `${quote(compact)} OR (${expression})`;
  return { expression, identifierRowids };
}
