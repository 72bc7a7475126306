import { describe, expect, it } from 'vitest';
import { RECRUITING_MEANING, participationInPractice, recruitingMeaning } from './participation-practice';
import type { Study } from './types';

type S = Pick<Study, 'regulation' | 'jardeCategory' | 'eligibility'>;
const study = (regulation: Study['regulation'], jardeCategory?: 1 | 2 | 3, healthyVolunteers = false): S => ({
  regulation,
  jardeCategory,
  eligibility: { healthyVolunteers } as Study['eligibility'],
});
const all = (s: S) => participationInPractice(s).flatMap((b) => [b.heading ?? '', ...b.paragraphs]).join(' ');
const block = (s: S, heading: string) => participationInPractice(s).find((b) => b.heading === heading);

describe('« Participer en pratique »', () => {
  it('says for every category that taking part is free, and that travel may be repaid', () => {
    for (const s of [study('jarde', 1), study('jarde', 2), study('jarde', 3), study('medicament'), study('dispositif'), study('diagnostic')]) {
      const t = all(s);
      expect(t).toMatch(/Participer ne vous coûte rien\./);
      expect(t).toContain('Vos frais de trajet peuvent être remboursés');
    }
  });
  it('the sponsor provides the products of category 1 and drug trials', () => {
    expect(all(study('jarde', 1))).toContain('fournit gratuitement les produits de l’étude');
    expect(all(study('medicament'))).toContain('fournit gratuitement le médicament de l’essai');
  });
  it('shows the healthy-volunteer block only for studies that take them', () => {
    expect(block(study('jarde', 1), 'Si vous êtes en bonne santé')).toBeUndefined();
    expect(block(study('jarde', 1, true), 'Si vous êtes en bonne santé')).toBeDefined();
  });
  it('JARDÉ 1 and drug trials: yearly cap fixed by arrêté, national file, nothing for minors and protected adults', () => {
    for (const s of [study('jarde', 1, true), study('medicament', undefined, true)]) {
      const b = block(s, 'Si vous êtes en bonne santé')!;
      const t = b.paragraphs.join(' ');
      expect(t).toContain('sur un an a un plafond');
      expect(t).toContain('fixé par un arrêté du ministre de la santé');
      expect(t).toContain('fichier national des volontaires');
      expect(t).toContain('Les mineurs et les adultes protégés n’ont pas droit à une indemnité.');
      expect(b.sources).toEqual(expect.arrayContaining(['Code de la santé publique, article L1121-11', 'Code de la santé publique, article L1121-16']));
      expect(t).not.toMatch(/\d+\s*(€|euros)/);
    }
  });
  it('JARDÉ 2: file only in some cases; JARDÉ 3: no constraint, so in general no indemnity', () => {
    expect(block(study('jarde', 2, true), 'Si vous êtes en bonne santé')!.paragraphs.join(' ')).toContain('que dans certains cas');
    const t3 = block(study('jarde', 3, true), 'Si vous êtes en bonne santé')!.paragraphs.join(' ');
    expect(t3).toContain('ne donne donc pas lieu à une indemnité');
    expect(t3).not.toContain('fichier national');
  });
  it('stopping: at any time, with no effect on care; JARDÉ 3 speaks of refusing', () => {
    expect(block(study('jarde', 1), 'Arrêter')!.paragraphs.join(' ')).toContain('Vous pouvez arrêter à tout moment, sans dire pourquoi.');
    expect(block(study('jarde', 3), 'Arrêter')!.paragraphs.join(' ')).toContain('Vous pouvez refuser à tout moment');
  });
  it('after: overall results for all; treatment access not guaranteed where there is a study product', () => {
    for (const s of [study('jarde', 1), study('jarde', 2), study('jarde', 3), study('medicament'), study('dispositif')]) {
      expect(block(s, 'Après l’étude')!.paragraphs.join(' ')).toContain('connaître les résultats globaux');
    }
    expect(block(study('medicament'), 'Après l’étude')!.paragraphs.join(' ')).toContain('pas sûr de pouvoir garder le traitement');
    expect(block(study('medicament'), 'Après l’étude')!.paragraphs.join(' ')).toContain('CTIS');
    expect(block(study('jarde', 3), 'Après l’étude')!.paragraphs.join(' ')).not.toContain('garder le traitement');
  });
  it('if something goes wrong: sponsor liable, insurance, CCI and ONIAM; JARDÉ 3 without insurance', () => {
    const t1 = block(study('jarde', 1), 'Si quelque chose ne va pas')!.paragraphs.join(' ');
    expect(t1).toContain('le promoteur en est responsable. Il a une assurance');
    expect(t1).toContain('la CCI de votre région. C’est la commission de conciliation et d’indemnisation.');
    expect(t1).toContain('l’ONIAM');
    const t3 = block(study('jarde', 3), 'Si quelque chose ne va pas')!.paragraphs.join(' ');
    expect(t3).not.toContain('assurance');
    expect(t3).toContain('la CCI de votre région');
    // L1142-3 covers every study on people: the CCI and the ONIAM for every category, devices and diagnostics too.
    for (const s of [study('jarde', 1), study('jarde', 2), study('jarde', 3), study('medicament'), study('dispositif'), study('diagnostic')]) {
      const t = block(s, 'Si quelque chose ne va pas')!.paragraphs.join(' ');
      expect(t, `${s.regulation} ${s.jardeCategory ?? ''}`).toContain('la CCI de votre région');
      expect(t, `${s.regulation} ${s.jardeCategory ?? ''}`).toContain('l’ONIAM');
    }
  });
});

describe('« Recrute en ce moment »', () => {
  it('explains the four limits, only for a recruiting study', () => {
    const m = recruitingMeaning({ recruitment: 'ouvert' })!;
    const t = [...m.paragraphs, ...(m.items ?? [])].join(' ');
    expect(t).toContain('C’est le promoteur de l’étude qui le déclare');
    expect(t).toContain('peut ne pas être à jour');
    expect(t).toContain('Tous les lieux');
    expect(t).toContain('Les places peuvent être déjà prises');
    expect(t).toContain('Une lettre de votre médecin peut être demandée');
    for (const r of ['a-venir', 'suspendu', 'termine', 'inconnu'] as const) expect(recruitingMeaning({ recruitment: r })).toBeUndefined();
    expect(m).not.toBe(RECRUITING_MEANING);
  });
});
