/** Reading untyped JSON from ECLAIRE (client) and from the proxy's upstream answers. */

/** The parsed body, or undefined when it is not JSON. */
export function tryParseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
