/**
 * The address a client is counted under (rate limits). By default the socket's own peer address: any header
 * can be forged. Behind N trusted proxies (`PHARE_TRUSTED_PROXIES`, DESIGN.md), each appends the address it
 * received from to `X-Forwarded-For`; the client is then the N-th address from the right (what the outermost
 * trusted proxy saw). Whatever a client writes in that header itself stands to the left of it and is ignored.
 */

const MAX_KEY_LENGTH = 64;

function clean(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().replace(/^\[|\]$/g, '').replace(/^::ffff:/i, '');
  if (!/^[0-9A-Fa-f.:]{2,45}$/.test(v)) return undefined;
  return v.slice(0, MAX_KEY_LENGTH);
}

export function clientAddress(opts: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: number;
}): string {
  const socket = clean(opts.socketAddress) ?? 'inconnu';
  if (opts.trustedProxies <= 0) return socket;
  const header = Array.isArray(opts.forwardedFor) ? opts.forwardedFor.join(',') : (opts.forwardedFor ?? '');
  const hops = header.split(',').map((h) => h.trim()).filter(Boolean);
  // The socket is the last trusted proxy; the N-1 hops it and the others appended, then the client.
  const index = hops.length - opts.trustedProxies;
  if (index < 0) return socket;
  return clean(hops[index]) ?? socket;
}
