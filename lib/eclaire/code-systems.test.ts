import { describe, expect, it } from 'vitest';
import {
  CHARACTERISTIC_KIND_CODES, CONTACT_TYPE_CODES, COUNTRY_CODES, FHIR_STUDY_STATUS, GENDER_CODES, IG_STUDY_STATUS,
  PARTY_ORGANISATION_TYPE_CODES, PARTY_ROLE_CODES, PHASE_IG_CODES, PHASE_LEGACY_CODES, PHASE_SOURCE_CODES, POPULATION_CODES,
  PRECISION_CODES, RECRUITMENT_CODES, REGULATION_CODES, SYSTEMS, TITLE_TYPE_CODES, findCountryCode,
  findPrecisionByDisplay,
  findRegulationByDisplay, isCountryName, lookupCharacteristicKind, lookupContactType, lookupCountry, lookupGender,
  lookupPartyOrganisationType, lookupPartyRole, lookupPhase, lookupPopulation, lookupPrecision, lookupRecruitment,
  lookupRegulation, lookupStudyStatus, lookupTitleType,
} from './code-systems';

describe('tables', () => {
  it('hold every code of CONTRACT §4', () => {
    expect(Object.keys(REGULATION_CODES).sort()).toEqual(['JARDE', 'REG536', 'REG745', 'REG746']);
    expect(Object.keys(PRECISION_CODES)).toHaveLength(17);
    expect(Object.keys(RECRUITMENT_CODES).sort()).toEqual(['completed-recruiting', 'recruiting', 'upcoming']);
    expect(Object.keys(IG_STUDY_STATUS)).toHaveLength(9);
    expect(Object.keys(PHASE_SOURCE_CODES)).toHaveLength(12);
    expect(Object.keys(PHASE_LEGACY_CODES).sort()).toEqual(['early-phase-1', 'n-a', 'phase-1', 'phase-1-phase-2', 'phase-2',
      'phase-2-phase-3', 'phase-3', 'phase-4']);
    expect(Object.keys(PHASE_IG_CODES)).toEqual(['phase-3-phase-4']);
    expect(Object.keys(POPULATION_CODES)).toHaveLength(9);
    expect(Object.keys(CHARACTERISTIC_KIND_CODES)).toHaveLength(5);
    expect(Object.keys(CONTACT_TYPE_CODES).sort()).toEqual(['PUB', 'SCI']);
    expect(Object.keys(PARTY_ROLE_CODES)).toHaveLength(12);
    expect(Object.keys(PARTY_ORGANISATION_TYPE_CODES)).toHaveLength(4);
    expect(Object.keys(TITLE_TYPE_CODES)).toHaveLength(13);
    // All 249 ISO 3166-1 alpha-2 codes ECLAIRE may send, among them the EU/EEA members, Switzerland and the UK.
    expect(Object.keys(COUNTRY_CODES)).toHaveLength(249);
    for (const c of ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
      'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH', 'GB']) {
      expect(COUNTRY_CODES).toHaveProperty(c);
    }
  });

  it('give every entry an upstream display and a non-empty French label', () => {
    const tables = [REGULATION_CODES, PRECISION_CODES, RECRUITMENT_CODES, FHIR_STUDY_STATUS, IG_STUDY_STATUS,
      PHASE_SOURCE_CODES, PHASE_LEGACY_CODES, PHASE_IG_CODES, POPULATION_CODES, CHARACTERISTIC_KIND_CODES, CONTACT_TYPE_CODES,
      PARTY_ROLE_CODES, PARTY_ORGANISATION_TYPE_CODES, TITLE_TYPE_CODES, GENDER_CODES, COUNTRY_CODES];
    for (const table of tables) {
      for (const [code, e] of Object.entries(table)) {
        expect(e.display, code).toMatch(/\S/);
        expect(e.label, code).toMatch(/\S/);
      }
    }
  });
});

describe('regulation', () => {
  const expected = { REG536: 'medicament', REG745: 'dispositif', REG746: 'diagnostic', JARDE: 'jarde' } as const;
  it.each(Object.keys(REGULATION_CODES) as (keyof typeof REGULATION_CODES)[])('%s maps to its regime, by code and by display', (code) => {
    expect(lookupRegulation(code).regulation).toBe(expected[code]);
    expect(findRegulationByDisplay(REGULATION_CODES[code].display)).toBe(code);
    expect(findRegulationByDisplay(code)).toBe(code);
  });
  it('keeps unknown codes as inconnu with the upstream display', () => {
    expect(lookupRegulation('REG999', 'REG999 (Nouveau)')).toEqual({ code: 'REG999', label: 'REG999 (Nouveau)', regulation: 'inconnu' });
    expect(lookupRegulation('')).toMatchObject({ regulation: 'inconnu' });
    expect(findRegulationByDisplay('Regulation Code')).toBeUndefined();
  });
});

describe('precision', () => {
  const categories: Record<string, 1 | 2 | 3 | undefined> = {
    'cat1-jarde': 1, 'cat2-jarde': 2, 'cat3-jarde': 3, 'cat3-questionnaire-jarde': 3, 'derog-obligation-info-jarde': undefined,
  };
  it.each(Object.keys(PRECISION_CODES) as (keyof typeof PRECISION_CODES)[])('%s: regime, JARDÉ category, display-only form', (code) => {
    const p = lookupPrecision(code);
    const expectedRegulation = code.startsWith('IC-') ? 'dispositif' : code.startsWith('EP-') ? 'diagnostic'
      : code.endsWith('-ctis') ? 'medicament' : 'jarde';
    expect(p.regulation).toBe(expectedRegulation);
    expect(p.jardeCategory).toBe(categories[code]);
    expect(findPrecisionByDisplay(PRECISION_CODES[code].source)).toBe(code);
    expect(findPrecisionByDisplay(PRECISION_CODES[code].display)).toBe(code);
  });
  it('matches 2023 displays exactly, not by inclusion', () => {
    expect(findPrecisionByDisplay('un essai clinique')).toBe('study-ctis');
    expect(findPrecisionByDisplay('Catégorie 3')).toBe('cat3-jarde');
    expect(findPrecisionByDisplay("Dérogation à l'obligation d'information")).toBe('derog-obligation-info-jarde');
    expect(findPrecisionByDisplay('Catégorie 9')).toBeUndefined();
  });
  it('keeps unknown codes', () => {
    expect(lookupPrecision('cat9-jarde', 'Catégorie 9 (JARDE)')).toEqual({ code: 'cat9-jarde', label: 'Catégorie 9 (JARDE)', regulation: 'inconnu' });
  });
});

describe('recruitment and status', () => {
  it('maps the three recruitment codes and keeps unknown ones', () => {
    const expected = { recruiting: 'ouvert', upcoming: 'a-venir', 'completed-recruiting': 'termine' } as const;
    for (const code of Object.keys(RECRUITMENT_CODES) as (keyof typeof RECRUITMENT_CODES)[]) {
      expect(lookupRecruitment(code).recruitment).toBe(expected[code]);
    }
    expect(lookupRecruitment('paused', 'En pause')).toEqual({ code: 'paused', label: 'En pause', recruitment: 'inconnu' });
  });
  it('labels FHIR and IG statuses in French', () => {
    expect(lookupStudyStatus('active').label).toBe('En cours');
    // withdrawn is RIPH ABANDONNÉE or EXPIRÉE, approved is À DÉMARRER or PROROGÉE (CONTRACT §4.5)
    expect(lookupStudyStatus('withdrawn').label).toBe('Abandonnée ou autorisation expirée');
    expect(lookupStudyStatus('approved').label).toBe('Autorisée, pas encore commencée (à démarrer ou prorogée)');
    expect(lookupStudyStatus('prorogee').label).toBe('Pas encore commencée (délai de démarrage prolongé)');
    expect(lookupStudyStatus('terminee-fin-anticipee').label).toBe('Arrêtée avant son terme');
    expect(lookupStudyStatus('mystery')).toEqual({ code: 'mystery', label: 'mystery' });
  });
});

describe('phase', () => {
  const buckets: Record<string, string[]> = {
    'jarde-early': ['1'], 'phase-I-first-admin': ['1'], 'phase-I-bioequivalence': ['1'], 'phase-I-other': ['1'],
    'phase-I-II-first-admin': ['1', '2'], 'phase-I-II-first-bioequivalence': ['1', '2'], 'phase-I-II-other': ['1', '2'],
    'phase-II': ['2'], 'phase-II-III': ['2', '3'], 'phase-III': ['3'], 'phase-IV': ['4'], 'phase-III-IV': ['3', '4'],
    'n-a': ['na'], 'early-phase-1': ['1'], 'phase-1': ['1'], 'phase-1-phase-2': ['1', '2'], 'phase-2': ['2'],
    'phase-2-phase-3': ['2', '3'], 'phase-3': ['3'], 'phase-3-phase-4': ['3', '4'], 'phase-4': ['4'],
  };
  it('covers exactly the codes of the three tables', () => {
    expect(Object.keys(buckets).sort()).toEqual(
      [...Object.keys(PHASE_SOURCE_CODES), ...Object.keys(PHASE_LEGACY_CODES), ...Object.keys(PHASE_IG_CODES)].sort());
  });
  it('gives each code the system it belongs to (phase-3-phase-4 is the IG’s, not HL7’s)', () => {
    expect(lookupPhase('phase-3-phase-4').system).toBe(SYSTEMS.phaseIg);
    expect(lookupPhase('phase-3').system).toBe(SYSTEMS.phaseHl7);
    expect(lookupPhase('phase-III').system).toBe(SYSTEMS.phaseSource);
  });
  it('labels the early phase « Phase précoce », never « Phase 1 », and files it under bucket 1', () => {
    expect(lookupPhase('jarde-early')).toMatchObject({ label: 'Phase précoce', buckets: ['1'] });
    expect(lookupPhase('early-phase-1')).toMatchObject({ label: 'Phase précoce', buckets: ['1'] });
  });
  it('knows a code sent in the wrong case (§5.17)', () => {
    expect(lookupPhase('PHASE-III')).toMatchObject({ code: 'phase-III', label: 'Phase 3', buckets: ['3'] });
    expect(lookupPhase('Phase-3')).toMatchObject({ code: 'phase-3', buckets: ['3'] });
  });
  it.each(Object.entries(buckets))('%s → %j', (code, b) => {
    const p = lookupPhase(code);
    expect(p.buckets).toEqual(b);
    expect(p.label).not.toBe(code);
  });
  it('sends unknown phases to na and keeps the display', () => {
    expect(lookupPhase('phase-V', 'Phase V')).toEqual({ code: 'phase-V', label: 'Phase V', buckets: ['na'] });
  });
  it('does not share bucket arrays between calls', () => {
    lookupPhase('phase-II').buckets.push('4');
    expect(lookupPhase('phase-II').buckets).toEqual(['2']);
  });
});

describe('other systems', () => {
  it('label every code and keep unknown ones', () => {
    const lookups = [
      [POPULATION_CODES, lookupPopulation], [CHARACTERISTIC_KIND_CODES, lookupCharacteristicKind],
      [CONTACT_TYPE_CODES, lookupContactType], [PARTY_ROLE_CODES, lookupPartyRole],
      [PARTY_ORGANISATION_TYPE_CODES, lookupPartyOrganisationType], [TITLE_TYPE_CODES, lookupTitleType],
    ] as const;
    for (const [table, lookup] of lookups) {
      for (const [code, e] of Object.entries(table)) expect(lookup(code).label).toBe(e.label);
      expect(lookup('zzz', 'Upstream')).toMatchObject({ code: 'zzz', label: 'Upstream' });
      expect(lookup('zzz')).toMatchObject({ code: 'zzz', label: 'zzz' });
    }
  });
  it('labels incap-pop as adults unable to consent, not as disability', () => {
    expect(lookupPopulation('incap-pop').label).toBe('Adultes hors d’état d’exprimer leur consentement');
    expect(lookupPopulation('incap-pop').label).not.toMatch(/handicap/i);
  });
  it('maps gender to sex', () => {
    expect(lookupGender('male').sex).toBe('homme');
    expect(lookupGender('female').sex).toBe('femme');
    expect(lookupGender('other').sex).toBeUndefined();
    expect(lookupGender('x', 'X')).toEqual({ code: 'x', label: 'X' });
  });
  it('names countries in French and keeps unknown codes', () => {
    expect(lookupCountry('de')).toMatchObject({ code: 'DE', label: 'Allemagne' });
    expect(lookupCountry('CI')).toMatchObject({ code: 'CI', label: 'Côte d’Ivoire' });
    expect(lookupCountry('XK', 'Kosovo')).toEqual({ code: 'XK', label: 'Kosovo' });
    expect(lookupCountry('ZZ')).toEqual({ code: 'ZZ', label: 'ZZ' });
  });
  it('recognises country names in French and English', () => {
    expect(findCountryCode('Switzerland')).toBe('CH');
    expect(findCountryCode('suisse')).toBe('CH');
    expect(findCountryCode('Royaume-Uni')).toBe('GB');
    expect(findCountryCode('ETATS-UNIS')).toBe('US');
    expect(isCountryName('France')).toBe(true);
    expect(isCountryName('Valenciennes')).toBe(false);
    expect(isCountryName('Basel Town')).toBe(false);
  });
});
