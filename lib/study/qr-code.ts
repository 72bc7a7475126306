/**
 * QR code of a study's stable link, rendered on the server to an SVG and returned as a `data:` URI for an
 * <img> (no inline script or style, so it stays within the page's CSP). The SVG is written into the URI with the
 * few characters a URI needs escaped, not in base64 (a quarter smaller), and each link's code is made once: a
 * QR code depends only on its link.
 */
import QRCode from 'qrcode';
import { LRUCache } from 'lru-cache';

const codes = new LRUCache<string, string>({ max: 5_000 });

/** `data:image/svg+xml,…` with double quotes turned single, and `%`, `#`, `<`, `>` and line breaks escaped. */
export function svgDataUri(svg: string): string {
  const escaped = svg.trim().replace(/"/g, "'").replace(/[%#<>\r\n]/g, (c) => encodeURIComponent(c));
  return `data:image/svg+xml,${escaped}`;
}

export async function qrCodeDataUri(url: string): Promise<string | undefined> {
  const known = codes.get(url);
  if (known) return known;
  try {
    const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const uri = svgDataUri(svg);
    codes.set(url, uri);
    return uri;
  } catch {
    return undefined;
  }
}
