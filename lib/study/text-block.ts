/**
 * The shape of the structured French texts that `lib/study/*` writes for the UI: a block is a heading (optional),
 * paragraphs and a list, in reading order. The UI renders them as it likes (`<h3>`, `<p>`, `<ul>`/`<ol>`); the
 * texts are final: plain French, French typography already applied, nothing to rewrite.
 */
export interface TextBlock {
  /** Short heading, when the block has one. */
  heading?: string;
  /** Paragraphs, in reading order. */
  paragraphs: string[];
  /** A list under the paragraphs, when there is one. */
  items?: string[];
  /** Whether the list is ordered (steps). */
  ordered?: boolean;
  /**
   * Legal sources of the block (« Code de la santé publique, article L1121-11 »), to show small under it or in a
   * « Sources » note. References, not sentences: not scored for readability.
   */
  sources?: string[];
}

/** Every sentence of a block that a reader reads as prose (heading, paragraphs, items): for the tests. */
export function blockProse(block: TextBlock): string[] {
  return [...(block.heading ? [block.heading] : []), ...block.paragraphs, ...(block.items ?? [])];
}

/** Every text of a block, sources included: for the typography tests. */
export function blockTexts(block: TextBlock): string[] {
  return [...blockProse(block), ...(block.sources ?? [])];
}
