/**
 * French typography for every text Phare renders, in one place.
 *
 * `frenchTypography(text)`:
 * - typographic apostrophe between two letters: l'étude → l’étude;
 * - narrow no-break space (U+202F) before ; ! ? and before %, no-break space (U+00A0) before : and inside « »;
 *   an ordinary space there is replaced, a missing one is added;
 * - straight double quotes around words become « … »;
 * - « n° » followed by a no-break space before its number (nº, N°);
 * - no double full stop: « fin.. » → « fin. », « Pourquoi ?. » → « Pourquoi ? »; an ellipsis « ... » is kept.
 *
 * It is idempotent (applying it twice changes nothing more) and leaves alone what is not prose: web addresses,
 * courriel addresses, HTML entities, code between backticks, times (10:30), ratios (1:1), identifiers
 * (2022-500014-26-00, NCT01234567) and text that is already right.
 *
 * Used by: every constant text of `lib/study/*` and `lib/glossary/terms.ts` (tests assert they are fixed points),
 * and by the UI on upstream texts before they are rendered.
 */

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Spans that must not change: web and courriel addresses, HTML entities, inline code. */
const PROTECTED =
  /(?:https?:\/\/|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|&(?:[a-z]+|#\d+|#x[0-9a-f]+);|`[^`\n]*`/giu;

/**
 * Private-use characters stand in for the protected spans while the rules run. A text that already holds
 * private-use characters is processed without protection of its spans (never seen in practice).
 */
const PLACEHOLDER_START = 0xe000;

const SPACES = '[ \\u00A0\\u202F]';

export function frenchTypography(text: string): string {
  if (!text) return text;
  const kept: string[] = [];
  const canProtect = !/[\uE000-\uF8FF]/.test(text);
  let out = !canProtect ? text : text.replace(PROTECTED, (m) => {
    kept.push(m);
    return String.fromCharCode(PLACEHOLDER_START + kept.length - 1);
  });

  // Apostrophe between two letters.
  out = out.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');

  // Straight double quotes around a phrase → « … ».
  out = out.replace(/(^|[\s(\[])"([^"\n]+?)"(?=$|[\s.,;:!?)\]])/gu, `$1«${NBSP}$2${NBSP}»`);

  // Inside « »: exactly one no-break space.
  out = out.replace(new RegExp(`«${SPACES}*`, 'g'), `«${NBSP}`);
  out = out.replace(new RegExp(`${SPACES}*»`, 'g'), `${NBSP}»`);

  // n° and its number.
  out = out.replace(/(?<![\p{L}\p{N}])([nN])[°º]\s*(?=\d)/gu, `$1°${NBSP}`);
  out = out.replace(/(?<![\p{L}\p{N}])([nN])º/gu, '$1°');

  // ; ! ? after a word: a narrow no-break space. Only when the mark ends a clause (space, end, closing mark
  // or another mark follows), so "?" inside a query string or "!=" in code are left alone.
  out = out.replace(
    new RegExp(`(?<=[\\p{L}\\p{N}»)\\]’'*_\\uE000-\\uF8FF])${SPACES}?([;!?]+)(?=$|[\\s»)\\].,:"'’])`, 'gu'),
    `${NNBSP}$1`,
  );
  // Two marks in a row keep no space between them (« ?! »).
  out = out.replace(new RegExp(`([!?])${NNBSP}(?=[!?])`, 'g'), '$1');

  // : after a word, when a space or the end follows (never in 10:30, 1:1 or C:\).
  out = out.replace(
    new RegExp(`(?<=[\\p{L}\\p{N}»)\\]’'*_%°\\uE000-\\uF8FF])${SPACES}?:(?=$|\\s)`, 'gu'),
    `${NBSP}:`,
  );

  // % after a number.
  out = out.replace(new RegExp(`(?<=\\d)${SPACES}?%`, 'g'), `${NNBSP}%`);

  // No double full stop; a full stop after ? ! or … is dropped. « ... » stays.
  out = out.replace(/(?<!\.)\.\.(?!\.)/g, '.');
  out = out.replace(/([?!…])\.(?!\.)/g, '$1');

  if (kept.length) {
    out = out.replace(/[\uE000-\uF8FF]/g, (c) => kept[c.charCodeAt(0) - PLACEHOLDER_START] ?? c);
  }
  return out;
}

/** True when a text is already in French typography (a fixed point of `frenchTypography`). */
export function isFrenchTypography(text: string): boolean {
  return frenchTypography(text) === text;
}
