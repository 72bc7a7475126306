import zlib from 'node:zlib';

/**
 * A cached page made ready to be served with any nonce, without compressing it again for each response.
 *
 * The page is rendered once with a placeholder nonce (page-cache.ts). Its body is cut at each occurrence of the
 * placeholder, and each piece is compressed once, as raw DEFLATE blocks ending on a byte boundary (sync flush).
 * Each response then writes a gzip stream by hand (RFC 1951, RFC 1952): the gzip header, the compressed pieces
 * with the fresh nonce between them as stored (uncompressed) blocks, an empty final block, and the trailer (CRC-32
 * and length of what the client will read). Per response, that is a CRC over the page and a copy: about 0.2 ms for
 * a study page, where gzip at level 3 took about 4 ms (measured on this machine).
 *
 * Each piece is compressed with the bytes before it as DEFLATE's preset dictionary, so that it compresses as well as
 * one stream would. Where a nonce will stand, the dictionary holds NUL bytes of the nonce's length: a
 * back-reference matches equal bytes only, and a page without NUL bytes can never match them, so no
 * back-reference ever reads the nonce (which differs per response). A page that holds a NUL byte is compressed
 * without dictionaries (always correct, a little larger).
 */

export interface PreparedPage {
  status: number;
  /** Headers as rendered: the placeholder is replaced in them per response. */
  headers: [string, string][];
  /** The body's bytes between the placeholders (UTF-8). */
  pieces: Buffer[];
  /** Each piece as raw DEFLATE blocks, not final, ending with a sync flush. */
  deflated: Buffer[];
  /** Length of every nonce put in the placeholder's place (the gap its dictionary leaves). */
  nonceLength: number;
  /** Bytes of the body without its nonces. */
  bodyLength: number;
  /** Bytes held, for the cache's bound. */
  readonly size: number;
}

/**
 * gzip level of what is compressed per response (answers the front door does not keep; here, the fallback without
 * zlib.crc32): level 3 takes half the time of level 5 for about 10 % more bytes (a study page, /glossaire).
 */
export const GZIP_LEVEL = 3;
/** DEFLATE's window: a back-reference reaches at most this far back. */
const WINDOW = 32 * 1024;
/** gzip header: magic, DEFLATE, no flags, no modification time, no extra flags, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** An empty stored block with BFINAL set: the end of the DEFLATE stream. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
/** zlib.crc32 exists from Node.js 20.15 and 22.2; before that, responses are compressed the usual way. */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export function preparePage(
  page: { status: number; headers: [string, string][]; body: string },
  placeholder: string,
  nonceLength: number,
): PreparedPage {
  const pieces = page.body.split(placeholder).map((piece) => Buffer.from(piece, 'utf8'));
  const useDictionary = !page.body.includes('\0');
  const gap = Buffer.alloc(nonceLength);
  let window = Buffer.alloc(0);
  const deflated = pieces.map((piece, i) => {
    const options: zlib.ZlibOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (useDictionary && i > 0) options.dictionary = window;
    const blocks = zlib.deflateRawSync(piece, options);
    if (useDictionary) window = Buffer.concat([window, piece, gap]).subarray(-WINDOW);
    return blocks;
  });
  const bytes = (list: Buffer[]) => list.reduce((n, b) => n + b.length, 0);
  const bodyLength = bytes(pieces);
  return { status: page.status, headers: page.headers, pieces, deflated, nonceLength, bodyLength, size: bodyLength + bytes(deflated) };
}

/** The headers with the nonce in place of the placeholder. */
export function preparedHeaders(page: PreparedPage, placeholder: string, nonce: string): [string, string][] {
  return page.headers.map(([name, value]) => [name, value.split(placeholder).join(nonce)]);
}

/** The body as the client reads it, with `nonce` where the placeholder was. */
export function preparedBody(page: PreparedPage, nonce: string): Buffer {
  const value = Buffer.from(nonce, 'utf8');
  const parts: Buffer[] = [];
  page.pieces.forEach((piece, i) => {
    if (i > 0) parts.push(value);
    parts.push(piece);
  });
  return Buffer.concat(parts);
}

/** The body, gzip-compressed, with `nonce` where the placeholder was. */
export function preparedGzip(page: PreparedPage, nonce: string): Buffer {
  const value = Buffer.from(nonce, 'utf8');
  if (!crc32 || value.length !== page.nonceLength || value.length > 0xffff) {
    return zlib.gzipSync(preparedBody(page, nonce), { level: GZIP_LEVEL });
  }
  // A stored block: BFINAL 0, BTYPE 00, padded to the byte boundary the sync flush left; LEN and its complement.
  const storedHeader = Buffer.from([0x00, value.length & 0xff, value.length >> 8, ~value.length & 0xff, (~value.length >> 8) & 0xff]);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  page.pieces.forEach((piece, i) => {
    if (i > 0) {
      parts.push(storedHeader, value);
      crc = crc32(value, crc);
    }
    parts.push(page.deflated[i]);
    // An empty piece may have no memory behind it, and zlib's crc32 answers 0 for a null buffer: skip it.
    if (piece.length > 0) crc = crc32(piece, crc);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((page.bodyLength + value.length * (page.pieces.length - 1)) >>> 0, 4);
  parts.push(FINAL_BLOCK, trailer);
  return Buffer.concat(parts);
}
