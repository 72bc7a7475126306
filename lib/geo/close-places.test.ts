import { describe, expect, it } from 'vitest';
import { suggestClosePlaces } from './close-places';
import { getGazetteer } from './gazetteer';
import { resolvePlace } from './suggest';

const codes = (typed: string) => suggestClosePlaces(typed).map((s) => s.insee);

describe('suggestClosePlaces', () => {
  it('offers the commune a mistyped name meant, first', () => {
    expect(codes('Nantse')[0]).toBe('44109');
    expect(codes('Bordaux')[0]).toBe('33063');
    expect(codes('Marseile')[0]).toBe('13055');
    expect(codes('Champfromierr')[0]).toBe('01081');
    expect(codes('Guidell')[0]).toBe('56078');
    expect(codes('St Andre de Cubsac')[0]).toBe('33366');
  });

  it('puts what was typed first when it is a known place, so an existing commune is never called unknown', () => {
    expect(codes('Guidel')[0]).toBe('56078');
    expect(codes('guidel')[0]).toBe('56078');
    expect(codes('56078')[0]).toBe('56078');
    expect(codes('01081')[0]).toBe('01081');
    expect(suggestClosePlaces('44000')[0]).toMatchObject({ insee: '44109', postcode: '44000' });
    expect(codes('Lyon 3')[0]).toBe('69383');
  });

  it('offers codes one keystroke away: swapped or dropped digits, a lost leading zero, a former code', () => {
    expect(codes('44019')).toContain('44109');
    expect(codes('1081')[0]).toBe('01081');
    expect(codes('50173')[0]).toBe('50129'); // Cherbourg-Octeville → Cherbourg-en-Cotentin
    const nearPostcode = suggestClosePlaces('4400');
    expect(nearPostcode.length).toBeGreaterThan(0);
    expect(nearPostcode.every((s) => s.department === '44' || s.department === '04' || s.postcode?.length === 5)).toBe(true);
  });

  it('finds a commune by a former name', () => {
    expect(codes('Cherbourg-Octeville')[0]).toBe('50129');
  });

  it('ranks homonyms as the name search does, most populous first: Saint-Denis (974) before Saint-Denis (93)', () => {
    const list = codes('Saint Deni');
    expect(list.slice(0, 2)).toEqual(['97411', '93066']);
  });

  it('respects the limit, returns distinct communes, and nothing for nothing or nonsense', () => {
    expect(suggestClosePlaces('Pariss', 3)).toHaveLength(3);
    const list = codes('4410');
    expect(new Set(list).size).toBe(list.length);
    expect(suggestClosePlaces('')).toEqual([]);
    expect(suggestClosePlaces('   ')).toEqual([]);
    expect(suggestClosePlaces('zzzzzz')).toEqual([]);
    expect(suggestClosePlaces(null as unknown as string)).toEqual([]);
  });

  it('has a suggestion with a point for every place it offers', () => {
    for (const s of suggestClosePlaces('Saint-Pierre', 20)) {
      expect(s.lat).not.toBeNull();
      expect(resolvePlace(s.postcode ?? s.insee)).not.toBeNull();
    }
  });

  it('is never asked about a known code: resolvePlace knows them all', () => {
    const g = getGazetteer();
    for (const c of g.communes) expect(resolvePlace(c.insee)?.lat, c.insee).toEqual(expect.any(Number));
  });
});
