/**
 * The public origin of Phare in absolute URLs — canonical links, JSON-LD, QR codes, share links, sitemaps,
 * feeds, robots.txt: every one goes through `requestOrigin`, so that no answer names an origin another did not.
 *
 * 1. `PHARE_PUBLIC_URL` when set (production should set it).
 * 2. Else, behind `PHARE_TRUSTED_PROXIES` = N > 0 proxies, `X-Forwarded-Host` / `X-Forwarded-Proto` as written
 *    by the outermost trusted proxy (position N from the right, or the first value when the proxies overwrite
 *    rather than append).
 * 3. Else the `Host` header: the origin the reader used, and the one a shared cache keys its entry on. Forwarded
 *    headers are never read then: one request with `X-Forwarded-Host: evil.example` must not put evil.example
 *    in an answer a CDN keeps for an hour (answers embedding the origin say `Vary`, see `originVary`).
 *
 * A host is accepted only as a DNS name, an IPv4 address or a bracketed IPv6 address, with an optional port;
 * anything else gives `http://localhost`, never the raw header.
 */
import { absoluteUrl, routes } from '@/lib/routes';

type HeaderReader = { get(name: string): string | null };

/** What a bad or missing `Host` gives: an origin that leads nowhere outside the reader's machine. */
export const FALLBACK_ORIGIN = 'http://localhost';

const MAX_HOST_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6_CHARS = /^[0-9a-f:.]{2,45}$/;

interface Host {
  /** `phare.fr`, `127.0.0.1`, `[::1]`: lower case, canonical, ready for a URL. */
  hostname: string;
  port?: number;
  /** An IP literal or a loopback name: served over plain HTTP, nobody has a certificate for it. */
  local: boolean;
}

function parseIpv6(inner: string): string | undefined {
  if (!IPV6_CHARS.test(inner)) return undefined;
  try {
    return new URL(`http://[${inner}]/`).hostname;
  } catch {
    return undefined;
  }
}

/** A `Host`-like value (`name[:port]`), validated and normalised, or undefined. */
export function parseHost(raw: string | null | undefined): Host | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim().toLowerCase();
  if (value.length === 0 || value.length > MAX_HOST_LENGTH + 8) return undefined;
  const match = /^(\[[^\]]*\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value);
  if (!match) return undefined;
  const [, name, portText] = match;
  let port: number | undefined;
  if (portText !== undefined) {
    port = Number(portText);
    if (port < 1 || port > 65_535) return undefined;
  }
  if (name.startsWith('[')) {
    const hostname = parseIpv6(name.slice(1, -1));
    return hostname ? { hostname, port, local: true } : undefined;
  }
  const hostname = name.endsWith('.') ? name.slice(0, -1) : name;
  if (hostname.length === 0 || hostname.length > MAX_HOST_LENGTH) return undefined;
  const labels = hostname.split('.');
  if (!labels.every((l) => LABEL.test(l))) return undefined;
  // A numeric last label makes URL parsers read an IPv4 address (`1.2.3` → 1.2.0.3, `a.0x7f`): only a plain
  // dotted quad is accepted then.
  if (/^(?:\d+|0x[0-9a-f]*)$/.test(labels[labels.length - 1])) {
    return IPV4.test(hostname) ? { hostname, port, local: true } : undefined;
  }
  const local = hostname === 'localhost' || hostname.endsWith('.localhost');
  return { hostname, port, local };
}

/**
 * The value a trusted proxy wrote in a comma-separated `X-Forwarded-*` header: position `trustedProxies` from
 * the right, or the leftmost when there are fewer values (proxies that overwrite leave one).
 */
function forwardedValue(header: string | null, trustedProxies: number): string | undefined {
  if (!header) return undefined;
  const values = header.split(',');
  return values[Math.max(0, values.length - trustedProxies)]?.trim();
}

function formatOrigin(scheme: 'http' | 'https', host: Host): string {
  const defaultPort = scheme === 'https' ? 443 : 80;
  const port = host.port !== undefined && host.port !== defaultPort ? `:${host.port}` : '';
  return `${scheme}://${host.hostname}${port}`;
}

/**
 * The origin to write in absolute URLs of this answer (`https://phare.fr`, no trailing slash).
 * `publicUrl`: `PHARE_PUBLIC_URL`; `trustedProxies`: `PHARE_TRUSTED_PROXIES`.
 */
export function requestOrigin(publicUrl: string | undefined, headers: HeaderReader, trustedProxies = 0): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const trusted = Number.isInteger(trustedProxies) && trustedProxies > 0;
  const host =
    (trusted ? parseHost(forwardedValue(headers.get('x-forwarded-host'), trustedProxies)) : undefined) ??
    parseHost(headers.get('host'));
  if (!host) return FALLBACK_ORIGIN;
  const proto = trusted ? forwardedValue(headers.get('x-forwarded-proto'), trustedProxies)?.toLowerCase() : undefined;
  const scheme = proto === 'https' || proto === 'http' ? proto : host.local ? 'http' : 'https';
  return formatOrigin(scheme, host);
}

/**
 * `Vary` of a cacheable answer that embeds `requestOrigin`: nothing with `PHARE_PUBLIC_URL`, else the headers the
 * origin was read from (shared caches key on `Host` already; saying it costs nothing and covers those that do not).
 */
export function originVary(publicUrl: string | undefined, trustedProxies = 0): string | undefined {
  if (publicUrl) return undefined;
  return trustedProxies > 0 ? 'Host, X-Forwarded-Host, X-Forwarded-Proto' : 'Host';
}

let warnedAboutPublicUrl = false;

/**
 * Called once at server start: in production without `PHARE_PUBLIC_URL`, says (once per process, in French) that
 * absolute links will follow each request's `Host`. Returns whether it warned.
 */
export function warnWhenPublicUrlMissing(opts: {
  publicUrl: string | undefined;
  production: boolean;
  logger?: { warn(message: string): void };
}): boolean {
  if (opts.publicUrl || !opts.production || warnedAboutPublicUrl) return false;
  warnedAboutPublicUrl = true;
  (opts.logger ?? console).warn(
    '[phare] PHARE_PUBLIC_URL n’est pas définie : les liens absolus (liens canoniques, sitemap, flux Atom, codes QR, ' +
      'liens de partage) reprendront l’en-tête Host de chaque requête. Définissez PHARE_PUBLIC_URL=https://… en production.',
  );
  return true;
}

/** The canonical URL of a study page: absolute under PHARE_PUBLIC_URL when set, else the site-relative path. */
export function canonicalStudyUrl(publicUrl: string | undefined, id: string): string {
  return publicUrl ? absoluteUrl(publicUrl, routes.study(id)) : routes.study(id);
}
