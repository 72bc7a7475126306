import { describe, expect, it } from 'vitest';
import { ISO_3166_ALPHA2, countryNameEn, countryNameFr, findCountryCode, isCountryName, isIsoCountryCode } from './countries';

describe('ISO 3166-1 alpha-2', () => {
  it('lists the 249 codes of ECLAIRE’s value set, once each, upper case', () => {
    expect(ISO_3166_ALPHA2).toHaveLength(249);
    expect(new Set(ISO_3166_ALPHA2).size).toBe(249);
    for (const c of ISO_3166_ALPHA2) expect(c).toMatch(/^[A-Z]{2}$/);
    expect(isIsoCountryCode('fr')).toBe(true);
    expect(isIsoCountryCode('XK')).toBe(false);
    expect(isIsoCountryCode('EU')).toBe(false);
  });

  it('has a French name for every code (the runtime ships full ICU data)', () => {
    for (const c of ISO_3166_ALPHA2) {
      const name = countryNameFr(c);
      expect(name, c).toBeTruthy();
      expect(name, c).not.toBe(c);
    }
    expect(countryNameFr('DE')).toBe('Allemagne');
    expect(countryNameFr('CI')).toBe('Côte d’Ivoire');
    expect(countryNameFr('gb')).toBe('Royaume-Uni');
    expect(countryNameFr('HK')).toBe('Hong Kong');
    expect(countryNameFr('RE')).toBe('La Réunion');
    expect(countryNameFr('ZZ')).toBeUndefined();
    expect(countryNameFr('')).toBeUndefined();
    expect(countryNameEn('KR')).toBe('South Korea');
  });
});

describe('findCountryCode', () => {
  it.each([
    ['France', 'FR'], ['suisse', 'CH'], ['Switzerland', 'CH'], ['Royaume-Uni', 'GB'], ['United Kingdom', 'GB'],
    ['ETATS-UNIS', 'US'], ['Korea, Republic of', 'KR'], ['Russian Federation', 'RU'], ['Viet Nam', 'VN'],
    ['Côte d’Ivoire', 'CI'], ["Cote d'Ivoire", 'CI'], ['Bosnia and Herzegovina', 'BA'], ['Saint Kitts and Nevis', 'KN'],
    ['Deutschland', 'DE'], ['FR', 'FR'], ['be', 'BE'], ['Türkiye', 'TR'], ['Turkey', 'TR'],
  ])('%j → %s', (name, code) => expect(findCountryCode(name)).toBe(code));

  it.each(['Valenciennes', 'Basel Town', 'Lyon', '', '   ', 'Roubaix'])('%j is not a country', (name) => {
    expect(findCountryCode(name)).toBeUndefined();
    expect(isCountryName(name)).toBe(false);
  });
});
