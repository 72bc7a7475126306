/**
 * QR code of a study's stable link, rendered on the server to an SVG and returned as a `data:` URI for an
 * <img> (no inline script or style, so it stays within the page's CSP).
 */
import QRCode from 'qrcode';

export async function qrCodeDataUri(url: string): Promise<string | undefined> {
  try {
    const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  } catch {
    return undefined;
  }
}
