/**
 * A small stand-in for ES `query_string` with the standard analyzer: lower-cased word tokens, no accent
 * folding (`etude` does not match `étude`), words OR-ed. Only the syntax errors a client is likely to send
 * (unbalanced quotes or brackets, a stray `/`, `:`) are detected, since they turn into 400 upstream.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

export interface TextQuery {
  /** Exact lower-cased words. */
  words: string[];
  /** Lower-cased prefixes from `word*`. */
  prefixes: string[];
  /** `*` alone: matches everything. */
  matchAll: boolean;
}

/** Returns the ES-like parse error reason, or undefined when the query is acceptable. */
export function checkTextSyntax(query: string): string | undefined {
  const fail = () => `Failed to parse query [${query}]`;
  let quotes = 0;
  let slashes = 0;
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '\\') {
      if (i === query.length - 1) return fail();
      i++;
      continue;
    }
    if (c === '"') {
      quotes++;
      continue;
    }
    if (quotes % 2 === 1) continue;
    if (c === '/') slashes++;
    else if (c === ':') return fail();
    else if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in pairs) {
      if (stack.pop() !== pairs[c]) return fail();
    }
  }
  if (quotes % 2 === 1 || slashes % 2 === 1 || stack.length > 0) return fail();
  return undefined;
}

export function parseTextQuery(query: string): TextQuery {
  const words: string[] = [];
  const prefixes: string[] = [];
  let matchAll = false;
  for (const part of query.split(/\s+/)) {
    if (part === '' || OPERATORS.has(part)) continue;
    if (part === '*') {
      matchAll = true;
      continue;
    }
    const tokens = tokenize(part);
    if (tokens.length === 0) continue;
    if (/[\p{L}\p{N}]\*$/u.test(part)) prefixes.push(tokens.pop()!);
    words.push(...tokens);
  }
  return { words, prefixes, matchAll };
}

/** Number of query terms found in the document (0 = no match); a crude relevance score. */
export function scoreText(query: TextQuery, docTokens: Set<string>): number {
  if (query.matchAll) return 1;
  let score = 0;
  for (const w of query.words) if (docTokens.has(w)) score++;
  for (const p of query.prefixes) {
    for (const t of docTokens) {
      if (t.startsWith(p)) {
        score++;
        break;
      }
    }
  }
  return score;
}
