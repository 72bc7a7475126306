import { describe, expect, it } from 'vitest';
import {
  CONSENT_SUMMARY, LEGAL_CATEGORIES, LEGAL_FACTS, describeConsent, describeInsurance, describeMinorsAndProtectedAdults,
  describeOversight, describeRights, legalCategory, participationSteps,
} from './rights';
import type { Study } from './types';

const jarde = (jardeCategory?: 1 | 2 | 3): Pick<Study, 'regulation' | 'jardeCategory'> => ({ regulation: 'jarde', jardeCategory });
const reg = (regulation: Study['regulation']): Pick<Study, 'regulation' | 'jardeCategory'> => ({ regulation });
const text = (b: { paragraphs: string[]; items?: string[] }) => [...b.paragraphs, ...(b.items ?? [])].join(' ');

describe('legalCategory', () => {
  it('maps regulation and JARDÉ category', () => {
    expect(legalCategory(jarde(1))).toBe('jarde-1');
    expect(legalCategory(jarde(3))).toBe('jarde-3');
    expect(legalCategory(jarde())).toBe('jarde-inconnue');
    expect(legalCategory(reg('medicament'))).toBe('medicament');
    expect(legalCategory(reg('dispositif'))).toBe('dispositif');
    expect(legalCategory(reg('diagnostic'))).toBe('diagnostic');
    expect(legalCategory(reg('inconnu'))).toBe('inconnue');
  });
});

describe('consent depends on the category (CSP L1122-1-1; regulations 536/2014, 2017/745, 2017/746)', () => {
  it.each([
    ['jarde-1', jarde(1)],
    ['medicament', reg('medicament')],
    ['dispositif', reg('dispositif')],
    ['diagnostic', reg('diagnostic')],
  ] as const)('%s: free, informed, written consent', (_c, s) => {
    const t = text(describeConsent(s));
    expect(t).toContain('vous signez un formulaire de consentement');
    expect(t).toContain('libre et éclairé, donné par écrit');
    expect(LEGAL_FACTS[legalCategory(s)].consent).toBe('ecrit');
  });
  it('JARDÉ 2: express consent, oral or written', () => {
    const t = text(describeConsent(jarde(2)));
    expect(t).toContain('à l’oral ou par écrit');
    expect(t).toContain('consentement exprès');
    expect(t).not.toContain('vous signez');
    expect(participationSteps(jarde(2)).join(' ')).not.toContain('signez');
  });
  it('JARDÉ 3: information and the right to object, nothing to sign', () => {
    const t = text(describeConsent(jarde(3)));
    expect(t).toContain('Vous n’avez rien à signer');
    expect(t).toContain('non-opposition');
    const steps = participationSteps(jarde(3)).join(' ');
    expect(steps).toContain('Vous n’avez rien à signer');
    expect(steps).not.toContain('vous signez');
    expect(CONSENT_SUMMARY['jarde-3']).toContain('rien à signer');
  });
  it('never says « vous signez un accord écrit » for every study', () => {
    for (const c of LEGAL_CATEGORIES) {
      expect(participationSteps({ regulation: c.startsWith('jarde') ? 'jarde' : (c as Study['regulation']) }).join(' ')).not.toContain(
        'vous signez un accord écrit',
      );
    }
  });
});

describe('insurance and social security (CSP L1121-10, L1121-11)', () => {
  it.each([
    ['jarde-1', jarde(1)],
    ['jarde-2', jarde(2)],
    ['medicament', reg('medicament')],
  ] as const)('%s: sponsor insurance and social security required', (_c, s) => {
    const t = text(describeInsurance(s));
    expect(t).toContain('Le promoteur doit avoir une assurance');
    expect(t).toContain('il faut avoir droit à la sécurité sociale');
  });
  it.each([
    ['dispositif', reg('dispositif')],
    ['diagnostic', reg('diagnostic')],
  ] as const)('%s: sponsor insurance; affiliation to check', (_c, s) => {
    const t = text(describeInsurance(s));
    expect(t).toContain('Le promoteur doit avoir une assurance');
    expect(t).toContain('En général, il faut être affilié');
  });
  it('JARDÉ 3: no insurance duty, no affiliation duty, the sponsor still liable', () => {
    const t = text(describeInsurance(jarde(3)));
    expect(t).not.toContain('doit avoir une assurance');
    expect(t).toContain('ne demande donc pas d’assurance');
    expect(t).toContain('le promoteur en répondrait');
    expect(t).toContain('pas demandé d’être affilié');
    expect(LEGAL_FACTS['jarde-3']).toMatchObject({ sponsorInsurance: false, socialSecurity: false });
  });
});

describe('the CPP gives an opinion, the ANSM authorises (CSP L1121-4, L1123-7)', () => {
  it('names the CPP in full and speaks of a favourable opinion, never of a « comité d’éthique »', () => {
    for (const c of LEGAL_CATEGORIES.filter((x) => x !== 'inconnue')) {
      const s = c.startsWith('jarde') ? jarde(c === 'jarde-inconnue' ? undefined : (Number(c.slice(-1)) as 1 | 2 | 3)) : reg(c as Study['regulation']);
      const t = text(describeOversight(s));
      expect(t, c).toContain('comité de protection des personnes (CPP)');
      expect(t, c).toContain('avis favorable');
      expect(t, c).not.toMatch(/comité d[’']éthique/);
    }
  });
  it('ANSM authorisation for JARDÉ 1 and drugs, « selon les cas » for devices, none for JARDÉ 2 and 3', () => {
    expect(text(describeOversight(jarde(1)))).toContain('L’ANSM doit aussi l’autoriser.');
    expect(text(describeOversight(reg('medicament')))).toContain('autorisé');
    expect(text(describeOversight(reg('dispositif')))).toContain('Selon le cas, l’ANSM');
    expect(text(describeOversight(jarde(2)))).not.toContain('ANSM');
    expect(text(describeOversight(jarde(3)))).not.toContain('ANSM');
  });
});

describe('minors and protected adults (CSP L1122-2)', () => {
  it('a minor’s refusal or withdrawal cannot be overridden; tutelle and curatelle', () => {
    const t = text(describeMinorsAndProtectedAdults(jarde(1)));
    expect(t).toContain('Si l’enfant refuse, ou s’il veut arrêter, on ne peut pas passer outre.');
    expect(t).toContain('sous tutelle, le tuteur donne l’accord. On cherche aussi l’avis de la personne');
    expect(t).toContain('sous curatelle, la personne donne elle-même son accord, avec l’aide de son curateur');
    expect(t).toContain('n’ont pas droit à une indemnité');
  });
  it('JARDÉ 3: the right to refuse belongs to them too', () => {
    const t = text(describeMinorsAndProtectedAdults(jarde(3)));
    expect(t).toContain('Ils peuvent refuser');
    expect(t).toContain('S’il refuse, on ne peut pas passer outre.');
  });
});

describe('describeRights', () => {
  it('gives four blocks with headings and sources for every category', () => {
    for (const c of LEGAL_CATEGORIES) {
      const s = c.startsWith('jarde') ? jarde(c === 'jarde-inconnue' ? undefined : (Number(c.slice(-1)) as 1 | 2 | 3)) : reg(c === 'inconnue' ? 'inconnu' : (c as Study['regulation']));
      const blocks = describeRights(s);
      expect(blocks).toHaveLength(4);
      for (const b of blocks) {
        expect(b.heading).toBeTruthy();
        expect(b.paragraphs.length).toBeGreaterThan(0);
      }
    }
  });
});
