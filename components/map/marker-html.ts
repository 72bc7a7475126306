/**
 * The HTML of the map's markers (Leaflet `divIcon`s): pure CSS and inline SVG, no image URL (Leaflet's default
 * marker images do not resolve under the bundler, and the CSP allows no other image origin than the tiles).
 * Kinds differ by shape and border, never by colour alone: a pin for one site, a larger pin with a star and a
 * double border for the selected study, a circle with the count for a group, a square for sites at one place.
 * The text is hidden from assistive technology: the marker element carries the accessible name (`aria-label`).
 */

export interface IconSpec {
  className: string;
  html: string;
  iconSize: [number, number];
  iconAnchor: [number, number];
  popupAnchor: [number, number];
}

const PIN_PATH = 'M14 1C7 1 1.5 6.3 1.5 13.1 1.5 22 14 35 14 35S26.5 22 26.5 13.1C26.5 6.3 21 1 14 1z';

export function siteIconSpec(highlighted: boolean): IconSpec {
  if (highlighted) {
    return {
      className: 'phare-marker phare-marker--site phare-marker--selected',
      html:
        '<svg viewBox="-3 -3 34 42" width="40" height="50" aria-hidden="true" focusable="false">' +
        `<path d="${PIN_PATH}" fill="#1d232a" stroke="#ffffff" stroke-width="5"/>` +
        `<path d="${PIN_PATH}" fill="#1d232a" stroke="#0b5c8a" stroke-width="2.5"/>` +
        '<path d="M14 6.2l2.1 4.4 4.8.6-3.5 3.3.9 4.8L14 17l-4.3 2.3.9-4.8-3.5-3.3 4.8-.6z" fill="#ffffff"/>' +
        '</svg>',
      iconSize: [40, 50],
      iconAnchor: [20, 48],
      popupAnchor: [0, -44],
    };
  }
  return {
    className: 'phare-marker phare-marker--site',
    html:
      '<svg viewBox="0 0 28 36" width="28" height="36" aria-hidden="true" focusable="false">' +
      `<path d="${PIN_PATH}" fill="#084a70" stroke="#ffffff" stroke-width="2"/>` +
      '<circle cx="14" cy="13" r="4.5" fill="#ffffff"/>' +
      '</svg>',
    iconSize: [28, 36],
    iconAnchor: [14, 35],
    popupAnchor: [0, -32],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A group of sites: circle (zoom in) or square (same place, list), with the count. */
export function groupIconSpec(opts: { text: string; samePlace: boolean; highlighted: boolean }): IconSpec {
  const size = opts.text.length <= 2 ? 34 : opts.text.length <= 3 ? 40 : 48;
  const shape = opts.samePlace ? 'phare-group--square' : 'phare-group--circle';
  const selected = opts.highlighted ? ' phare-group--selected' : '';
  const star = opts.highlighted
    ? '<svg class="phare-group__star" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">' +
      '<circle cx="8" cy="8" r="7.5" fill="#1d232a"/>' +
      '<path d="M8 3l1.4 2.9 3.2.4-2.3 2.2.6 3.2L8 10.2 5.1 11.7l.6-3.2-2.3-2.2 3.2-.4z" fill="#ffffff"/></svg>'
    : '';
  return {
    className: `phare-marker phare-marker--group${opts.samePlace ? ' phare-marker--square' : ''}`,
    html: `<div class="phare-group ${shape}${selected}" aria-hidden="true"><span>${escapeHtml(opts.text)}</span>${star}</div>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  };
}
