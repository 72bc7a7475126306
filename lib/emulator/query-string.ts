/**
 * Parses a query string the way Express' default `qs` parser shapes `req.query`, then lists the entries as
 * ECLAIRE does (`Object.entries`): a repeated name becomes an array, `a[b]=c` an object, dots stay literal,
 * and integer-like names come first (JavaScript key order). The search semantics depend on all of this.
 */

export type QueryValue = string | string[] | Record<string, unknown>;

export interface QueryParam {
  name: string;
  value: QueryValue;
}

function decode(s: string): string {
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}

const INTEGER_KEY = /^(0|[1-9]\d*)$/;

export function parseQueryParams(rawQuery: string): QueryParam[] {
  const values = new Map<string, QueryValue>();
  const raw = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  for (const piece of raw.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const rawKey = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : decode(piece.slice(eq + 1));
    const key = decode(rawKey);
    if (key === '') continue;
    const bracket = /^([^[]+)\[([^\]]*)\]/.exec(key);
    if (bracket) {
      const [, name, inner] = bracket;
      const previous = values.get(name);
      if (inner === '' || INTEGER_KEY.test(inner)) {
        // `a[]=x` / `a[0]=x`: an array, merged with any previous value
        const list = previous === undefined ? [] : Array.isArray(previous) ? previous : typeof previous === 'string' ? [previous] : null;
        values.set(name, list ? [...list, value] : previous!);
      } else {
        const obj = previous !== undefined && typeof previous === 'object' && !Array.isArray(previous) ? previous : {};
        values.set(name, { ...obj, [inner]: value });
      }
      continue;
    }
    const previous = values.get(key);
    if (previous === undefined) values.set(key, value);
    else if (Array.isArray(previous)) values.set(key, [...previous, value]);
    else if (typeof previous === 'string') values.set(key, [previous, value]);
    else values.set(key, { ...previous, [String(Object.keys(previous).length)]: value });
  }
  const entries = [...values.entries()].map(([name, value]) => ({ name, value }));
  // Object.entries lists integer-like keys first, in ascending order.
  const integers = entries.filter((e) => INTEGER_KEY.test(e.name)).sort((a, b) => Number(a.name) - Number(b.name));
  const others = entries.filter((e) => !INTEGER_KEY.test(e.name));
  return [...integers, ...others];
}
