/**
 * Folding of French place names, shared by the gazetteer build (scripts/build-gazetteer.ts) and the geocoder,
 * so that "SAINT ETIENNE CEDEX 2", "St-Étienne" and "Saint-Étienne" meet on the same key.
 */
import { foldText } from '@/lib/text/fold';

/** Cities split into municipal arrondissements (INSEE codes of the whole commune). */
export const ARRONDISSEMENT_CITIES: Readonly<Record<string, string>> = {
  paris: '75056',
  lyon: '69123',
  marseille: '13055',
};

const PLACEHOLDER =
  /^(indisponible|n\/?a|n\.a\.?|nc|na|donn[ée]es? non disponibles?|non disponible|non renseign[ée]e?|inconnue?|unknown|null|undefined|none|nan|[-_.?x0\s]*)$/i;

/** True for the upstream's "no value" markers (CONTRACT §5.1) and empty strings. */
export function isPlaceholder(value: string | null | undefined): boolean {
  if (value == null) return true;
  return PLACEHOLDER.test(value.trim());
}

const WORD_EXPANSIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/** "st etienne" → "saint etienne" (on folded text). */
export function expandAbbreviations(folded: string): string {
  return folded
    .split(' ')
    .map((w) => WORD_EXPANSIONS[w] ?? w)
    .join(' ');
}

export interface ParsedCity {
  /** Normalised commune name ('' when nothing usable is left). */
  name: string;
  /** Municipal arrondissement number for Paris, Lyon and Marseille ("PARIS 13", "Lyon 3e"). */
  arrondissement?: number;
  /** A postcode written inside the city field ("44093 NANTES CEDEX 1"). */
  postcode?: string;
  /** A department code written as a qualifier ("Saint-Denis (93)", "SAINT DENIS 974"). */
  departmentHint?: string;
  /** An overseas region named in the field ("SAINT PIERRE LA REUNION") → INSEE region code. */
  regionHint?: string;
}

/** Arrondissement numbers in Roman numerals, 1 to 20 (Paris has the most); index + 1 is the number. */
const ROMAN_1_TO_20 = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x',
  'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** Nothing but articles (or nothing): what must not be left of a name once its overseas suffix is removed. */
const ONLY_ARTICLES_RE = /^(?:(?:le|la|les|l|de|d)(?: |$))*$/;
/** Overseas regions often appended to the city; removed from the name and kept as a hint. */
const OVERSEAS_SUFFIXES: ReadonlyArray<[RegExp, string]> = [
  [/ (ile de )?(la )?reunion$/, '04'],
  [/ guadeloupe$/, '01'],
  [/ martinique$/, '02'],
  [/ (guyane( francaise)?)$/, '03'],
  [/ mayotte$/, '06'],
];

/**
 * Splits a free-text city field into a normalised name and the clues it carries. "CEDEX 9", "BP 12", "CS 3001"
 * and arrondissement suffixes go; "ST"/"STE" become "saint"/"sainte".
 */
export function parseCityName(raw: string | null | undefined): ParsedCity {
  if (raw == null || isPlaceholder(raw)) return { name: '' };
  const result: ParsedCity = { name: '' };

  // A qualifier in parentheses: a department code, or words such as "(Sarthe)" that are not part of the name.
  const text = raw.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    const code = inner.trim().toUpperCase();
    if (/^(\d{2,3}|2A|2B)$/.test(code)) result.departmentHint = code;
    return ' ';
  });

  let folded = foldText(text);
  const postcode = /(?:^| )(\d{5})(?= |$)/.exec(folded);
  if (postcode) {
    result.postcode = postcode[1];
    folded = folded.replace(postcode[0], ' ');
  }
  folded = folded
    .replace(/ ?\bcedex\b( \d{1,3})?/g, ' ')
    .replace(/\b(bp|cs|tsa|cp) ?\d+\b/g, ' ')
    // A country written after the city (« PARIS FRANCE »), not the end of a name (« Fort-de-France »,
    // « Tremblay-en-France »).
    .replace(/(?<!\b(?:de|en|d|du) )\bfrance$/, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  for (const [re, code] of OVERSEAS_SUFFIXES) {
    if (!re.test(folded)) continue;
    const rest = folded.replace(re, '').trim();
    // Not when nothing but an article would be left: « La Réunion » is also a commune (Lot-et-Garonne).
    if (!ONLY_ARTICLES_RE.test(rest)) {
      result.regionHint = code;
      folded = rest;
      break;
    }
  }

  const arr = /^(paris|lyon|marseille) (\d{1,2}|[ivxl]{1,5}) ?(e|er|eme|ieme|me|em)?( arrondissement| arr| arrt| arrdt)?$/.exec(folded);
  if (arr) {
    const n = /^\d/.test(arr[2]) ? Number(arr[2]) : ROMAN_1_TO_20.indexOf(arr[2]) + 1;
    const max = arr[1] === 'paris' ? 20 : arr[1] === 'lyon' ? 9 : 16;
    if (n >= 1 && n <= max) result.arrondissement = n;
    folded = arr[1];
  } else {
    // A trailing department code ("SAINT DENIS 974", "ANGERS 49"); other stray numbers are dropped.
    const trailing = /^(.*[a-z].*?) (\d{2,3})$/.exec(folded);
    if (trailing) {
      if (!result.departmentHint && /^(0[1-9]|[1-8]\d|9[0-5]|97[1-6])$/.test(trailing[2])) {
        result.departmentHint = trailing[2];
      }
      folded = trailing[1];
    }
  }

  result.name = expandAbbreviations(folded.replace(/\s+/g, ' ').trim());
  return result;
}

/** Normalised name key of a commune or a free-text city field. */
export function normaliseName(raw: string | null | undefined): string {
  return parseCityName(raw).name;
}

/** The same key without a leading article ("le kremlin bicetre" → "kremlin bicetre"), for a second chance. */
export function stripArticle(name: string): string {
  return name.replace(/^(le|la|les|l) /, '');
}
