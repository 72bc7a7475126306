import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Blank map tiles for tests and offline development: any `/tuiles-test/{z}/{x}/{y}.png` answers the same
 * transparent 256×256 PNG (public/tiles/blank.png). Tests set `PHARE_TILE_URL` here so no request leaves the machine.
 */

export const runtime = 'nodejs';

/** The tile never changes: one year, immutable (rule 4: the lifetime is named where the response is made). */
const TILE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

let blank: Promise<Buffer> | undefined;

function readBlankTile(): Promise<Buffer> {
  blank ??= readFile(path.join(process.cwd(), 'public', 'tiles', 'blank.png')).catch((error: unknown) => {
    blank = undefined;
    throw error;
  });
  return blank;
}

export async function GET(): Promise<Response> {
  try {
    const png = await readBlankTile();
    return new Response(new Uint8Array(png), {
      status: 200,
      headers: { 'Content-Type': 'image/png', 'Cache-Control': TILE_CACHE_CONTROL, 'Content-Length': String(png.length) },
    });
  } catch {
    return new Response('Tuile introuvable.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
}
