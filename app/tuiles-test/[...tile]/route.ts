import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NO_STORE } from '@/lib/cache-control';
import { getEnv } from '@/lib/env';

/**
 * Blank map tiles for tests and offline development: any `/tuiles-test/{z}/{x}/{y}.png` answers the same
 * transparent 256×256 PNG (public/tiles/blank.png). Tests set `PHARE_TILE_URL` here so no request leaves the machine.
 * Not part of the site: 404 unless `PHARE_TEST_TILES=1` (set by playwright.config.ts), read at request time.
 */

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

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

function notFound(): Response {
  return new Response('Tuile introuvable.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE },
  });
}

export async function GET(): Promise<Response> {
  if (getEnv().PHARE_TEST_TILES !== '1') return notFound();
  try {
    const png = await readBlankTile();
    return new Response(new Uint8Array(png), {
      status: 200,
      headers: { 'Content-Type': 'image/png', 'Cache-Control': TILE_CACHE_CONTROL, 'Content-Length': String(png.length) },
    });
  } catch {
    return notFound();
  }
}
