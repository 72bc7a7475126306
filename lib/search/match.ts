import type Database from 'better-sqlite3';
import { looksLikeIdentifier } from '@/lib/search/params';
import { prepareCached } from '@/lib/search/statements';
import { expandSynonyms, getSynonymIndex, type QueryConcept } from '@/lib/search/synonyms';
import { analyseQuery, compactIdentifier } from '@/lib/search/text';
import { findNearTerms, hasTerm, MIN_TYPO_LENGTH } from '@/lib/search/vocab';

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

/** Matches of an expression, counted up to `limit` only (the caller compares with a small threshold). */
function countMatches(db: Database.Database, expression: string, limit: number): number {
  const row = prepareCached(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM studies_fts WHERE studies_fts MATCH ? LIMIT ?)').get(
    expression,
    limit,
  ) as { n: number };
  return row.n;
}

/** Widens single-word concepts that the index does not hold to the indexed words one edit away. */
function widenTypos(db: Database.Database, concepts: QueryConcept[]): QueryConcept[] {
  const { byPhrase } = getSynonymIndex();
  return concepts.map((concept) => {
    if (concept.synonym || concept.source.includes(' ') || concept.source.length < MIN_TYPO_LENGTH - 1) return concept;
    if (/\d/.test(concept.source) || hasTerm(db, concept.source)) return concept;
    const near = findNearTerms(db, concept.source);
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
function findIdentifierRowids(db: Database.Database, text: string): number[] {
  const compact = compactIdentifier(text);
  if (compact.length < 6) return [];
  // The case-insensitive id is looked up in the narrow `study_search` (no index serves NOCASE: a scan of
  // `studies` itself would read every study's JSON).
  const rows = prepareCached(
    db,
    `SELECT s.rowid AS rowid, s.id AS id, json_extract(s.study_json, '$.identifiers') AS identifiers FROM studies s
     WHERE s.rowid IN (SELECT rid FROM study_search WHERE id = ? COLLATE NOCASE)
        OR s.rowid IN (SELECT rowid FROM studies_fts WHERE studies_fts MATCH ? LIMIT 50)`,
  ).all(text.trim(), quote(compact)) as { rowid: number; id: string; identifiers: string | null }[];
  return rows
    .filter((r) => {
      const values = [r.id, ...((r.identifiers ? JSON.parse(r.identifiers) : []) as { value: string }[]).map((i) => i.value)];
      return values.some((v) => compactIdentifier(v) === compact);
    })
    .map((r) => r.rowid);
}

export function buildTextMatch(db: Database.Database, text: string | undefined): TextMatch {
  if (!text) return { identifierRowids: [] };
  const tokens = analyseQuery(text);
  let identifierRowids: number[] = [];
  const compact = compactIdentifier(text);
  const isIdentifier = looksLikeIdentifier(text) || /^(?:nct|isrctn)\d{6,}$/.test(compact);
  if (isIdentifier) identifierRowids = findIdentifierRowids(db, text);

  let concepts = expandSynonyms(tokens).slice(0, MAX_CONCEPTS);
  if (concepts.length === 0) return { identifierRowids };
  let expression = toExpression(concepts);
  if (countMatches(db, expression, FEW_RESULTS) < FEW_RESULTS) {
    concepts = widenTypos(db, concepts);
    expression = toExpression(concepts);
  }
  if (isIdentifier) expression = `${quote(compact)} OR (${expression})`;
  return { expression, identifierRowids };
}
