/** One entry of Phare's glossary, written for the project in plain French. */
export interface GlossaryTerm {
  /** Stable id, used in the anchor `#terme-<slug>` of /glossaire. */
  slug: string;
  /** The term as shown, with its usual capitals and accents. */
  term: string;
  /** Every form matched in texts (base form included): plurals, feminine, synonyms, acronyms. */
  variants: string[];
  /**
   * Forms matched only when written with exactly these capitals (accents, spaces, hyphens and apostrophes are
   * still folded): « HAS » and not « has », « bras A » and not « le bras a été… », « EVA » and not « Eva ».
   */
  caseSensitiveVariants?: string[];
  /**
   * Guards: the term is not linked when the words right after it are one of these phrases (folded like the
   * text; `#` stands for a number, in digits or roman numerals). For a generic word whose meaning changes in
   * a longer expression: « suivi » not before « de » (« induction suivie de… »). Guards apply to the one-word
   * forms only: a longer variant is specific enough on its own.
   */
  notFollowedBy?: string[];
  /** Guards: the term is not linked when the words right before it are one of these phrases. */
  notPrecededBy?: string[];
  /** 2–4 short sentences, plain French, vouvoiement. */
  definition: string;
  /** Slugs of related terms. */
  seeAlso?: string[];
}

/**
 * A phrase that contains a glossary word with another meaning (« leucémie aiguë » is not a « maladie aiguë »
 * that « ne dure pas », « obésité de catégorie 2 » is not JARDÉ 2). The matcher consumes it without linking,
 * so no shorter term inside it is linked. `#` stands for a number.
 */
export interface GlossaryBlocker {
  phrase: string;
  /** Why the words inside must not be linked (for the reader of the list). */
  why: string;
}
