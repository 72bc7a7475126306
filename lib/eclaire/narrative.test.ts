import { describe, expect, it } from 'vitest';
import { datesIn, narrativeOf, parseCriteriaList, parseNarrative } from './narrative';

const div = (items: string) =>
  `<div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2><ul>${items}</ul></div>`;

describe('parseNarrative', () => {
  it('reads the items of a narrative as ECLAIRE writes it (§7.4)', () => {
    const n = parseNarrative(div('<li> reglementation_code: REG536 </li><li> etat: EN_COURS </li><li> historique: 2023-03-16:En cours </li>'
      + '<li> statut_recrutement: Recrutement en attente </li><li> date_fin_recrutement: null </li>'));
    expect(n.readable).toBe(true);
    expect(n.get('reglementation_code')).toBe('REG536');
    expect(n.get('etat')).toBe('EN_COURS');
    expect(n.get('historique')).toBe('2023-03-16:En cours');
    expect(n.get('statut_recrutement')).toBe('Recrutement en attente');
    expect(n.has('date_fin_recrutement')).toBe(true);
    expect(n.get('date_fin_recrutement')).toBeUndefined();
    expect(n.has('resume')).toBe(false);
  });

  it('turns the literal null and undefined into absent values', () => {
    const n = parseNarrative(div('<li> etat: null </li><li> informations_meddra: undefined </li><li> titre: INDISPONIBLE </li>'));
    expect([n.get('etat'), n.get('informations_meddra'), n.get('titre')]).toEqual([undefined, undefined, undefined]);
    expect(n.has('etat')).toBe(true);
  });

  it('keeps a value that holds </li>, commas or tags, up to the next item', () => {
    const n = parseNarrative(div('<li> titre: Étude A </li> suite, avec virgule </li><li> etat: PROROGEE </li>'
      + '<li> resume: <script>alert(1)</script> texte &amp; fin </li>'));
    expect(n.get('titre')).toBe('Étude A suite, avec virgule');
    expect(n.get('etat')).toBe('PROROGEE');
    expect(n.get('resume')).toBe('alert(1) texte & fin');
  });

  it('sees a smuggled second item as a disagreement', () => {
    const n = parseNarrative(div('<li> etat: EN_COURS </li><li> titre: X </li><li> etat: TERMINEE </li><li> resume: y </li>'));
    expect(n.all('etat')).toEqual(['EN_COURS', 'TERMINEE']);
    expect(n.get('etat')).toBeUndefined();
    const same = parseNarrative(div('<li> etat: EN_COURS </li><li> etat: EN_COURS </li>'));
    expect(same.get('etat')).toBe('EN_COURS');
    // The real value is a placeholder and another field smuggles one: not a value, a disagreement.
    const smuggled = parseNarrative(div('<li> etat: null </li><li> resume: <li> etat: EN_COURS </li>'));
    expect(smuggled.all('etat')).toEqual(['EN_COURS']);
    expect(smuggled.get('etat')).toBeUndefined();
    expect(smuggled.has('etat')).toBe(true);
  });

  it('survives anything that is not a narrative', () => {
    for (const v of [undefined, null, 42, {}, [], '', 'texte sans liste', '<div><p>Pas de liste</p></div>',
      '<div><ul><li>sans deux-points</li><li>', '<li', '<li> etat:', '<li> Etat: EN_COURS </li>', '<ul><li></ul>']) {
      const n = parseNarrative(v);
      expect(n.get('etat'), JSON.stringify(v)).toBeUndefined();
      expect(n.all('etat')).toEqual([]);
    }
    expect(parseNarrative('<li> etat:').has('etat')).toBe(true);
  });

  it('reads malformed XHTML (unclosed items, no ul, attributes, upper-case tags)', () => {
    const n = parseNarrative('<div><li> etat: SUSPENDUE <li class="x"> statut_recrutement: Recrutement ouvert <LI> sexe: Male');
    expect(n.get('etat')).toBe('SUSPENDUE');
    expect(n.get('statut_recrutement')).toBe('Recrutement ouvert');
  });

  it('reads a 1 MB narrative and ignores what lies beyond 2 MB', () => {
    const big = 'x'.repeat(1_000_000);
    const n = parseNarrative(div(`<li> etat: EN_COURS </li><li> resume: ${big} </li><li> statut_recrutement: Recrutement fermé </li>`));
    expect(n.get('etat')).toBe('EN_COURS');
    expect(n.get('statut_recrutement')).toBe('Recrutement fermé');
    expect(n.get('resume')).toHaveLength(1_000_000);
    const huge = parseNarrative(`<li> etat: EN_COURS </li><li> resume: ${'y'.repeat(2_500_000)} </li><li> statut_recrutement: Recrutement ouvert </li>`);
    expect(huge.get('etat')).toBe('EN_COURS');
    expect(huge.get('statut_recrutement')).toBeUndefined();
  });

  it('reads the narrative of a resource', () => {
    expect(narrativeOf({ text: { div: div('<li> etat: A_DEMARRER </li>') } }).get('etat')).toBe('A_DEMARRER');
    expect(narrativeOf({ text: 'x' }).readable).toBe(false);
    expect(narrativeOf(null).readable).toBe(false);
  });
});

describe('parseCriteriaList', () => {
  it('reads ECLAIRE’s format, the null first item included', () => {
    expect(parseCriteriaList('Titre: null - Type: null,Titre: TEST PRINCIPAL - Type: PRINCIPAL,Titre: TEST SECONDAIRE - Type: SECONDAIRE'))
      .toEqual([{}, { title: 'TEST PRINCIPAL', type: 'PRINCIPAL' }, { title: 'TEST SECONDAIRE', type: 'SECONDAIRE' }]);
  });
  it('keeps commas and dashes inside titles, folds the type', () => {
    expect(parseCriteriaList('Titre: Âge ≥ 18 ans, sans limite - cas 1 - Type: Inclusion,Titre: Grossesse - Type: non-inclusion'))
      .toEqual([{ title: 'Âge ≥ 18 ans, sans limite - cas 1', type: 'INCLUSION' }, { title: 'Grossesse', type: 'NON_INCLUSION' }]);
  });
  it('gives up on anything else', () => {
    expect(parseCriteriaList(undefined)).toBeUndefined();
    expect(parseCriteriaList('Critère A, critère B')).toBeUndefined();
    expect(parseCriteriaList('Titre: sans type')).toBeUndefined();
  });
});

describe('datesIn', () => {
  it('finds the days of a history or of authorisations', () => {
    expect(datesIn('2023-03-16:En cours, 2024-01-02:Terminée')).toEqual(['2023-03-16', '2024-01-02']);
    expect(datesIn('22.00800.000094-SM-1:2022-11-07, 22.00800.000094-SM-2:2023-04-12')).toEqual(['2022-11-07', '2023-04-12']);
    expect(datesIn('null')).toEqual([]);
    expect(datesIn('12023-03-166')).toEqual([]);
  });
});
