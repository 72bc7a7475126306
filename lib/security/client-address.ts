import { isIP } from 'node:net';

/**
 * The address a request is keyed on (rate limits, logs), from the socket and `X-Forwarded-For`, trusting
 * exactly `trustedProxies` hops (`PHARE_TRUSTED_PROXIES`, DESIGN.md). Pure: the caller passes what it read.
 *
 * Each proxy appends the address of its peer to `X-Forwarded-For`. With N trusted proxies in front of Phare,
 * the N rightmost entries were written by them, and the entry at position N from the right is the address the
 * outermost trusted proxy saw: the client. Anything left of it came from the client and is ignored, so a client
 * that forges its own header is still keyed on what the proxy appended. With N = 0 (the default) the header is
 * not read at all. A header shorter than N entries, or one whose N rightmost entries are not all IP addresses,
 * means the chain is not what was configured: the socket address is used (everything behind that proxy then
 * shares one key — the safe failure).
 *
 * The result is a canonical IP address (IPv4 dotted, IPv6 compressed lower-case, IPv4-mapped IPv6 as IPv4,
 * no port, no zone) or `unknown`: at most 45 printable characters whatever the input.
 */

export const UNKNOWN_CLIENT = 'unknown';

/** Longest textual IP address with a port and brackets worth parsing (`[ffff:…:255.255.255.255]:65535`). */
const MAX_ENTRY_LENGTH = 64;

export interface ClientAddressInput {
  /** `socket.remoteAddress` of the connection Phare accepted. */
  socketAddress: string | null | undefined;
  /** The `X-Forwarded-For` header as received (Node joins repeated headers with `, `; an array is accepted too). */
  forwardedFor: string | readonly string[] | null | undefined;
  /** `PHARE_TRUSTED_PROXIES`: how many proxy hops in front of Phare to trust; anything but an integer ≥ 1 means 0. */
  trustedProxies: number;
}

export function clientAddress({ socketAddress, forwardedFor, trustedProxies }: ClientAddressInput): string {
  const socket = canonicalAddress(socketAddress) ?? UNKNOWN_CLIENT;
  if (!Number.isInteger(trustedProxies) || trustedProxies < 1) return socket;
  const header = typeof forwardedFor === 'string' ? forwardedFor : Array.isArray(forwardedFor) ? forwardedFor.join(',') : '';
  const hops = lastEntries(header, trustedProxies);
  if (hops.length < trustedProxies) return socket;
  let client: string | undefined;
  for (const hop of hops) {
    client = canonicalAddress(hop);
    if (client === undefined) return socket;
  }
  return client ?? socket;
}

/** The `count` rightmost comma-separated entries, rightmost first, reading no further left than needed. */
function lastEntries(header: string, count: number): string[] {
  const entries: string[] = [];
  let end = header.length;
  while (entries.length < count) {
    const comma = end === 0 ? -1 : header.lastIndexOf(',', end - 1);
    entries.push(header.slice(comma + 1, end));
    if (comma < 0) break;
    end = comma;
  }
  // `"".lastIndexOf` gives one empty entry for an empty header: not an entry at all.
  return header.trim() === '' ? [] : entries;
}

/**
 * One address in canonical form, or undefined when it is not an IP address. Accepts the forms proxies write:
 * `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]`, `[2001:db8::1]:443`, `::ffff:1.2.3.4`, `fe80::1%eth0`.
 */
export function canonicalAddress(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let text = raw.trim();
  if (text.length === 0 || text.length > MAX_ENTRY_LENGTH) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.indexOf(':'));
  text = text.replace(/%[A-Za-z0-9_.-]{1,16}$/, '');
  const version = isIP(text);
  if (version === 4) return text;
  if (version !== 6) return undefined;
  let canonical: string;
  try {
    canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped) {
    const high = parseInt(mapped[1], 16);
    const low = parseInt(mapped[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return canonical;
}
