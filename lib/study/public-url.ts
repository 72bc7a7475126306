/**
 * Absolute URLs of study pages: from PHARE_PUBLIC_URL when set, else from the request's own host (for the
 * link shown, copied, mailed and put in the QR code — these must be absolute).
 */
import { absoluteUrl, routes } from '@/lib/routes';

type HeaderReader = { get(name: string): string | null };

const HOST_RE = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;

export function requestOrigin(publicUrl: string | undefined, headers: HeaderReader): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0].trim();
  if (!HOST_RE.test(host)) return 'http://localhost';
  const proto = (headers.get('x-forwarded-proto') ?? '').split(',')[0].trim();
  const scheme = proto === 'https' || proto === 'http' ? proto : host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https';
  return `${scheme}://${host}`;
}

/** The canonical URL of a study page: absolute under PHARE_PUBLIC_URL when set, else the site-relative path. */
export function canonicalStudyUrl(publicUrl: string | undefined, id: string): string {
  return publicUrl ? absoluteUrl(publicUrl, routes.study(id)) : routes.study(id);
}
