import { describe, expect, it } from 'vitest';
import { RECRUITMENT_RULES, foldRiphRecruitment, foldRiphState, reconcileStatus, recruitmentRuleOf, type StatusInputs } from './status';

const r = (inputs: StatusInputs) => reconcileStatus(inputs);

describe('foldRiphState', () => {
  it.each([
    ['A_DEMARRER', 'A_DEMARRER'], ['À DÉMARRER', 'A_DEMARRER'], ['A DEMARRER', 'A_DEMARRER'], ['à démarrer', 'A_DEMARRER'],
    ['a-demarrer', 'A_DEMARRER'], ['PROROGEE', 'PROROGEE'], ['Prorogée', 'PROROGEE'], ['EN_COURS', 'EN_COURS'],
    ['En cours', 'EN_COURS'], ['SUSPENDUE', 'SUSPENDUE'], ['TERMINEE_ANTICIPEE', 'TERMINEE_ANTICIPEE'],
    ['Terminée anticipée', 'TERMINEE_ANTICIPEE'], ['Terminée (fin anticipée)', 'TERMINEE_ANTICIPEE'],
    ['TERMINÉE', 'TERMINEE'], ['Archivée', 'ARCHIVEE'], ['ABANDONNÉE', 'ABANDONNEE'], ['Expirée', 'EXPIREE'],
    // Gender, number and the other ways of writing an end before term.
    ['Suspendu', 'SUSPENDUE'], ['Terminé', 'TERMINEE'], ['Abandonné', 'ABANDONNEE'], ['Expiré', 'EXPIREE'],
    ['Prorogé', 'PROROGEE'], ['Archivé', 'ARCHIVEE'], ['Fin anticipée', 'TERMINEE_ANTICIPEE'],
    ['Terminée par anticipation', 'TERMINEE_ANTICIPEE'], ['Arrêtée (fin anticipée)', 'TERMINEE_ANTICIPEE'],
  ])('%j → %s', (raw, code) => expect(foldRiphState(raw)).toBe(code));
  it.each([undefined, '', 'null', 'RAPATRIEE_CTIS', 'INCONNU', 'EN_COURS, TERMINEE', 'x'.repeat(500)])('%j → undefined', (raw) => {
    expect(foldRiphState(raw)).toBeUndefined();
  });
});

describe('foldRiphRecruitment', () => {
  it.each([
    ['Recrutement ouvert', 'ouvert'], ['RECRUTEMENT OUVERT', 'ouvert'], ['Recrutement en attente', 'a-venir'],
    ['Recrutement fermé', 'termine'], ['recrutement ferme', 'termine'], ['Recrutement suspendu', 'suspendu'],
    ['Recrutement non ouvert', 'a-venir'], ['Recrutement ouvert, Recrutement fermé', 'termine'],
    // By word stems: gender, synonyms, entities left encoded.
    ['Recrutement fermée', 'termine'], ['Recrutement clôturé', 'termine'], ['Recrutement achevé', 'termine'],
    ['Recrutement terminé', 'termine'], ['Recrutement ferm&eacute;', 'termine'], ['Recrutement non débuté', 'a-venir'],
    ['Recrutement pas encore commencé', 'a-venir'], ['Recrutement interrompu', 'suspendu'], ['Recrutement ouverte', 'ouvert'],
  ])('%j → %s', (raw, expected) => expect(foldRiphRecruitment(raw)).toBe(expected));
  it.each([undefined, '', 'null', 'Autre chose', 'Ouverture prévue'])('%j → undefined', (raw) => expect(foldRiphRecruitment(raw)).toBeUndefined());
});

describe('reconcileStatus: the most conservative reading wins', () => {
  it('never shows a finished, withdrawn or suspended study as recruiting', () => {
    expect(r({ fhirStatus: 'completed', recruitmentCode: 'recruiting' })).toEqual({ status: 'terminee', recruitment: 'termine', rule: 'completed' });
    expect(r({ fhirStatus: 'administratively-completed', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'arretee', recruitment: 'termine', rule: 'completed' });
    expect(r({ fhirStatus: 'withdrawn', recruitmentCode: 'recruiting' })).toEqual({ status: 'abandonnee', recruitment: 'termine', rule: 'withdrawn' });
    expect(r({ fhirStatus: 'temporarily-closed-to-accrual', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'suspendue', recruitment: 'suspendu', rule: 'suspended' });
    expect(r({ fhirStatus: 'temporarily-closed-to-accrual-and-intervention', recruitmentCode: 'upcoming' }))
      .toEqual({ status: 'suspendue', recruitment: 'suspendu', rule: 'suspended' });
  });

  it('approved means not open yet, whatever the extension says', () => {
    expect(r({ fhirStatus: 'approved', recruitmentCode: 'recruiting' })).toEqual({ status: 'a-demarrer', recruitment: 'a-venir', rule: 'approved-not-open' });
    expect(r({ fhirStatus: 'approved', recruitmentCode: 'upcoming' })).toEqual({ status: 'a-demarrer', recruitment: 'a-venir' });
    expect(r({ fhirStatus: 'approved' })).toEqual({ status: 'a-demarrer', recruitment: 'a-venir', rule: 'approved-not-open' });
    // A closed recruitment stays closed: the more closed reading.
    expect(r({ fhirStatus: 'approved', recruitmentCode: 'completed-recruiting' })).toEqual({ status: 'a-demarrer', recruitment: 'termine' });
  });

  it('shows a recruiting study as open only when both allow it', () => {
    expect(r({ fhirStatus: 'active', recruitmentCode: 'recruiting', riphState: 'EN_COURS', riphRecruitment: 'Recrutement ouvert' }))
      .toEqual({ status: 'en-cours', recruitment: 'ouvert' });
    expect(r({ fhirStatus: 'active', recruitmentCode: 'completed-recruiting' })).toEqual({ status: 'en-cours', recruitment: 'termine' });
    expect(r({ fhirStatus: 'active', recruitmentCode: 'upcoming' })).toEqual({ status: 'en-cours', recruitment: 'a-venir' });
    // Active, nothing declared: an active study may have closed its recruitment.
    expect(r({ fhirStatus: 'active' })).toEqual({ status: 'en-cours', recruitment: 'inconnu' });
  });

  it('tells PROROGÉE from À DÉMARRER and EXPIRÉE from ABANDONNÉE with the etat', () => {
    expect(r({ fhirStatus: 'approved', riphState: 'PROROGEE', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'prorogee', recruitment: 'a-venir', rule: 'approved-not-open' });
    expect(r({ fhirStatus: 'approved', riphState: 'À DÉMARRER' })).toMatchObject({ status: 'a-demarrer', recruitment: 'a-venir' });
    expect(r({ fhirStatus: 'withdrawn', riphState: 'EXPIREE', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'expiree', recruitment: 'termine', rule: 'withdrawn' });
    expect(r({ fhirStatus: 'withdrawn', riphState: 'Abandonnée' })).toEqual({ status: 'abandonnee', recruitment: 'termine', rule: 'withdrawn' });
    // The IG ConceptMap maps EXPIRÉE to approved: not a contradiction.
    expect(r({ fhirStatus: 'approved', riphState: 'EXPIREE' })).toMatchObject({ status: 'expiree', recruitment: 'termine' });
    expect(r({ fhirStatus: 'completed', riphState: 'ARCHIVEE' })).toMatchObject({ status: 'terminee', recruitment: 'termine' });
    expect(r({ fhirStatus: 'administratively-completed', riphState: 'Terminée anticipée' })).toMatchObject({ status: 'arretee' });
  });

  it('reads « Recrutement en attente » claimed as recruiting (before 2025-12-18) as upcoming', () => {
    expect(r({ fhirStatus: 'active', riphState: 'EN_COURS', recruitmentCode: 'recruiting', riphRecruitment: 'Recrutement en attente' }))
      .toEqual({ status: 'en-cours', recruitment: 'a-venir', rule: 'pending-narrative' });
    // With a state that is itself more closed, the state's rule is the one that settles it.
    expect(r({ fhirStatus: 'completed', recruitmentCode: 'recruiting', riphRecruitment: 'Recrutement en attente' }))
      .toEqual({ status: 'terminee', recruitment: 'termine', rule: 'completed' });
  });

  it('uses the narrative recruitment when the extension is missing or unknown, the more closed when they disagree', () => {
    // Only the extension can say « open » (it came before the narrative): a narrative alone saying so is not enough.
    expect(r({ fhirStatus: 'active', riphRecruitment: 'Recrutement ouvert' })).toEqual({ status: 'en-cours', recruitment: 'inconnu' });
    expect(r({ fhirStatus: 'active', riphRecruitment: 'Recrutement en attente' })).toEqual({ status: 'en-cours', recruitment: 'a-venir', rule: 'narrative-recruitment' });
    expect(r({ fhirStatus: 'active', recruitmentCode: 'paused', riphRecruitment: 'Recrutement fermé' }))
      .toEqual({ status: 'en-cours', recruitment: 'termine', rule: 'narrative-recruitment' });
    expect(r({ fhirStatus: 'active', recruitmentCode: 'recruiting', riphRecruitment: 'Recrutement fermé' }))
      .toEqual({ status: 'en-cours', recruitment: 'termine', rule: 'narrative-recruitment' });
    expect(r({ fhirStatus: 'active', recruitmentCode: 'completed-recruiting', riphRecruitment: 'Recrutement ouvert' }))
      .toEqual({ status: 'en-cours', recruitment: 'termine' });
  });

  it('takes the cautious reading when the etat and the status contradict each other, and says status inconnu', () => {
    expect(r({ fhirStatus: 'active', riphState: 'TERMINEE', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'inconnu', recruitment: 'termine', rule: 'contradictory-status' });
    expect(r({ fhirStatus: 'completed', riphState: 'EN_COURS', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'inconnu', recruitment: 'termine', rule: 'contradictory-status' });
    expect(r({ fhirStatus: 'approved', riphState: 'SUSPENDUE', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'inconnu', recruitment: 'suspendu', rule: 'contradictory-status' });
    // Both allow recruitment although they differ: declared recruitment stands, status still unknown.
    expect(r({ fhirStatus: 'active', riphState: 'A_DEMARRER', recruitmentCode: 'upcoming' }))
      .toEqual({ status: 'inconnu', recruitment: 'a-venir' });
  });

  it('uses the etat alone when the status is missing or unknown, and the status alone when the etat is', () => {
    expect(r({ riphState: 'SUSPENDUE', recruitmentCode: 'recruiting' })).toEqual({ status: 'suspendue', recruitment: 'suspendu', rule: 'suspended' });
    expect(r({ fhirStatus: 'some-new-status', riphState: 'EN_COURS', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'en-cours', recruitment: 'ouvert' });
    expect(r({ fhirStatus: 'completed', riphState: 'RAPATRIEE_CTIS', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'terminee', recruitment: 'termine', rule: 'completed' });
  });

  it('never opens recruitment on an etat or a statut_recrutement it cannot read', () => {
    // An etat was sent, so the status alone is not enough to say « recruiting ».
    for (const riphState of ['RAPATRIEE_CTIS', 'EN_COURS, TERMINEE', 'Etat inconnu']) {
      expect(r({ fhirStatus: 'active', riphState, recruitmentCode: 'recruiting' })).toEqual({ status: 'inconnu', recruitment: 'inconnu', rule: 'status-unknown' });
      expect(r({ fhirStatus: 'active', riphState, recruitmentCode: 'upcoming' })).toEqual({ status: 'inconnu', recruitment: 'a-venir' });
      expect(r({ fhirStatus: 'withdrawn', riphState, recruitmentCode: 'recruiting' })).toEqual({ status: 'abandonnee', recruitment: 'termine', rule: 'withdrawn' });
    }
    // A misspelled etat is still read, and still contradicts an « active » status.
    expect(r({ fhirStatus: 'active', riphState: 'Suspendu', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'inconnu', recruitment: 'suspendu', rule: 'contradictory-status' });
    expect(r({ fhirStatus: 'active', riphState: 'EN_COURS', recruitmentCode: 'recruiting', riphRecruitment: 'Recrutement selon avancement' }))
      .toEqual({ status: 'en-cours', recruitment: 'inconnu', rule: 'narrative-recruitment' });
    expect(r({ fhirStatus: 'active', riphState: 'EN_COURS', recruitmentCode: 'upcoming', riphRecruitment: 'Recrutement selon avancement' }))
      .toEqual({ status: 'en-cours', recruitment: 'a-venir' });
  });

  it('reads ABANDONNÉE with completed, as ECLAIRE mapped it before 2025-09-10', () => {
    expect(r({ fhirStatus: 'completed', riphState: 'ABANDONNEE', recruitmentCode: 'recruiting' }))
      .toEqual({ status: 'abandonnee', recruitment: 'termine', rule: 'withdrawn' });
  });

  it('never confirms recruiting without a usable state; status inconnu rather than a guess', () => {
    expect(r({ recruitmentCode: 'recruiting' })).toEqual({ status: 'inconnu', recruitment: 'inconnu', rule: 'status-unknown' });
    expect(r({ fhirStatus: 'some-new-status', recruitmentCode: 'recruiting' })).toEqual({ status: 'inconnu', recruitment: 'inconnu', rule: 'status-unknown' });
    expect(r({ fhirStatus: 'some-new-status', recruitmentCode: 'upcoming' })).toEqual({ status: 'inconnu', recruitment: 'a-venir' });
    expect(r({ fhirStatus: 'some-new-status', recruitmentCode: 'completed-recruiting' })).toEqual({ status: 'inconnu', recruitment: 'termine' });
    expect(r({})).toEqual({ status: 'inconnu', recruitment: 'inconnu' });
    expect(r({ riphState: 'null', riphRecruitment: 'undefined', fhirStatus: '', recruitmentCode: '' })).toEqual({ status: 'inconnu', recruitment: 'inconnu' });
  });

  it('reads FHIR codes ECLAIRE does not emit by what they say about accrual', () => {
    expect(r({ fhirStatus: 'closed-to-accrual', recruitmentCode: 'recruiting' })).toEqual({ status: 'en-cours', recruitment: 'termine', rule: 'closed-to-accrual' });
    expect(r({ fhirStatus: 'closed-to-accrual-and-intervention' })).toMatchObject({ recruitment: 'termine' });
    expect(r({ fhirStatus: 'in-review', recruitmentCode: 'recruiting' })).toEqual({ status: 'inconnu', recruitment: 'a-venir', rule: 'not-yet-approved' });
    expect(r({ fhirStatus: 'disapproved', recruitmentCode: 'recruiting' })).toEqual({ status: 'inconnu', recruitment: 'termine', rule: 'disapproved' });
  });

  it('is total: every combination gives a state, never ouvert unless both allow it', () => {
    const fhir = [undefined, 'active', 'approved', 'completed', 'administratively-completed', 'withdrawn', 'temporarily-closed-to-accrual',
      'temporarily-closed-to-accrual-and-intervention', 'closed-to-accrual', 'in-review', 'disapproved', 'weird'];
    const ext = [undefined, 'recruiting', 'upcoming', 'completed-recruiting', 'weird'];
    const etat = [undefined, 'EN_COURS', 'A_DEMARRER', 'PROROGEE', 'SUSPENDUE', 'TERMINEE', 'TERMINEE_ANTICIPEE', 'ARCHIVEE',
      'ABANDONNEE', 'EXPIREE', 'weird'];
    const narr = [undefined, 'Recrutement ouvert', 'Recrutement en attente', 'Recrutement fermé', 'weird'];
    for (const f of fhir) for (const e of ext) for (const s of etat) for (const n of narr) {
      const out = r({ fhirStatus: f, recruitmentCode: e, riphState: s, riphRecruitment: n });
      if (out.recruitment === 'ouvert') {
        expect(e === 'recruiting' || (e !== 'upcoming' && e !== 'completed-recruiting' && n === 'Recrutement ouvert'), JSON.stringify([f, e, s, n])).toBe(true);
        expect(n === undefined || n === 'Recrutement ouvert' || n === 'weird').toBe(true);
        expect(out.status).toBe('en-cours');
      }
      if (out.rule) expect(RECRUITMENT_RULES).toContain(out.rule);
    }
  });
});

describe('recruitmentRuleOf', () => {
  it('recomputes the rule from what a Study keeps', () => {
    expect(recruitmentRuleOf({ fhirStatus: 'completed', recruitmentCode: 'recruiting' })).toBe('completed');
    expect(recruitmentRuleOf({ fhirStatus: 'active', recruitmentCode: 'recruiting', riphState: 'EN_COURS', riphRecruitment: 'Recrutement en attente' }))
      .toBe('pending-narrative');
    expect(recruitmentRuleOf({ fhirStatus: 'active', recruitmentCode: 'recruiting' })).toBeUndefined();
  });
});
