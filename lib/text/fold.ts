/**
 * Accent and case folding shared by the search's text analysis (lib/search/text.ts) and the place names
 * (lib/geo/normalise-name.ts), so that « Saint-Étienne », « ST ETIENNE » and « st-etienne » fold alike.
 */

/** Lower case, no accents, ligatures spelled out, every non-alphanumeric run turned into one space, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
