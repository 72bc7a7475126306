import { describe, expect, it } from 'vitest';
import { readVisitorPlace } from './visitor-place';
import { requestOrigin } from './public-url';
import { qrCodeDataUri } from './qr-code';

const resolve = (lieu: string) =>
  lieu === '44109' ? { kind: 'commune' as const, lat: 47.2, lon: -1.55, label: 'Nantes (44)', department: '44', region: '52' } : null;

describe('visitor place', () => {
  it('reads lieu, then lat/lon, and ignores invalid values', () => {
    expect(readVisitorPlace({ lieu: '44109' }, resolve)).toMatchObject({ lat: 47.2, lon: -1.55, label: 'Nantes (44)' });
    expect(readVisitorPlace({ lat: '48.85', lon: '2.35' }, resolve)).toMatchObject({ lat: 48.85, label: 'votre position' });
    expect(readVisitorPlace({ lat: '200', lon: '2' }, resolve)).toBeUndefined();
    expect(readVisitorPlace({ lieu: 'xx' }, resolve)).toBeUndefined();
    expect(readVisitorPlace({}, resolve)).toBeUndefined();
  });
});

describe('public url and QR code', () => {
  const h = (m: Record<string, string>) => ({ get: (n: string) => m[n] ?? null });
  it('prefers PHARE_PUBLIC_URL, else the request host', () => {
    expect(requestOrigin('https://phare.example/x', h({ host: 'evil' }))).toBe('https://phare.example');
    expect(requestOrigin(undefined, h({ host: '127.0.0.1:3100' }))).toBe('http://127.0.0.1:3100');
    expect(requestOrigin(undefined, h({ host: 'phare.fr', 'x-forwarded-proto': 'https' }))).toBe('https://phare.fr');
    expect(requestOrigin(undefined, h({ host: 'bad host/<x>' }))).toBe('http://localhost');
  });
  it('renders an SVG data URI, escaped for an attribute, once per link', async () => {
    const uri = await qrCodeDataUri('https://phare.example/essais/2021-A01022-39');
    expect(uri?.startsWith('data:image/svg+xml,')).toBe(true);
    const payload = uri!.slice('data:image/svg+xml,'.length);
    expect(payload).not.toMatch(/["#<>\n]/);
    expect(decodeURIComponent(payload)).toMatch(/^<svg xmlns='http:\/\/www.w3.org\/2000\/svg'.*<\/svg>$/s);
    expect(await qrCodeDataUri('https://phare.example/essais/2021-A01022-39')).toBe(uri);
    expect(await qrCodeDataUri('https://phare.example/essais/2021-A01022-40')).not.toBe(uri);
  });
});
