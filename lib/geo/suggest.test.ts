import { describe, expect, it } from 'vitest';
import { getGazetteer } from './gazetteer';
import { resolvePlace, suggestPlaces } from './suggest';

describe('suggestPlaces', () => {
  it('suggests by folded name prefix, exact match first then bigger cities', () => {
    const results = suggestPlaces('nant');
    expect(results[0]).toMatchObject({ insee: '12168', name: 'Nant' });
    expect(results[1]).toMatchObject({
      insee: '44109',
      name: 'Nantes',
      department: '44',
      departmentName: 'Loire-Atlantique',
      region: '52',
      regionName: 'Pays de la Loire',
    });
    expect(results.length).toBeLessThanOrEqual(8);
    expect(results.every((r) => r.name.toLowerCase().startsWith('nant'))).toBe(true);
  });

  it('folds accents, hyphens and "St"', () => {
    expect(suggestPlaces('ST ETIE')[0].insee).toBe('42218');
    expect(suggestPlaces('saint-étienne')[0].insee).toBe('42218');
    expect(suggestPlaces('besanc')[0].name).toBe('Besançon');
    expect(suggestPlaces('kremlin')[0].insee).toBe('94043');
  });

  it('suggests by postcode prefix', () => {
    expect(suggestPlaces('44000')).toEqual([expect.objectContaining({ insee: '44109', postcode: '44000' })]);
    const paris = suggestPlaces('750', 20);
    expect(paris.length).toBe(20);
    expect(paris.every((r) => r.postcode?.startsWith('750') && r.department === '75')).toBe(true);
    expect(suggestPlaces('75013')[0]).toMatchObject({ insee: '75113', postcode: '75013' });
  });

  it('keeps arrondissements out of name suggestions unless a number is typed', () => {
    expect(suggestPlaces('paris', 50).some((r) => r.insee.startsWith('751'))).toBe(false);
    expect(suggestPlaces('paris 13')[0].insee).toBe('75113');
  });

  it('respects the limit and returns nothing for nothing', () => {
    expect(suggestPlaces('saint', 3)).toHaveLength(3);
    expect(suggestPlaces('')).toEqual([]);
    expect(suggestPlaces('   ')).toEqual([]);
    expect(suggestPlaces('zzzzzz')).toEqual([]);
  });
});

describe('resolvePlace', () => {
  it('resolves an INSEE code to the commune point', () => {
    expect(resolvePlace('44109')).toMatchObject({ kind: 'commune', insee: '44109', label: 'Nantes (44)', department: '44' });
    expect(resolvePlace('2a004')).toMatchObject({ insee: '2A004', region: '94' });
  });

  it('resolves a postcode to its commune or to the centre of its communes', () => {
    expect(resolvePlace('44000')).toMatchObject({ kind: 'code-postal', insee: '44109', label: 'Nantes (44000)' });
    const shared = resolvePlace('35370');
    expect(shared).toMatchObject({ kind: 'code-postal', postcode: '35370', department: '35', label: '35370 (9 communes)' });
    expect(shared?.insee).toBeUndefined();
    expect(shared?.lat).toBeCloseTo(48.05, 0);
  });

  it('reads a code that is both an INSEE code and a postcode as the INSEE code', () => {
    // 01400 is the INSEE code of Seillonnaz and also the postcode of several other communes of the Ain.
    expect(resolvePlace('01400')).toMatchObject({ kind: 'commune', insee: '01400' });
  });

  it('resolves every commune and arrondissement code to its own point', () => {
    const g = getGazetteer();
    for (const c of g.communes) {
      const place = resolvePlace(c.insee);
      expect(place, c.insee).not.toBeNull();
      // A code that is also another commune's postcode is still read as this commune.
      expect(place?.insee, c.insee).toBe(c.insee);
      expect(place?.lat, c.insee).toBe(c.lat);
      expect(place?.lon, c.insee).toBe(c.lon);
    }
    expect(resolvePlace('01081')).toMatchObject({ kind: 'commune', label: 'Champfromier (01)' });
    expect(resolvePlace('56078')).toMatchObject({ kind: 'commune', label: 'Guidel (56)' });
    expect(resolvePlace('33366')).toMatchObject({ kind: 'commune', label: 'Saint-André-de-Cubzac (33)' });
  });

  it('resolves every postcode', () => {
    const g = getGazetteer();
    expect(g.byPostcode.size).toBeGreaterThan(5_000);
    for (const postcode of g.byPostcode.keys()) {
      const place = resolvePlace(postcode);
      expect(place, postcode).not.toBeNull();
      expect(Number.isFinite(place?.lat), postcode).toBe(true);
    }
    expect(resolvePlace('56520')).toMatchObject({ insee: '56078', label: 'Guidel (56520)' });
  });

  it('resolves the former INSEE code of a merged commune to the current commune', () => {
    expect(resolvePlace('50173')).toMatchObject({ kind: 'commune', insee: '50129', label: 'Cherbourg-en-Cotentin (50)' });
  });

  it('returns null for anything else', () => {
    for (const lieu of ['', 'Nantes', '4400', '99999', '00000', '2C004']) expect(resolvePlace(lieu)).toBeNull();
    expect(resolvePlace(' 44109 ')?.insee).toBe('44109');
  });
});
