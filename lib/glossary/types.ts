/** One entry of Phare's glossary, written for the project in plain French. */
export interface GlossaryTerm {
  /** Stable id, used in the anchor `#terme-<slug>` of /glossaire. */
  slug: string;
  /** The term as shown, with its usual capitals and accents. */
  term: string;
  /** Every form matched in texts (base form included): plurals, feminine, synonyms, acronyms. */
  variants: string[];
  /** 2–4 short sentences, plain French, vouvoiement. */
  definition: string;
  /** Slugs of related terms. */
  seeAlso?: string[];
}
