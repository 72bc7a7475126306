import { describe, expect, it } from 'vitest';
import { findPlacesByName, type PlaceMatch } from './find-places';

const ids = (text: string) =>
  findPlacesByName(text).map((m) => (m.kind === 'commune' ? m.insee : `${m.kind}:${m.code}`));

describe('findPlacesByName: communes', () => {
  it('finds a city by name, folded', () => {
    expect(ids('Lyon')[0]).toBe('69123');
    expect(ids('LYON')[0]).toBe('69123');
    expect(ids('Marseille')[0]).toBe('13055');
    expect(ids('St-Étienne')[0]).toBe('42218');
    expect(ids('saint etienne')[0]).toBe('42218');
    expect(ids('havre')[0]).toBe('76351');
    expect(findPlacesByName('Lyon')[0]).toMatchObject({
      kind: 'commune',
      name: 'Lyon',
      department: '69',
      departmentName: 'Rhône',
      region: '84',
      regionName: 'Auvergne-Rhône-Alpes',
      population: expect.any(Number),
      lat: expect.any(Number),
      lon: expect.any(Number),
      parent: null,
    });
  });

  it('ranks homonyms, most populous first, and offers the others', () => {
    const saintDenis = ids('Saint-Denis');
    // La Réunion's (155,000 inhabitants) before Seine-Saint-Denis's (149,000): the rule is population, overseas too.
    expect(saintDenis[0]).toBe('97411');
    expect(saintDenis).toContain('93066');
    expect(ids('Valence').slice(0, 2)).toEqual(['26362', '82186']);
    // Saint-Pierre de La Réunion is by far the biggest.
    expect(ids('Saint-Pierre')[0]).toBe('97416');
    const populations = findPlacesByName('Saint-Pierre').map((m) => (m.kind === 'commune' ? m.population ?? 0 : 0));
    expect(populations.length).toBeGreaterThan(5);
  });

  it('narrows homonyms with a department or overseas qualifier', () => {
    expect(ids('Saint-Denis 974')).toEqual(['97411']);
    expect(ids('Saint-Denis (93)')).toEqual(['93066']);
    expect(ids('Saint-Denis La Réunion')).toEqual(['97411']);
    expect(ids('Valence 82')).toEqual(['82186']);
  });

  it('finds municipal arrondissements by number, before their city', () => {
    expect(ids('Paris 15')[0]).toBe('75115');
    expect(ids('Paris 15e')[0]).toBe('75115');
    expect(ids('paris 15eme arrondissement')[0]).toBe('75115');
    expect(ids('Lyon 3e')[0]).toBe('69383');
    expect(ids('Marseille 8')[0]).toBe('13208');
    expect(ids('Paris 15')[1]).toBe('75056');
    expect(findPlacesByName('Paris 15')[0]).toMatchObject({ kind: 'commune', parent: '75056' });
    // Without a number, the city, never an arrondissement.
    expect(findPlacesByName('Paris').some((m) => m.kind === 'commune' && m.parent)).toBe(false);
  });

  it('finds a commune by a former name or by the first words of its name, as weaker matches', () => {
    expect(findPlacesByName('Le Chesnay')[0]).toMatchObject({ insee: '78158', formerName: 'Le Chesnay' });
    expect(findPlacesByName('Cherbourg')[0]).toMatchObject({ insee: '50129', partial: true });
    // An exact name wins over a partial one unless the partial one is far bigger.
    expect(ids('Nantes')[0]).toBe('44109');
    expect(ids('Aix')[0]).toBe('13001');
    expect(ids('Clermont')[0]).toBe('63113');
  });
});

describe('findPlacesByName: departments and regions', () => {
  it('finds departments by number', () => {
    expect(findPlacesByName('13')).toEqual([
      expect.objectContaining({ kind: 'departement', code: '13', name: 'Bouches-du-Rhône', byNumber: true }),
    ]);
    expect(ids('2A')).toEqual(['departement:2A']);
    expect(ids('2b')).toEqual(['departement:2B']);
    expect(ids('974')).toEqual(['departement:974']);
    expect(ids('01')).toEqual(['departement:01']);
    expect(ids('département 33')).toEqual(['departement:33']);
    expect(ids('99')).toEqual([]);
    expect(ids('975')).toEqual([]);
  });

  it('finds departments by name', () => {
    expect(ids('Gironde')[0]).toBe('departement:33');
    expect(ids('Bouches-du-Rhône')[0]).toBe('departement:13');
    expect(ids('bouches du rhone')[0]).toBe('departement:13');
    expect(ids("Côtes-d'Armor")[0]).toBe('departement:22');
    expect(ids('Seine-Saint-Denis')[0]).toBe('departement:93');
    expect(ids('Seine St Denis')[0]).toBe('departement:93');
    const gironde = findPlacesByName('Gironde')[0] as Extract<PlaceMatch, { kind: 'departement' }>;
    expect(gironde.population).toBeGreaterThan(1_500_000);
    expect(gironde.regionName).toBe('Nouvelle-Aquitaine');
  });

  it('finds regions by name, with or without accents and hyphens, and by common short names', () => {
    expect(ids('Bretagne')[0]).toBe('region:53');
    expect(ids('Île-de-France')[0]).toBe('region:11');
    expect(ids('ile de france')[0]).toBe('region:11');
    expect(ids('ILE-DE-FRANCE')[0]).toBe('region:11');
    expect(ids('PACA')[0]).toBe('region:93');
    expect(ids("Provence-Alpes-Côte d'Azur")[0]).toBe('region:93');
    expect(ids('Grand Est')[0]).toBe('region:44');
    const idf = findPlacesByName('Île-de-France')[0] as Extract<PlaceMatch, { kind: 'region' }>;
    expect(idf.population).toBeGreaterThan(12_000_000);
    expect(idf.lat).toBeCloseTo(48.8, 0);
  });

  it('ranks a place that is several things: the commune before its department on a tie, department before region', () => {
    expect(ids('Paris').slice(0, 2)).toEqual(['75056', 'departement:75']);
    expect(ids('Guadeloupe').slice(0, 2)).toEqual(['departement:971', 'region:01']);
    expect(ids('La Réunion').slice(0, 2)).toEqual(['departement:974', 'region:04']);
    // The region Bretagne is far bigger than the communes named Bretagne.
    expect(ids('Bretagne')).toContain('90019');
  });

  it('returns nothing for nothing or for an unknown name', () => {
    expect(findPlacesByName('')).toEqual([]);
    expect(findPlacesByName('   ')).toEqual([]);
    expect(findPlacesByName('Xyzville')).toEqual([]);
    expect(findPlacesByName('asthme')).toEqual([]);
    expect(findPlacesByName('Saint')).toEqual(expect.any(Array));
    expect(findPlacesByName(undefined as unknown as string)).toEqual([]);
  });
});
