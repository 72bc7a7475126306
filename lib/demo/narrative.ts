import type { Narrative } from 'fhir/r4';

/**
 * The narrative `text` of ECLAIRE resources: a raw dump of source fields as `<li> name: value </li>`
 * (CONTRACT §7.4), values interpolated as upstream does, without HTML escaping.
 */

export type NarrativeItem = readonly [name: string, value: string | number | undefined];

export function buildNarrative(items: readonly NarrativeItem[]): Narrative & { status: 'extensions' } {
  const li = items.map(([k, v]) => `<li> ${k}: ${v === undefined ? 'undefined' : v} </li>`).join('');
  return {
    status: 'extensions',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2><ul>${li}</ul></div>`,
  };
}
