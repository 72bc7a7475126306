/**
 * Text clean-up for ECLAIRE strings (CONTRACT §5.1, §5.4, §5.5, §5.15). Pure, allocation-light: every regular
 * expression is compiled once at module load because the normaliser runs on tens of thousands of studies.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  ndash: '–', mdash: '—', hyphen: '‐', minus: '−', hellip: '…', bull: '•', middot: '·',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  prime: '′', Prime: '″', acute: '´', cedil: '¸', uml: '¨', circ: 'ˆ', tilde: '˜',
  deg: '°', plusmn: '±', times: '×', divide: '÷', micro: 'µ', para: '¶', sect: '§', copy: '©', reg: '®',
  trade: '™', euro: '€', pound: '£', cent: '¢', yen: '¥', percnt: '%', permil: '‰', num: '#', commat: '@',
  sup1: '¹', sup2: '²', sup3: '³', frac12: '½', frac14: '¼', frac34: '¾', ordf: 'ª', ordm: 'º',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞', larr: '←', rarr: '→', harr: '↔', uarr: '↑', darr: '↓',
  iexcl: '¡', iquest: '¿', excl: '!', quest: '?', colon: ':', semi: ';', comma: ',', period: '.',
  lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', sol: '/', bsol: '\\', ast: '*',
  plus: '+', equals: '=', lowbar: '_', verbar: '|', Hat: '^', grave: '`', dollar: '$',
  ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '', zwj: '',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', kappa: 'κ', lambda: 'λ', mu: 'μ', pi: 'π',
  sigma: 'σ', tau: 'τ', omega: 'ω', Delta: 'Δ', Omega: 'Ω',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß', OElig: 'Œ',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ', Yuml: 'Ÿ',
  oelig: 'œ', scaron: 'š', Scaron: 'Š',
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;
const BR_RE = /<br\s*\/?>/gi;
const BLOCK_END_RE = /<\/(?:p|div|li|h[1-6]|tr)\s*>/gi;
// A tag must start with a letter (or `/letter`), so "âge < 18 ans" or "x<5" survive.
const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const CRLF_RE = /\r\n?/g;
const SPACES_RE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const SPACE_AROUND_NL_RE = / *\n */g;
const MANY_NL_RE = /\n{3,}/g;
const ALL_WS_RE = /\s+/g;
const NEEDS_CLEANING_RE = /[<&\r\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| [ \n]|\n[ \n]|^\s|\s$/;
const PLACEHOLDER_RE = /^(indisponible|n\/?a|donn[ée]es? non disponibles?|null|undefined)$/i;

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) {
    const v = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
    return v ?? match;
  }
  const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return match;
  return String.fromCodePoint(cp);
}

/** Decodes HTML entities (named, decimal, hexadecimal); unknown names are left as they are. */
export function decodeEntities(s: string): string {
  return s.indexOf('&') === -1 ? s : s.replace(ENTITY_RE, decodeEntity);
}

/**
 * Cleans an upstream string: `<br>` and block ends become line breaks, tags are removed, entities decoded,
 * runs of spaces folded, spaces around line breaks and at both ends trimmed, at most one blank line kept.
 * Line breaks are kept (summaries have paragraphs; titles need their first line checked for "Ref CPP").
 */
export function cleanText(s: string): string {
  // Most upstream strings are already clean: skip the seven passes for them.
  if (!NEEDS_CLEANING_RE.test(s)) return s;
  let t = s;
  if (t.indexOf('<') !== -1) t = t.replace(BR_RE, '\n').replace(BLOCK_END_RE, '\n').replace(TAG_RE, '');
  t = decodeEntities(t);
  return t
    .replace(CRLF_RE, '\n')
    .replace(SPACES_RE, ' ')
    .replace(SPACE_AROUND_NL_RE, '\n')
    .replace(MANY_NL_RE, '\n\n')
    .trim();
}

/** Like `cleanText`, on a single line (names, addresses, titles). */
export function cleanLine(s: string): string {
  const t = cleanText(s);
  return t.indexOf('\n') === -1 ? t : t.replace(ALL_WS_RE, ' ');
}

/** True for empty strings and upstream placeholders (INDISPONIBLE, N/A, Données non disponibles…). */
export function isPlaceholder(s: string | null | undefined): boolean {
  if (s === null || s === undefined) return true;
  const t = s.trim();
  return t === '' || PLACEHOLDER_RE.test(t);
}

/** The cleaned string, or undefined when absent, not a string, empty or a placeholder. */
export function present(s: unknown, options?: { multiline?: boolean }): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = options?.multiline ? cleanText(s) : cleanLine(s);
  return isPlaceholder(t) ? undefined : t;
}

const EN_WORDS = new Set([
  'the', 'of', 'and', 'with', 'in', 'for', 'to', 'on', 'or', 'by', 'is', 'are', 'be', 'an', 'as', 'at',
  'from', 'this', 'that', 'which', 'will', 'have', 'has', 'not', 'after', 'before', 'who', 'than', 'their',
  'study', 'trial', 'randomized', 'randomised', 'compared', 'efficacy', 'safety', 'treatment', 'subjects',
  'disease', 'evaluate', 'assess', 'years', 'adult', 'adults', 'children', 'women', 'men', 'evaluating',
  'controlled', 'versus', 'open-label', 'label', 'phase', 'multicenter', 'patient', 'participants',
  'placebo', 'blind', 'double-blind', 'effect', 'effects', 'cancer',
]);
// Words present in both languages are ignored by scoring them for neither.
const SHARED_WORDS = new Set(['patient', 'participants', 'versus', 'phase', 'placebo', 'cancer', 'label']);
const FR_WORDS = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'en', 'dans', 'pour', 'par', 'sur',
  'avec', 'chez', 'au', 'aux', 'étude', 'essai', 'qui', 'que', 'ne', 'pas', 'sont', 'd', 'l', 'ou', 'plus',
  'après', 'avant', 'être', 'évaluer', 'évaluation', 'traitement', 'maladie', 'ans', 'âge', 'adultes',
  'enfants', 'femmes', 'hommes', 'selon', 'atteints', 'atteintes', 'randomisé', 'randomisée', 'contrôlé',
  'contrôlée', 'efficacité', 'tolérance', 'sécurité', 'sujets', 'cette', 'ces', 'son', 'sa', 'ses',
]);
const WORD_RE = /[a-zà-öø-ÿœæ-]+/g;

/**
 * Light heuristic: true when English stopwords clearly outnumber French ones. Good enough to flag CTIS
 * titles, criteria and summaries left untranslated (CONTRACT §5.5); too short or ambiguous texts → false.
 */
export function detectEnglish(text: string): boolean {
  const words = text.toLowerCase().match(WORD_RE);
  if (!words) return false;
  let en = 0;
  let fr = 0;
  for (const w of words) {
    if (SHARED_WORDS.has(w)) continue;
    if (EN_WORDS.has(w)) en++;
    else if (FR_WORDS.has(w)) fr++;
  }
  return en >= 2 && en > fr * 1.5;
}
