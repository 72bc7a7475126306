import { describe, expect, it, vi } from 'vitest';
import { DEMO_CONDITIONS } from '@/lib/demo/conditions';
import { parseSearchParams, type SearchQuery } from './params';
import { UNDERSTAND_CASES, type UnderstandCase } from './understand-cases';
import { conditionPhrases, understandQuery, understandText, type TextParse } from './understand';

/** The mirror's conditions as the end-to-end tests have them (the demo data). */
const conditions = conditionPhrases(DEMO_CONDITIONS.map((d) => ({ text: d.fr })));

/** A parse in the table's terms. */
function asCase(typed: string, p: TextParse): UnderstandCase {
  const out: UnderstandCase = { typed, text: p.text };
  if (p.place) out.place = `${p.place.kind}:${p.place.code}`;
  if (p.age) {
    const { bracket, min, max } = p.age;
    out.age = bracket === 'age' ? `age:${min}` : bracket === 'tranche' ? `tranche:${min}-${max ?? ''}` : bracket;
  }
  if (p.sexe) out.sexe = p.sexe.value;
  if (p.volontaire) out.volontaire = true;
  if (p.dropped.length) out.dropped = p.dropped;
  return out;
}

function query(qs: string): SearchQuery {
  const r = parseSearchParams(new URLSearchParams(qs));
  if (!r.ok) throw new Error(r.error.message);
  return r.query;
}

describe('understandText: the table of typed queries', () => {
  it('holds at least 150 cases, each typed once', () => {
    expect(UNDERSTAND_CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(UNDERSTAND_CASES.map((c) => c.typed)).size).toBe(UNDERSTAND_CASES.length);
  });

  it.each(UNDERSTAND_CASES.map((c) => [c.typed, c] as const))('« %s »', (typed, expected) => {
    expect(asCase(typed, understandText(typed, { conditions }))).toEqual(expected);
  });
});

describe('understandText: what it says about the place', () => {
  it('says what was typed, connector included, and offers the homonyms, most populous first', () => {
    const p = understandText('cancer du sein près de Rennes').place!;
    expect(p).toMatchObject({ kind: 'commune', code: '35238', name: 'Rennes', label: 'Rennes (35)', typed: 'près de Rennes' });
    const saintDenis = understandText('asthme saint-denis').place!;
    expect(saintDenis.code).toBe('97411');
    expect(saintDenis.others[0]).toEqual({ kind: 'commune', code: '93066', name: 'Saint-Denis', label: 'Saint-Denis (93)' });
    expect(understandText('asthme valence').place!.others[0]).toMatchObject({ code: '82186', label: 'Valence (82)' });
    // The town of Vienne (Isère) beside the department of the Vienne.
    expect(understandText('asthme vienne').place!.others.map((o) => `${o.kind}:${o.code}`)).toContain('commune:38544');
  });

  it('offers the other communes of a shared postcode, and the whole city of an arrondissement', () => {
    const p = understandText('mucoviscidose 01400').place!;
    expect(p.others.length).toBeGreaterThan(2);
    expect(p.others.every((o) => o.kind === 'commune')).toBe(true);
    expect(understandText('cancer paris 15e').place!.others).toEqual([
      { kind: 'commune', code: '75056', name: 'Paris', label: 'Paris (75)' },
    ]);
  });

  it('does not offer the same area twice, nor names that merely start alike', () => {
    // The department and the region of La Réunion are one area; the commune of Lot-et-Garonne is another place.
    expect(understandText('asthme réunion').place).toMatchObject({ kind: 'departement', code: '974' });
    expect(understandText('asthme réunion').place!.others.map((o) => o.label)).toEqual(['La Réunion (47)']);
    expect(understandText('asthme paris').place!.others).toEqual([]);
    expect(understandText('diabète en Île-de-France').place!.others).toEqual([]);
  });

  it('never throws on hostile or huge input', () => {
    const inputs = [
      'a '.repeat(100),
      'lyon '.repeat(40),
      '\u0000\u0001\u0002 lyon',
      '((((((((((',
      ')))) lyon ((((',
      'à à à à à à à à à à',
      'près de près de près de',
      '9'.repeat(200),
      '\uD800 lyon',
      undefined as unknown as string,
      null as unknown as string,
    ];
    for (const input of inputs) expect(() => understandText(input)).not.toThrow();
    expect(understandText('lyon '.repeat(40)).text.length).toBeGreaterThan(0);
  });

  it('a fault while reading leaves the text as typed', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { has: () => { throw new Error('boom'); } } as unknown as ReadonlySet<string>;
    expect(understandText('asthme lyon', { conditions: broken })).toEqual({ text: 'asthme lyon', dropped: [] });
    spy.mockRestore();
  });
});

describe('understandQuery: applying what was understood', () => {
  it('turns a commune into lieu with the radius asked (30 km by default), keeps the URL as typed', () => {
    const q = query('maladie=asthme+lyon');
    const { effective, understood } = understandQuery(q);
    expect(effective).toMatchObject({ maladie: 'asthme', lieu: '69123', rayon: 30 });
    expect(q.maladie).toBe('asthme lyon');
    expect(understood).toMatchObject({
      typed: 'asthme lyon',
      text: 'asthme',
      place: { kind: 'commune', code: '69123', label: 'Lyon (69)', typed: 'lyon', rayon: 30, applied: true, others: [] },
      dropped: [],
      params: 'maladie=asthme&lieu=69123',
    });
    expect(understandQuery(query('maladie=asthme+lyon&rayon=50')).understood?.place?.rayon).toBe(50);
    expect(understandQuery(query('maladie=asthme+lyon&rayon=50')).understood?.params).toBe('maladie=asthme&lieu=69123&rayon=50');
  });

  it('turns a department into departement and a region into region', () => {
    expect(understandQuery(query('maladie=sida+93')).effective).toMatchObject({ maladie: 'sida', departement: '93' });
    expect(understandQuery(query('maladie=diab%C3%A8te+en+Bretagne')).effective).toMatchObject({ maladie: 'diabète', region: '53' });
  });

  it('lets explicit parameters win, and says so', () => {
    const withLieu = understandQuery(query('maladie=asthme+lyon&lieu=75056'));
    expect(withLieu.effective).toMatchObject({ maladie: 'asthme', lieu: '75056' });
    expect(withLieu.understood?.place).toMatchObject({ code: '69123', applied: false, others: [] });
    const withRegion = understandQuery(query('maladie=asthme+lyon&region=11'));
    expect(withRegion.effective).toMatchObject({ maladie: 'asthme', region: '11', lieu: undefined });
    expect(withRegion.understood?.place?.applied).toBe(false);
    const withPoint = understandQuery(query('maladie=asthme+lyon&lat=48.85&lon=2.35'));
    expect(withPoint.effective).toMatchObject({ lieu: undefined, lat: 48.85 });
    const sameLieu = understandQuery(query('maladie=asthme+lyon&lieu=69123'));
    expect(sameLieu.understood?.place?.applied).toBe(true);

    const withAge = understandQuery(query('maladie=diab%C3%A8te+enfant&age=40'));
    expect(withAge.effective).toMatchObject({ maladie: 'diabète', age: 40 });
    expect(withAge.effective.ageRange).toBeUndefined();
    expect(withAge.understood?.age).toMatchObject({ bracket: 'enfant', applied: false });
    const withSex = understandQuery(query('maladie=endom%C3%A9triose+femme&sexe=homme'));
    expect(withSex.effective.sexe).toBe('homme');
    expect(withSex.understood?.sexe).toEqual({ value: 'femme', typed: 'femme', applied: false });
  });

  it('applies an age bracket as a range, one age as the age, a sex and healthy volunteers', () => {
    const child = understandQuery(query('maladie=diab%C3%A8te+enfant')).effective;
    expect(child).toMatchObject({ maladie: 'diabète', ageRange: { min: 0, max: 17 } });
    expect(child.age).toBeUndefined();
    expect(understandQuery(query('maladie=parkinson+senior')).effective.ageRange).toEqual({ min: 65, max: null });
    expect(understandQuery(query('maladie=asthme+45+ans')).effective).toMatchObject({ maladie: 'asthme', age: 45 });
    expect(understandQuery(query('maladie=endom%C3%A9triose+femme')).effective.sexe).toBe('femme');
    expect(understandQuery(query('maladie=vaccin+volontaires+sains')).effective).toMatchObject({ maladie: 'vaccin', volontaire: 'sain' });
  });

  it('writes the same search as explicit parameters, the words of an age bracket kept in the text', () => {
    expect(understandQuery(query('maladie=diab%C3%A8te+enfant+13')).understood?.params).toBe(
      `maladie=${encodeURIComponent('diabète enfant').replace(/%20/g, '+')}&departement=13`,
    );
    expect(understandQuery(query('maladie=cancer+du+sein+femme+45+ans')).understood?.params).toBe(
      'maladie=cancer+du+sein&age=45&sexe=femme',
    );
    // Nothing understood: no parameters to offer.
    expect(understandQuery(query('maladie=asthme')).understood).toEqual({ typed: 'asthme', text: 'asthme', dropped: [] });
  });

  it('gives each other place its own link: the same search centred there', () => {
    const { understood } = understandQuery(query('maladie=asthme+saint-denis&categorie=jarde-2'));
    expect(understood?.place?.others[0]).toMatchObject({
      code: '93066',
      params: 'maladie=asthme&lieu=93066&categorie=jarde-2',
    });
    const vienne = understandQuery(query('maladie=asthme+vienne')).understood?.place?.others.find((o) => o.code === '38544');
    expect(vienne?.params).toBe('maladie=asthme&lieu=38544');
  });

  it('texte=exact reads nothing; a study number is searched as typed, whatever its status', () => {
    const exact = understandQuery(query('maladie=asthme+lyon&texte=exact'));
    expect(exact.effective).toMatchObject({ maladie: 'asthme lyon', lieu: undefined });
    expect(exact.understood).toEqual({ typed: 'asthme lyon', text: 'asthme lyon', exact: true, dropped: [] });
    const numbered = understandQuery(query('maladie=essai+2022-500014-26'));
    expect(numbered.effective).toMatchObject({ maladie: '2022-500014-26', recrutement: 'tous' });
    expect(understandQuery(query('maladie=essai+2022-500014-26&recrutement=a-venir')).effective.recrutement).toBe('a-venir');
  });

  it('without text, there is nothing to understand', () => {
    expect(understandQuery(query('region=11'))).toEqual({ effective: query('region=11') });
  });
});
