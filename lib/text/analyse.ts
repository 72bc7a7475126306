import { foldText } from './fold';

/**
 * French text analysis shared by the index (`lib/store/search-document.ts`, written into `studies_fts`) and
 * the query (`lib/search/match.ts`). Both sides MUST go through `analyseText` so that a folded, stemmed query
 * token meets the same token in the index. The FTS5 tokenizer (unicode61) only splits on spaces afterwards.
 */

/** Words too common to help (French, plus English because CTIS summaries are often in English). */
const STOP_WORDS = new Set(
  [
    // French
    'a', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'chez', 'd', 'dans', 'de', 'des', 'du', 'elle', 'elles',
    'en', 'entre', 'est', 'et', 'etre', 'il', 'j', 'ils', 'je', 'l', 'la', 'le', 'les', 'leur', 'leurs', 'lors', 'lui',
    'm', 'ma', 'mais', 'me', 'mes', 'mon', 'n', 'ne', 'ni', 'nos', 'notre', 'nous', 'on', 'ont', 'ou', 'par', 'pas',
    'pour', 'qu', 'que', 'qui', 's', 'sa', 'sans', 'se', 'ses', 'son', 'sont', 'sur', 't', 'ta', 'te', 'tes', 'ton',
    'un', 'une', 'vos', 'votre', 'vous', 'y', 'sous', 'ainsi', 'afin', 'dont', 'ayant', 'etant', 'apres', 'avant',
    // English
    'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'the',
    'this', 'that', 'to', 'with', 'who', 'was', 'were', 'which', 'will', 'into', 'than', 'their', 'versus', 'vs',
  ],
);

/** Ordered suffix rules (first match wins); each keeps a stem of at least 3 letters. */
const SUFFIX_RULES: [string, string][] = [
  ['eaux', 'eau'],
  ['aux', 'al'],
  ['oux', 'ou'],
  ['euses', 'eu'],
  ['euse', 'eu'],
  ['eux', 'eu'],
  ['ives', 'if'],
  ['ive', 'if'],
  ['ifs', 'if'],
  ['elles', 'el'],
  ['elle', 'el'],
  ['els', 'el'],
  ['ennes', 'en'],
  ['enne', 'en'],
  ['ens', 'en'],
  ['ees', 'e'],
  ['ee', 'e'],
  ['es', 'e'],
];

/**
 * Light French stemmer: plurals (-s, -x, -aux → -al), common feminine endings (-ale, -ive, -euse, -elle,
 * -enne, -ée) folded onto the masculine, and a final mute -e dropped, so that « cérébraux », « cérébrale »
 * and « cérébral » meet. Deliberately simple: it only has to be consistent between index and query.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  let matched = false;
  for (const [suffix, replacement] of SUFFIX_RULES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      matched = true;
      break;
    }
  }
  // Plural -s, but not in -ss, -us, -is (« virus », « sepsis », « stress »).
  if (!matched && w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  return w;
}

/** Folded, stop-word-free, stemmed tokens of a text. */
export function analyseText(text: string | undefined | null): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const raw of foldText(text).split(' ')) {
    if (!raw || STOP_WORDS.has(raw)) continue;
    out.push(stemWord(raw));
  }
  return out;
}

/** Identifier written without separators (« 2022-500014-26-00 » → « 20225000142600 », « NCT01234567 » → « nct01234567 »). */
export function compactIdentifier(value: string): string {
  return foldText(value).replace(/ /g, '');
}
