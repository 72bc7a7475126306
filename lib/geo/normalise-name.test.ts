import { describe, expect, it } from 'vitest';
import { isPlaceholder, normaliseName, parseCityName, stripArticle } from './normalise-name';

describe('normaliseName', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ['SAINT ETIENNE', 'saint etienne'],
    ['St-Étienne', 'saint etienne'],
    ['ST ETIENNE CEDEX 2', 'saint etienne'],
    ['Ste-Foy-lès-Lyon', 'sainte foy les lyon'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Vandœuvre-lès-Nancy', 'vandoeuvre les nancy'],
    ['NANTES CEDEX 1', 'nantes'],
    ['Nantes Cedex', 'nantes'],
    ['  Le   Mans  ', 'le mans'],
    ['Bourg-en-Bresse (Ain)', 'bourg en bresse'],
    ['Stains', 'stains'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });

  it('returns an empty key for placeholders and nothing', () => {
    for (const p of ['INDISPONIBLE', 'Donnée non disponible', 'Données non disponibles', 'N/A', 'null', '', '  ', undefined, null]) {
      expect(normaliseName(p)).toBe('');
    }
    expect(isPlaceholder('Nantes')).toBe(false);
  });
});

describe('parseCityName', () => {
  it.each([
    ['PARIS 13', 'paris', 13],
    ['Paris 13e Arrondissement', 'paris', 13],
    ['Lyon 3e', 'lyon', 3],
    ['LYON 3EME', 'lyon', 3],
    ['MARSEILLE 8EME', 'marseille', 8],
    ['Marseille 1er', 'marseille', 1],
    ['PARIS CEDEX 13', 'paris', undefined],
  ])('%s → %s, arrondissement %s', (raw, name, arrondissement) => {
    const parsed = parseCityName(raw);
    expect(parsed.name).toBe(name);
    expect(parsed.arrondissement).toBe(arrondissement);
  });

  it('rejects impossible arrondissement numbers', () => {
    const parsed = parseCityName('LYON 12');
    expect(parsed.name).toBe('lyon');
    expect(parsed.arrondissement).toBeUndefined();
  });

  it('extracts a postcode, a department qualifier and an overseas region', () => {
    expect(parseCityName('44093 NANTES CEDEX 1')).toMatchObject({ name: 'nantes', postcode: '44093' });
    expect(parseCityName('Saint-Denis (93)')).toMatchObject({ name: 'saint denis', departmentHint: '93' });
    expect(parseCityName('SAINT DENIS 974')).toMatchObject({ name: 'saint denis', departmentHint: '974' });
    expect(parseCityName('Saint-Pierre, La Réunion')).toMatchObject({ name: 'saint pierre', regionHint: '04' });
  });
});

describe('stripArticle', () => {
  it('drops a leading article only', () => {
    expect(stripArticle('le kremlin bicetre')).toBe('kremlin bicetre');
    expect(stripArticle('lens')).toBe('lens');
  });
});
