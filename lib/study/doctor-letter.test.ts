import { describe, expect, it } from 'vitest';
import { buildDoctorLetter, continuationSentence, fitCriteria, printedLines } from './doctor-letter';
import type { Criterion, Study } from './types';

const crit = (...texts: string[]): Criterion[] => texts.map((text) => ({ text }));

function makeStudy(over: Partial<Study> = {}): Study {
  return {
    id: '2022-500014-26-00',
    identifiers: [
      { value: 'NCT01234567', kind: 'nct', primary: false },
      { value: '2022-500014-26-00', kind: 'eu-ct', primary: true },
    ],
    title: 'Essai de phase 3 du produit X',
    titleMissing: false,
    labels: [],
    regulation: 'medicament',
    status: 'en-cours',
    recruitment: 'ouvert',
    phase: { code: 'phase-III', label: 'Phase 3' },
    phaseBuckets: ['3'],
    conditions: [],
    meddra: [],
    outcomes: [],
    eligibility: {
      sexes: ['femme', 'homme'],
      ageRanges: [{ min: 18, max: 64 }, { min: 65 }],
      unclassified: [],
      inclusion: crit('Âge ≥ 18 ans.', 'Score ECOG ≤ 1.'),
      exclusion: crit('Grossesse.'),
      groups: [],
      healthyVolunteers: false,
      populations: [],
    },
    sites: [],
    contacts: {},
    sponsor: 'Laboratoire Exemple',
    countries: ['FR'],
    ...over,
  };
}

describe('fitCriteria', () => {
  const list = crit('a'.repeat(50), 'b'.repeat(120), 'c'.repeat(30), 'd'.repeat(10));
  it('keeps whole criteria in order within the characters', () => {
    const f = fitCriteria(list, { maxChars: 175 });
    expect(f.shown.map((c) => c.text[0])).toEqual(['a', 'b']);
    expect(f.remaining).toBe(2);
    expect(f.continuation).toBe('2 autres critères\u00A0: suite sur la page de l’étude.');
  });
  it('never skips ahead to a shorter criterion, never cuts one', () => {
    const f = fitCriteria(list, { maxChars: 100 });
    expect(f.shown.map((c) => c.text)).toEqual(['a'.repeat(50)]);
    for (const c of f.shown) expect(list.map((x) => x.text)).toContain(c.text);
  });
  it('counts printed lines', () => {
    expect(printedLines('x'.repeat(95))).toBe(1);
    expect(printedLines('x'.repeat(96))).toBe(2);
    expect(printedLines('')).toBe(1);
    const f = fitCriteria(list, { maxLines: 3, charsPerLine: 60 });
    expect(f.shown).toHaveLength(2); // 1 + 2 lines
  });
  it('shows everything without a budget, and nothing when the first does not fit', () => {
    expect(fitCriteria(list)).toEqual({ shown: list, remaining: 0, continuation: undefined });
    expect(fitCriteria(list, { maxChars: 10 }).shown).toEqual([]);
    expect(continuationSentence(1)).toBe('1 autre critère\u00A0: suite sur la page de l’étude.');
    expect(continuationSentence(0)).toBeUndefined();
  });
});

describe('buildDoctorLetter', () => {
  it('is written to the doctor, with a blank field for the patient', () => {
    const l = buildDoctorLetter(makeStudy());
    expect(l.salutation).toBe('Madame, Monsieur,');
    expect(l.patient.blank).toMatch(/^_{20,}$/);
    expect(l.intro.join(' ')).toContain('La personne qui vous remet cette fiche');
  });
  it('lists sponsor, identifiers (EU CT first), category, phase, status, recruitment and age brackets', () => {
    const rows = Object.fromEntries(buildDoctorLetter(makeStudy()).study.rows.map((r) => [r.label, r.value]));
    expect(rows['Promoteur']).toBe('Laboratoire Exemple');
    expect(rows['Numéro EU CT']).toBe('2022-500014-26-00');
    expect(rows['Numéro NCT']).toBe('NCT01234567');
    expect(rows['Catégorie']).toBe('Essai clinique de médicament (règlement européen)');
    expect(rows['Phase']).toBe('Phase 3');
    expect(rows['Statut de l’étude']).toBe('Étude en cours');
    expect(rows['Recrutement']).toBe('Recrutement ouvert');
    expect(rows['Âge']).toBe('18 ans et plus (tranche d’âge), voir les critères pour les limites exactes');
    const labels = buildDoctorLetter(makeStudy()).study.rows.map((r) => r.label);
    expect(labels.indexOf('Numéro EU CT')).toBeLessThan(labels.indexOf('Numéro NCT'));
  });
  it('adds the study id when no identifier carries it, and an ID-RCB for a JARDÉ study', () => {
    const l = buildDoctorLetter(makeStudy({ id: '2021-A01022-39', regulation: 'jarde', jardeCategory: 2, identifiers: [{ value: '2021-A01022-39', kind: 'id-rcb', primary: true }] }));
    const rows = Object.fromEntries(l.study.rows.map((r) => [r.label, r.value]));
    expect(rows['Numéro ID-RCB']).toBe('2021-A01022-39');
    expect(rows['Catégorie']).toContain('catégorie 2');
    expect(buildDoctorLetter(makeStudy({ identifiers: [] })).study.rows).toContainEqual({ label: 'Numéro de l’étude', value: '2022-500014-26-00' });
  });
  it('gives the criteria in full within the budget, and says how many remain', () => {
    const many = crit(...Array.from({ length: 30 }, (_, i) => `Critère numéro ${i + 1}, écrit en entier sans coupure.`));
    const l = buildDoctorLetter(makeStudy({ eligibility: { ...makeStudy().eligibility, inclusion: many } }), { inclusionBudget: { maxLines: 10 } });
    expect(l.inclusion.items).toHaveLength(10);
    expect(l.inclusion.remaining).toBe(20);
    expect(l.inclusion.continuation).toContain('20 autres critères');
    expect(l.exclusion.items).toEqual(crit('Grossesse.'));
  });
  it('says when criteria are not published, and links the page when given', () => {
    const l = buildDoctorLetter(makeStudy({ eligibility: { ...makeStudy().eligibility, inclusion: [], exclusion: [] } }), { url: 'https://phare.example/essais/2022-500014-26-00' });
    expect(l.inclusion.empty).toContain('ne sont pas publiés');
    expect(l.closing.paragraphs.at(-1)).toBe('Version à jour de l’étude\u00A0: https://phare.example/essais/2022-500014-26-00');
  });
  it('never says « not published » when the study published criteria of no stated kind', () => {
    const eligibility = { ...makeStudy().eligibility, inclusion: [], exclusion: [], unclassified: crit('Taux de réhospitalisation à 1 an') };
    const l = buildDoctorLetter(makeStudy({ eligibility }));
    for (const block of [l.inclusion, l.exclusion]) {
      expect(block.empty).not.toContain('ne sont pas publiés');
      expect(block.empty).toContain('sans dire s’ils sont des conditions pour participer');
    }
  });
});
