import { EclaireParamsError } from './errors';

export type SearchParamValue = string | number | boolean | null | undefined;

/** Ordered `[name, value]` pairs (order is meaningful upstream) or a plain object (insertion order). */
export type SearchParamsInput =
  | ReadonlyArray<readonly [string, SearchParamValue]>
  | Readonly<Record<string, SearchParamValue>>;

/**
 * Builds a query string (without `?`) the way ECLAIRE needs it (CONTRACT §2.1):
 * - empty values are dropped, because the upstream stops reading parameters at the first empty one;
 * - a repeated name throws, because Express turns it into an array that ES rejects (the caller must combine);
 * - bracketed names (`a[b]`) throw, because `qs` turns them into objects;
 * - `search_after` goes last, and never together with `_getpagesoffset` (which would make ES answer 400).
 */
export function buildSearchQuery(input: SearchParamsInput): string {
  const pairs: Array<readonly [string, SearchParamValue]> = Array.isArray(input)
    ? [...(input as ReadonlyArray<readonly [string, SearchParamValue]>)]
    : Object.entries(input as Record<string, SearchParamValue>);

  const seen = new Set<string>();
  const kept: Array<[string, string]> = [];
  let searchAfter: string | undefined;

  for (const [rawName, rawValue] of pairs) {
    const name = rawName.trim();
    if (rawValue === undefined || rawValue === null) continue;
    const value = String(rawValue);
    if (value.trim() === '') continue;
    if (name === '') throw new EclaireParamsError('Nom de paramètre vide.', rawName);
    if (/[[\]]/.test(name)) {
      throw new EclaireParamsError(`Nom de paramètre invalide : ${name}.`, name);
    }
    if (seen.has(name)) {
      throw new EclaireParamsError(`Paramètre répété : ${name}. Combinez les valeurs en une seule.`, name);
    }
    seen.add(name);
    if (name === 'search_after') searchAfter = value;
    else kept.push([name, value]);
  }

  if (searchAfter !== undefined && seen.has('_getpagesoffset')) {
    throw new EclaireParamsError(
      '_getpagesoffset et search_after ne peuvent pas être utilisés ensemble.',
      '_getpagesoffset',
    );
  }
  if (searchAfter !== undefined) kept.push(['search_after', searchAfter]);

  return kept.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');
}
