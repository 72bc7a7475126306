import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPrng } from '@/lib/demo/prng';
import { freshNonce, NONCE_LENGTH } from './page-cache';
import { preparedBody, preparedGzip, preparedHeaders, preparePage } from './prepared-page';

const PLACEHOLDER = 'phareNonce0123456789abcdef01234567';

function page(body: string) {
  return {
    status: 200,
    headers: [
      ['content-type', 'text/html; charset=utf-8'],
      ['content-security-policy', `script-src 'nonce-${PLACEHOLDER}' 'strict-dynamic'`],
    ] as [string, string][],
    body,
  };
}

/** A page of repeated markup, accents and guillemets, with placeholders in nonce attributes here and there. */
function randomPage(seed: number): string {
  const random = createPrng(seed);
  const words = ['<div class="space-y-2">', 'étude', '« Recrute en ce moment »', '</div>', 'self.__next_f.push', '\\u003c', 'a'];
  let body = '';
  const parts = 50 + Math.floor(random() * 300);
  for (let i = 0; i < parts; i++) {
    if (random() < 0.15) body += `<script nonce="${PLACEHOLDER}">`;
    body += words[Math.floor(random() * words.length)];
    // The same text just before and just after a placeholder: what a wrong back-reference would copy.
    if (random() < 0.05) body += `${PLACEHOLDER}${PLACEHOLDER.slice(0, 8)}`;
  }
  return body;
}

describe('a cached page served with any nonce', () => {
  it('reads back, raw and gzip, as the page with the nonce in every place of the placeholder', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const body = randomPage(seed);
      const prepared = preparePage(page(body), PLACEHOLDER, NONCE_LENGTH);
      for (let n = 0; n < 3; n++) {
        const nonce = freshNonce();
        const expected = body.split(PLACEHOLDER).join(nonce);
        expect(preparedBody(prepared, nonce).toString('utf8')).toBe(expected);
        expect(gunzipSync(preparedGzip(prepared, nonce)).toString('utf8')).toBe(expected);
      }
    }
  });

  it('puts the nonce in the headers and never lets the placeholder out', () => {
    const prepared = preparePage(page(`<script nonce="${PLACEHOLDER}"></script>`), PLACEHOLDER, NONCE_LENGTH);
    const nonce = freshNonce();
    expect(preparedHeaders(prepared, PLACEHOLDER, nonce)[1][1]).toBe(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
    expect(gunzipSync(preparedGzip(prepared, nonce)).toString()).not.toContain(PLACEHOLDER);
  });

  it('compresses about as well as one gzip stream of the whole page', () => {
    // Like a page: pieces of a few kilobytes between nonces, made of markup that repeats across the pieces.
    const random = createPrng(11);
    const tags = ['<li class="py-2 sm:grid">', '<span class="font-semibold">', '</span>', '</li>', '<a class="link" href="/essais/'];
    let body = '';
    for (let i = 0; i < 4000; i++) {
      body += tags[Math.floor(random() * tags.length)] + String(Math.floor(random() * 1000));
      if (i % 150 === 0) body += `<script nonce="${PLACEHOLDER}">self.__next_f.push([1,"…"])</script>`;
    }
    const nonce = freshNonce();
    const spliced = preparedGzip(preparePage(page(body), PLACEHOLDER, NONCE_LENGTH), nonce).length;
    const whole = gzipSync(body.split(PLACEHOLDER).join(nonce), { level: 6 }).length;
    expect(spliced).toBeLessThan(whole * 1.15);
  });

  it('stays correct for a page holding NUL bytes, and for a page without any placeholder', () => {
    for (const body of [`a\0b${PLACEHOLDER}a\0b\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0${PLACEHOLDER}`, 'plain text, no nonce', '']) {
      const nonce = freshNonce();
      const prepared = preparePage(page(body), PLACEHOLDER, NONCE_LENGTH);
      expect(gunzipSync(preparedGzip(prepared, nonce)).toString()).toBe(body.split(PLACEHOLDER).join(nonce));
    }
  });

  it('falls back to compressing the page when a nonce is not of the expected length', () => {
    const body = randomPage(3);
    const prepared = preparePage(page(body), PLACEHOLDER, NONCE_LENGTH);
    expect(gunzipSync(preparedGzip(prepared, 'short')).toString()).toBe(body.split(PLACEHOLDER).join('short'));
  });
});
