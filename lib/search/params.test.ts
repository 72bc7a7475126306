import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PER_PAGE,
  getDefaultQuery,
  MAX_RADIUS_KM,
  parseSearchParams,
  resolveSort,
  serializeSearchQuery,
} from '@/lib/search/params';

function parse(qs: string) {
  return parseSearchParams(new URLSearchParams(qs));
}

function errorOf(qs: string) {
  const r = parse(qs);
  if (r.ok) throw new Error(`expected an error for ${qs}`);
  return r.error;
}

describe('parseSearchParams', () => {
  it('gives the defaults for an empty query and ignores unknown names', () => {
    const r = parse('utm_source=x&foo=bar');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query).toEqual(getDefaultQuery());
    expect(r.query).toMatchObject({ recrutement: 'ouvert', page: 1, parPage: DEFAULT_PER_PAGE, rayon: 30, categorie: [], phase: [] });
  });

  it('reads repeatable names and records', () => {
    const r = parse('categorie=medicament&categorie=jarde-1&phase=2&phase=1&phase=2');
    expect(r.ok && r.query.categorie).toEqual(['jarde-1', 'medicament']);
    expect(r.ok && r.query.phase).toEqual(['1', '2']);
    const rec = parseSearchParams({ categorie: ['dispositif'], maladie: '  cancer   du sein ', region: '' });
    expect(rec.ok && rec.query).toMatchObject({ categorie: ['dispositif'], maladie: 'cancer du sein', region: undefined });
  });

  it('refuses invalid values with a French message naming the parameter', () => {
    expect(errorOf('region=99')).toEqual({
      param: 'region',
      message: 'Le paramètre « region » doit être un code de région INSEE, par exemple 11 pour l’Île-de-France.',
    });
    for (const [qs, param] of [
      ['departement=96', 'departement'],
      ['lieu=Paris', 'lieu'],
      ['lat=95&lon=2', 'lat'],
      ['lat=48', 'lon'],
      ['rayon=abc', 'rayon'],
      ['categorie=jarde-4', 'categorie'],
      ['recrutement=ferme', 'recrutement'],
      ['age=-3', 'age'],
      ['age=200', 'age'],
      ['sexe=autre', 'sexe'],
      ['volontaire=oui', 'volontaire'],
      ['phase=5', 'phase'],
      ['tri=prix', 'tri'],
      ['page=0', 'page'],
      ['page=501', 'page'],
      ['parPage=abc', 'parPage'],
      [`maladie=${'a'.repeat(201)}`, 'maladie'],
    ] as const) {
      const e = errorOf(qs);
      expect(e.param, qs).toBe(param);
      expect(e.message, qs).toContain(`« ${param} »`);
    }
  });

  it('clamps absurd sizes', () => {
    const r = parse('lieu=75056&rayon=99999&parPage=5000');
    expect(r.ok && r.query.rayon).toBe(MAX_RADIUS_KM);
    expect(r.ok && r.query.parPage).toBe(100);
    expect(parse('lat=48.85&lon=2,35&rayon=0.01').ok && (parse('lat=48.85&lon=2,35&rayon=0.01') as { query: { rayon: number; lon: number } }).query).toMatchObject({ rayon: 1, lon: 2.35 });
  });

  it('normalises codes', () => {
    expect(parse('departement=2a').ok && (parse('departement=2a') as { query: { departement: string } }).query.departement).toBe('2A');
    expect(parse('departement=974').ok).toBe(true);
    expect(parse('region=04').ok).toBe(true);
  });

  it('does not filter on recruitment by default when the text is an identifier', () => {
    const r = parse('maladie=2021-A01022-39');
    expect(r.ok && r.query.recrutement).toBe('tous');
    expect(r.ok && serializeSearchQuery(r.query).toString()).toBe('maladie=2021-A01022-39');
  });
});

describe('resolveSort', () => {
  it('defaults to relevance with text, distance with a place, recent otherwise', () => {
    const q = (qs: string) => {
      const r = parse(qs);
      if (!r.ok) throw new Error(qs);
      return r.query;
    };
    expect(resolveSort(q('maladie=asthme'))).toBe('pertinence');
    expect(resolveSort(q('lieu=75056'))).toBe('distance');
    expect(resolveSort(q(''))).toBe('recent');
    expect(resolveSort(q('tri=distance'))).toBe('recent');
    expect(resolveSort(q('maladie=asthme&lieu=75056&tri=distance'))).toBe('distance');
  });
});

describe('serializeSearchQuery', () => {
  it('is canonical: defaults omitted, fixed order, round-trips', () => {
    const r = parse('page=2&phase=3&categorie=medicament&maladie=asthme&recrutement=ouvert&rayon=30&lieu=75056&categorie=jarde-2');
    if (!r.ok) throw new Error('parse');
    const s = serializeSearchQuery(r.query).toString();
    expect(s).toBe('maladie=asthme&lieu=75056&categorie=jarde-2&categorie=medicament&phase=3&page=2');
    const again = parse(s);
    expect(again.ok && again.query).toEqual(r.query);
    expect(serializeSearchQuery(getDefaultQuery()).toString()).toBe('');
  });
});
