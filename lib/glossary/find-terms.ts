/**
 * Glossary terms in a text (titles, criteria, outcomes), for the in-place explanations of the study page
 * (`components/study/glossary-text.tsx`) and the trial designs of the JSON-LD (`lib/study/json-ld.ts`).
 *
 * How a term is found (the general rule):
 * 1. the text is folded (case, accents, apostrophes, hyphens: `fold.ts`) and cut into tokens: runs of letters
 *    or digits, and single punctuation marks; spaces only separate;
 * 2. at each token, every entry that starts there is a candidate: the variants of every term, and the
 *    blockers (`blockers.ts`), phrases that contain a glossary word with another meaning;
 * 3. the longest candidate whose guards pass wins (`caseSensitiveVariants`, `notFollowedBy`,
 *    `notPrecededBy` of its term, for its one-word forms); if it fails, the next longest is tried;
 * 4. a winning term is linked, a winning blocker is consumed without link; matching goes on after it.
 * So the longest term always wins (« anticorps monoclonal » over « anticorps »), and a generic word never
 * gets linked inside a different medical term (« leucémie aiguë », « survie sans maladie »): either that longer
 * term is in the glossary with its own meaning, or it is a blocker, or the generic term has a guard.
 */
import { GLOSSARY_BLOCKERS } from './blockers';
import { foldText, foldWithMap } from './fold';
import { GLOSSARY_TERMS } from './terms';
import type { GlossaryBlocker, GlossaryTerm } from './types';

export interface GlossaryMatch {
  /** Index of the first character in the original text (UTF-16). */
  start: number;
  /** Index just after the last character. */
  end: number;
  slug: string;
}

interface Entry {
  /** null for a blocker. */
  slug: string | null;
  /** The accepted spellings (`caseKeys`), when the capitals must match. */
  exactCase?: string[];
  notFollowedBy: string[][];
  notPrecededBy: string[][];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Edge taken by any number token (`#` in a phrase). */
  num?: TrieNode;
  entries: Entry[];
}

export interface GlossaryMatcher {
  root: TrieNode;
}

interface Token {
  text: string;
  /** Index in the folded text. */
  from: number;
  /** Index just after, in the folded text. */
  to: number;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const NUMBER = /^(?:\d+|[ivx]+)$/;

function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) out.push({ text: m[0], from: m.index, to: m.index + m[0].length });
  return out;
}

/** A phrase as tokens, folded like a text. */
function phraseTokens(phrase: string): string[] {
  return tokenize(foldText(phrase)).map((t) => t.text);
}

/** Spaces, hyphens and apostrophes normalised, accents removed, case kept: to compare capitals. */
function caseKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/[\s\-‐‑–]+/g, ' ')
    .trim();
}

/**
 * The spellings a case-sensitive variant accepts: as written, and with a capital first letter when its first
 * word is in lower case (a sentence may start with it: « Bras A » is « bras A »). « eGFR » accepts no « EGFR »
 * (a gene), « HAS » no « has ».
 */
function caseKeys(variant: string): string[] {
  const k = caseKey(variant);
  const firstWord = k.split(' ')[0];
  return firstWord === firstWord.toLowerCase() ? [k, k.charAt(0).toUpperCase() + k.slice(1)] : [k];
}

const NO_GUARDS = { notFollowedBy: [], notPrecededBy: [] } as const satisfies Pick<Entry, 'notFollowedBy' | 'notPrecededBy'>;

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

function insert(root: TrieNode, tokens: string[], entry: Entry) {
  let node = root;
  for (const t of tokens) {
    if (t === '#') {
      node.num ??= newNode();
      node = node.num;
    } else {
      let child = node.next.get(t);
      if (!child) {
        child = newNode();
        node.next.set(t, child);
      }
      node = child;
    }
  }
  node.entries.push(entry);
}

/** The matcher for a list of terms and blockers (the default one is built once, on first use). */
export function buildGlossaryMatcher(
  terms: readonly GlossaryTerm[],
  blockers: readonly GlossaryBlocker[] = [],
): GlossaryMatcher {
  const root = newNode();
  for (const t of terms) {
    const guards = {
      notFollowedBy: (t.notFollowedBy ?? []).map(phraseTokens),
      notPrecededBy: (t.notPrecededBy ?? []).map(phraseTokens),
    };
    // Guards protect a generic one-word form; a longer variant is specific enough on its own.
    const guardsFor = (tokens: string[]) => (tokens.length === 1 ? guards : NO_GUARDS);
    for (const v of t.variants) {
      const tokens = phraseTokens(v);
      if (tokens.length) insert(root, tokens, { slug: t.slug, ...guardsFor(tokens) });
    }
    for (const v of t.caseSensitiveVariants ?? []) {
      const tokens = phraseTokens(v);
      if (tokens.length) insert(root, tokens, { slug: t.slug, exactCase: caseKeys(v), ...guardsFor(tokens) });
    }
  }
  for (const b of blockers) {
    const tokens = phraseTokens(b.phrase);
    if (tokens.length) insert(root, tokens, { slug: null, ...NO_GUARDS });
  }
  return { root };
}

function tokenMatches(pattern: string, token: string): boolean {
  return pattern === '#' ? NUMBER.test(token) : pattern === token;
}

function followedBy(tokens: Token[], after: number, phrase: string[]): boolean {
  if (after + phrase.length > tokens.length) return false;
  return phrase.every((p, k) => tokenMatches(p, tokens[after + k].text));
}

function precededBy(tokens: Token[], before: number, phrase: string[]): boolean {
  const first = before - phrase.length;
  if (first < 0) return false;
  return phrase.every((p, k) => tokenMatches(p, tokens[first + k].text));
}

interface Candidate {
  entry: Entry;
  /** Index of the last token of the match. */
  last: number;
}

function collect(node: TrieNode, tokens: Token[], j: number, out: Candidate[]) {
  if (j >= tokens.length) return;
  const t = tokens[j].text;
  const exact = node.next.get(t);
  if (exact) {
    for (const entry of exact.entries) out.push({ entry, last: j });
    collect(exact, tokens, j + 1, out);
  }
  if (node.num && NUMBER.test(t)) {
    for (const entry of node.num.entries) out.push({ entry, last: j });
    collect(node.num, tokens, j + 1, out);
  }
}

let defaultMatcher: GlossaryMatcher | undefined;

/** The matcher of Phare's glossary and blockers. */
export function getDefaultGlossaryMatcher(): GlossaryMatcher {
  return (defaultMatcher ??= buildGlossaryMatcher(GLOSSARY_TERMS, GLOSSARY_BLOCKERS));
}

/**
 * Glossary terms found in a text: accent- and case-insensitive (except case-sensitive variants), whole words
 * only, longest match first, guards and blockers applied, never overlapping, in reading order.
 */
export function findGlossaryTerms(text: string, matcher?: GlossaryMatcher): GlossaryMatch[] {
  if (!text) return [];
  const { root } = matcher ?? getDefaultGlossaryMatcher();
  const { folded, start, end } = foldWithMap(text);
  const tokens = tokenize(folded);
  const out: GlossaryMatch[] = [];
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    candidates.length = 0;
    collect(root, tokens, i, candidates);
    // Longest first (in characters); a term before a blocker of the same extent.
    candidates.sort(
      (a, b) => tokens[b.last].to - tokens[a.last].to || Number(a.entry.slug === null) - Number(b.entry.slug === null),
    );
    const winner = candidates.find(({ entry, last }) => {
      if (entry.exactCase !== undefined) {
        const original = text.slice(start[tokens[i].from], end[tokens[last].to - 1]);
        if (!entry.exactCase.includes(caseKey(original))) return false;
      }
      if (entry.notFollowedBy.some((p) => followedBy(tokens, last + 1, p))) return false;
      if (entry.notPrecededBy.some((p) => precededBy(tokens, i, p))) return false;
      return true;
    });
    if (!winner) {
      i++;
      continue;
    }
    if (winner.entry.slug !== null) {
      out.push({ start: start[tokens[i].from], end: end[tokens[winner.last].to - 1], slug: winner.entry.slug });
    }
    i = winner.last + 1;
  }
  return out;
}
