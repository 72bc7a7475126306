import { countSyllablesFr } from './syllables';

/**
 * Readability of French text: Kandel & Moles (1958), the French adaptation of Flesch's reading ease.
 * score = 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word). Higher is easier; 60 and above
 * reads as "standard" prose, 70 and above as easy.
 */

/** Words: letters or digits, with inner apostrophes and hyphens (« l'étude », « vous-même » are one word). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ\-‐‑][\p{L}\p{N}]+)*/gu;

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end with . ! ? or … followed by a space or the end; a line break also ends a sentence. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => splitWords(s).length > 0);
}

export interface SentenceStats {
  sentences: number;
  words: number;
  averageWordsPerSentence: number;
  maxWordsPerSentence: number;
  /** The longest sentence, to point at when a text is too hard. */
  longestSentence: string;
}

export function sentenceStats(text: string): SentenceStats {
  const sentences = splitSentences(text);
  let words = 0;
  let max = 0;
  let longest = '';
  for (const s of sentences) {
    const n = splitWords(s).length;
    words += n;
    if (n > max) {
      max = n;
      longest = s;
    }
  }
  return {
    sentences: sentences.length,
    words,
    averageWordsPerSentence: sentences.length ? words / sentences.length : 0,
    maxWordsPerSentence: max,
    longestSentence: longest,
  };
}

/** Kandel–Moles score of a text; NaN when the text has no word. */
export function scoreKandelMoles(text: string): number {
  const { sentences, words } = sentenceStats(text);
  if (words === 0) return Number.NaN;
  const syllables = splitWords(text).reduce((sum, w) => sum + countSyllablesFr(w), 0);
  return 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words);
}
