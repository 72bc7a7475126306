/**
 * What the FHIR proxy lets reach ECLAIRE's full-text search. ECLAIRE hands `_text` and `_content` to
 * OpenSearch `query_string` with the whole Lucene syntax live (CONTRACT §2.2): regexes (`/.*\/`), leading
 * wildcards (`*abc`), fuzzy edits (`a~10`), ranges, `field:value` on any field, boolean operators — expensive
 * queries, or parse errors (400) for an unbalanced quote or a stray `/`. Phare's partners get plain full-text
 * search instead:
 *
 * - the text is searched literally, as words: every reserved character is escaped with a backslash
 *   (`+ - = ! ( ) { } [ ] ^ " ~ * ? : \ /`, and `&&` `||`), so `covid-19` or `l'étude "ABC"` are words and
 *   punctuation, never syntax; `<` and `>`, which `query_string` cannot escape, become spaces; the operators
 *   `AND`, `OR`, `NOT` are lower-cased, so they are searched as words (the analyzer lower-cases anyway);
 * - words are OR-ed as ECLAIRE does by default; there is no wildcard, phrase, fuzzy or field search;
 * - refused with a French 400 OperationOutcome, without calling ECLAIRE (lib/proxy/params.ts): more than
 *   `MAX_TEXT_LENGTH` characters, no letter or digit at all, control characters, web addresses.
 *
 * The canonical query (cache key, `self` link) keeps the text as the partner sent it; only the upstream query
 * carries the escaped form, so escaping is applied once whatever the number of round trips.
 */

/** Reserved characters of `query_string`, `&&`/`||` runs, and `<`/`>` (which cannot be escaped). */
const RESERVED = /[+\-=!(){}[\]^"~*?:\\/]|&{2,}|\|{2,}|[<>]/g;
const OPERATORS = /\b(AND|OR|NOT)\b/g;

/** The text of a `_text`/`_content` value as `query_string` must receive it to search it literally, as words. */
export function escapeQueryText(text: string): string {
  return text
    .replace(RESERVED, (match) => (match === '<' || match === '>' ? ' ' : [...match].map((c) => `\\${c}`).join('')))
    .replace(OPERATORS, (word) => word.toLowerCase());
}
