import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer';
import { COORD_ESTIMATED, COORD_IGN_CENTROID } from './gazetteer-data';
import { createGeocoder, departmentsFromPostcode, geocodeSite } from './geocode';

describe('geocodeSite: communes', () => {
  it('reads upper case without hyphens or accents', () => {
    expect(geocodeSite({ city: 'SAINT ETIENNE' })).toMatchObject({
      precision: 'commune',
      insee: '42218',
      communeName: 'Saint-Étienne',
      department: '42',
      region: '84',
    });
    expect(geocodeSite({ city: 'VANDOEUVRE LES NANCY' }).insee).toBe('54547');
    expect(geocodeSite({ city: 'Besançon' }).insee).toBe('25056');
    expect(geocodeSite({ city: 'BESANCON' }).insee).toBe('25056');
    expect(geocodeSite({ city: 'ST HERBLAIN' }).insee).toBe('44162');
  });

  it('returns the commune point', () => {
    const p = geocodeSite({ city: 'Rennes' });
    expect(p.lat).toBeCloseTo(48.11, 1);
    expect(p.lon).toBeCloseTo(-1.68, 1);
  });

  it('gives every commune its own point, never an estimate', () => {
    // L'Abergement-Clémenciat had only a point estimated from its postcode neighbours before the IGN centres.
    const p = geocodeSite({ city: "L'ABERGEMENT CLEMENCIAT" });
    expect(p).toMatchObject({ precision: 'commune', insee: '01001' });
    expect(p.approximate).toBeUndefined();
    expect(p.lat).toBeCloseTo(46.15, 1);
    expect(geocodeSite({ city: 'Champfromier', postcode: '01410' })).toMatchObject({ insee: '01081', lat: expect.any(Number) });
    expect(geocodeSite({ city: 'GUIDEL' })).toMatchObject({ insee: '56078', department: '56', lat: expect.any(Number) });
    expect(geocodeSite({ city: 'ST ANDRE DE CUBZAC', postcode: '33240' })).toMatchObject({ insee: '33366' });
    expect(geocodeSite({ city: 'Rennes' }).approximate).toBeUndefined();
  });

  it('still flags a point estimated from neighbouring communes, should the data carry one', () => {
    const geocode = createGeocoder(() =>
      createGazetteer({
        version: 1,
        sources: [],
        regions: [['84', 'Auvergne-Rhône-Alpes']],
        departments: [['01', 'Ain', '84']],
        communes: [
          ['01001', "L'Abergement-Clémenciat", '01', '84', ['01400'], 46.15, 4.92, 859, COORD_ESTIMATED, null],
          ['01004', 'Ambérieu-en-Bugey', '01', '84', ['01500'], 45.96, 5.37, 15000, COORD_IGN_CENTROID, null],
        ],
        aliases: [],
      }),
    );
    expect(geocode({ city: "L'ABERGEMENT CLEMENCIAT" })).toMatchObject({ insee: '01001', approximate: true });
    expect(geocode({ city: 'Ambérieu-en-Bugey' }).approximate).toBeUndefined();
  });

  it('finds a name without its article and a former commune name', () => {
    expect(geocodeSite({ city: 'KREMLIN BICETRE' }).insee).toBe('94043');
    expect(geocodeSite({ city: 'Le Chesnay' })).toMatchObject({ insee: '78158', communeName: 'Le Chesnay-Rocquencourt' });
  });

  it('handles CEDEX forms in the city, the postcode and the address lines', () => {
    expect(geocodeSite({ city: 'NANTES CEDEX 1', postcode: '44093' }).insee).toBe('44109');
    expect(geocodeSite({ city: '44093 NANTES CEDEX 1' }).insee).toBe('44109');
    expect(geocodeSite({ city: 'Bordeaux Cedex', postcode: '33076' }).insee).toBe('33063');
    expect(
      geocodeSite({ city: 'CHU', addressLines: ['1 place Alexis Ricordeau', '44093 NANTES CEDEX 1'] }),
    ).toMatchObject({ precision: 'commune', insee: '44109' });
  });

  it('places Paris, Lyon and Marseille arrondissements', () => {
    expect(geocodeSite({ city: 'PARIS 13' })).toMatchObject({ insee: '75113', department: '75', region: '11' });
    expect(geocodeSite({ city: 'Paris', postcode: '75013' }).insee).toBe('75113');
    expect(geocodeSite({ city: 'Lyon 3e' }).insee).toBe('69383');
    expect(geocodeSite({ city: 'LYON', postcode: '69003' }).insee).toBe('69383');
    expect(geocodeSite({ city: 'MARSEILLE 8EME' }).insee).toBe('13208');
    expect(geocodeSite({ city: 'Marseille', postcode: '13008' }).insee).toBe('13208');
    const arr = geocodeSite({ city: 'PARIS 13' });
    const city = geocodeSite({ city: 'Paris' });
    expect(city.insee).toBe('75056');
    expect(arr.lat).not.toBe(city.lat);
    // A CEDEX postcode of Paris gives the city, not an arrondissement it cannot name.
    expect(geocodeSite({ city: 'PARIS CEDEX 13', postcode: '75651' }).insee).toBe('75056');
  });

  it('tells Saint-Denis 93 from Saint-Denis 974 by postcode', () => {
    expect(geocodeSite({ city: 'Saint-Denis', postcode: '93200' })).toMatchObject({ insee: '93066', department: '93', region: '11' });
    expect(geocodeSite({ city: 'SAINT DENIS', postcode: '97400' })).toMatchObject({ insee: '97411', department: '974', region: '04' });
    expect(geocodeSite({ city: 'Saint-Denis', addressLines: ['Allée des Topazes', '97400 Saint-Denis'] }).insee).toBe('97411');
  });

  it('tells Saint-Denis 93 from Saint-Denis 974 by department (CEDEX prefix or qualifier)', () => {
    expect(geocodeSite({ city: 'SAINT DENIS CEDEX', postcode: '93205' }).insee).toBe('93066');
    expect(geocodeSite({ city: 'SAINT DENIS CEDEX', postcode: '97405' }).insee).toBe('97411');
    expect(geocodeSite({ city: 'Saint-Denis (93)' }).insee).toBe('93066');
    expect(geocodeSite({ city: 'SAINT DENIS 974' }).insee).toBe('97411');
    expect(geocodeSite({ city: 'Saint-Denis, La Réunion' }).insee).toBe('97411');
  });

  it('places overseas communes', () => {
    expect(geocodeSite({ city: 'POINTE A PITRE' })).toMatchObject({ insee: '97120', department: '971', region: '01' });
    expect(geocodeSite({ city: 'Fort-de-France' })).toMatchObject({ department: '972', region: '02' });
    expect(geocodeSite({ city: 'Cayenne' })).toMatchObject({ department: '973', region: '03' });
    expect(geocodeSite({ city: 'Mamoudzou' })).toMatchObject({ department: '976', region: '06' });
    expect(geocodeSite({ city: 'Bastia' })).toMatchObject({ department: '2B', region: '94' });
  });

  it('resolves a homonym only when one commune dominates by population', () => {
    // Valence (Drôme) is more than ten times any other Valence.
    expect(geocodeSite({ city: 'VALENCE' }).insee).toBe('26362');
  });
});

describe('geocodeSite: never a wrong place', () => {
  it('leaves an ambiguous name without postcode unknown', () => {
    expect(geocodeSite({ city: 'Saint-Denis' })).toEqual({ precision: 'inconnue' });
    expect(geocodeSite({ city: 'SAINT MARTIN' })).toEqual({ precision: 'inconnue' });
  });

  it('leaves placeholders unknown', () => {
    for (const city of ['INDISPONIBLE', 'Donnée non disponible', 'Données non disponibles', 'N/A', 'null', '', '   ']) {
      expect(geocodeSite({ city })).toEqual({ precision: 'inconnue' });
    }
    expect(geocodeSite({ city: 'INDISPONIBLE', postcode: 'INDISPONIBLE', addressLines: ['INDISPONIBLE'] })).toEqual({
      precision: 'inconnue',
    });
    expect(geocodeSite({})).toEqual({ precision: 'inconnue' });
  });

  it('leaves an unknown city unknown', () => {
    expect(geocodeSite({ city: 'Xyzville' })).toEqual({ precision: 'inconnue' });
    expect(geocodeSite({ city: 'Hôpital Nord' })).toEqual({ precision: 'inconnue' });
  });

  it('does not choose between a city and a postcode that disagree', () => {
    expect(geocodeSite({ city: 'Rennes', postcode: '75013' })).toEqual({ precision: 'inconnue' });
  });

  it('reads a former short name as the commune of its postcode whose name it begins (a merger renamed it)', () => {
    expect(geocodeSite({ city: 'Evry', postcode: '91000' })).toMatchObject({ precision: 'commune', insee: '91228' });
    expect(geocodeSite({ city: 'Boulogne', postcode: '92100' })).toMatchObject({ precision: 'commune', insee: '92012' });
  });

  it('never throws on malformed input', () => {
    const bad = { city: 42, postcode: {}, addressLines: [null, 7, 'x'] } as unknown as Parameters<typeof geocodeSite>[0];
    expect(geocodeSite(bad)).toEqual({ precision: 'inconnue' });
    expect(geocodeSite(null as unknown as Parameters<typeof geocodeSite>[0])).toEqual({ precision: 'inconnue' });
  });
});

describe('geocodeSite: postcode only', () => {
  it('gives the commune when the postcode has one', () => {
    expect(geocodeSite({ postcode: '44000' })).toMatchObject({ precision: 'commune', insee: '44109' });
    expect(geocodeSite({ city: 'Donnée non disponible', postcode: '44000' }).insee).toBe('44109');
  });

  it('gives the department when the postcode has several communes and the name matches none', () => {
    const p = geocodeSite({ city: 'Lieu-dit inconnu', postcode: '01400' });
    expect(p).toMatchObject({ precision: 'departement', department: '01', region: '84' });
    expect(p.insee).toBeUndefined();
    expect(p.lat).toBeGreaterThan(45.5);
    expect(p.lat).toBeLessThan(46.6);
  });

  it('gives the department of a CEDEX postcode', () => {
    expect(geocodeSite({ postcode: '44093' })).toMatchObject({ precision: 'departement', department: '44' });
  });

  it('ignores impossible postcodes', () => {
    expect(geocodeSite({ postcode: '00000' })).toEqual({ precision: 'inconnue' });
    expect(geocodeSite({ postcode: '98000' })).toEqual({ precision: 'inconnue' });
  });
});

describe('departmentsFromPostcode', () => {
  it.each([
    ['44093', ['44']],
    ['97400', ['974']],
    ['97600', ['976']],
    ['20000', ['2A']],
    ['20200', ['2B']],
    ['97500', []],
    ['00100', []],
    ['4400', []],
  ])('%s → %j', (cp, deps) => {
    expect(departmentsFromPostcode(cp)).toEqual(deps);
  });
});
