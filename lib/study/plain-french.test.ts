import { describe, expect, it } from 'vitest';
import { scoreKandelMoles, sentenceStats } from '@/lib/readability/score';
import { frenchTypography, isFrenchTypography } from '@/lib/text/typography';
import {
  AGE_BRACKET_NOTE, CATEGORY_TEMPLATES, DOCTOR_NOTICE, FIRST_IN_HUMAN_SENTENCE, HEALTHY_VOLUNTEERS_SENTENCE,
  HEALTHY_VOLUNTEERS_SENTENCES, NO_BENEFIT_NOTICE, PARTICIPATION_STEPS, PHASE_TEMPLATES, PRINT_UPDATE_NOTICE,
  QUESTIONS_TO_ASK, RECRUITMENT_LABELS, RECRUITMENT_SENTENCES, STUDY_STATUS_LABELS, STUDY_STATUS_SENTENCES, WHAT_TO_SAY,
  categoryTemplateKey, describeAges, describeCategory, describeDuration, describeHealthyVolunteers, describePhase,
  describeRecruitmentPeriod, describeWhat, describeWho, formatDateFr, mergeAgeRanges, volunteerMix,
} from './plain-french';
import type { Study, StudyStatus } from './types';

const MIN_SCORE = 70;

/** A text as shown: Kandel–Moles ≥ 70 (a measure of a text, not of a four-word sentence), sentences ≤ 20 words. */
function expectReadable(text: string) {
  const score = scoreKandelMoles(text);
  expect(score, `« ${text} » (Kandel–Moles ${score.toFixed(1)})`).toBeGreaterThanOrEqual(MIN_SCORE);
  expect(sentenceStats(text).maxWordsPerSentence, text).toBeLessThanOrEqual(20);
}

function expectShortAndTypographed(sentence: string) {
  expect(sentenceStats(sentence).maxWordsPerSentence, sentence).toBeLessThanOrEqual(20);
  expect(isFrenchTypography(sentence), sentence).toBe(true);
}

describe('templates read easily (Kandel–Moles ≥ 70, short sentences) and are in French typography', () => {
  it.each([
    ...Object.entries(CATEGORY_TEMPLATES).map(([k, t]) => [`catégorie ${k}`, t.sentences] as const),
    ...Object.entries(PHASE_TEMPLATES).map(([k, t]) => [`phase ${k}`, t] as const),
    ['étapes', PARTICIPATION_STEPS] as const,
    ['que dire', WHAT_TO_SAY] as const,
    ['questions', QUESTIONS_TO_ASK] as const,
  ])('%s, as shown together', (_where, sentences) => {
    expectReadable(sentences.join(' '));
    for (const s of sentences) expectShortAndTypographed(s);
  });

  const all: [string, string][] = [
    ...Object.values(RECRUITMENT_SENTENCES).map((s) => ['recrutement', s] as [string, string]),
    ...Object.values(STUDY_STATUS_SENTENCES).map((s) => ['statut', s] as [string, string]),
    ...Object.values(HEALTHY_VOLUNTEERS_SENTENCES).flatMap((o) => Object.values(o).map((s) => ['volontaires', s] as [string, string])),
    ['volontaires', HEALTHY_VOLUNTEERS_SENTENCE],
    ['impression', PRINT_UPDATE_NOTICE],
    ['âges', AGE_BRACKET_NOTE],
    ['phase', FIRST_IN_HUMAN_SENTENCE],
  ];
  it.each(all)('%s : %s', (_where, sentence) => {
    expectReadable(sentence);
    expect(isFrenchTypography(sentence), sentence).toBe(true);
  });

  it('labels are in French typography', () => {
    for (const l of [...Object.values(RECRUITMENT_LABELS), ...Object.values(STUDY_STATUS_LABELS)]) expect(isFrenchTypography(l), l).toBe(true);
  });

  // The two notices below are the wording of DESIGN.md, kept verbatim (with French typography).
  it('the doctor notice is exactly the design text', () => {
    expect(DOCTOR_NOTICE).toBe(frenchTypography('Parlez-en avec votre médecin : Phare ne remplace pas un avis médical.'));
    expect(NO_BENEFIT_NOTICE).toBe('Participer à une étude ne garantit pas un bénéfice personnel.');
  });
});

describe('who can take part: age brackets, not the protocol’s limits', () => {
  const who = (ageRanges: Study['eligibility']['ageRanges'], sexes: Study['eligibility']['sexes']) =>
    describeWho({ eligibility: { ageRanges, sexes } as Study['eligibility'] });

  it('says « tranche d’âge » and never ends with a full stop', () => {
    expect(who([{ min: 18, max: 64 }], ['femme', 'homme'])).toBe('18 à 64 ans (tranche d’âge), femmes et hommes');
    expect(who([], [])).toBe('L’âge et le sexe ne sont pas précisés');
    for (const w of [who([{ min: 18, max: 64 }], []), who([], ['homme']), who([], [])]) expect(w.endsWith('.')).toBe(false);
  });
  it('merges touching brackets', () => {
    expect(mergeAgeRanges([{ min: 65 }, { min: 18, max: 64 }])).toEqual([{ min: 18 }]);
    expect(who([{ min: 18, max: 64 }, { min: 65 }], ['femme'])).toBe('18 ans et plus (tranche d’âge), femmes uniquement');
  });
  it('words children and separate brackets', () => {
    expect(describeAges([{ min: 0, max: 17 }])).toBe('moins de 18 ans (tranche d’âge)');
    expect(describeAges([{ min: 0, max: 17 }, { min: 65 }])).toBe('moins de 18 ans et 65 ans et plus (tranches d’âge)');
    expect(describeAges([{ min: 0 }])).toBe('tout âge (tranche d’âge)');
    expect(describeAges([])).toBeUndefined();
  });
  it('sends the reader to the criteria for exact limits', () => {
    expect(AGE_BRACKET_NOTE).toContain('conditions pour participer');
    expect(who([], ['homme'])).toBe('Hommes uniquement');
  });
});

describe('healthy volunteers: the right sentence, and no invitation when not recruiting', () => {
  const s = (groups: string[], recruitment: Study['recruitment'], healthyVolunteers = true) =>
    describeHealthyVolunteers({ eligibility: { groups, healthyVolunteers } as Study['eligibility'], recruitment });

  it('says nothing when the study takes no healthy volunteers', () => {
    expect(s(['Patient'], 'ouvert', false)).toBeUndefined();
  });
  it('only healthy volunteers: no « aussi »', () => {
    expect(volunteerMix({ groups: ['Volontaire sain'], healthyVolunteers: true })).toBe('sains-seulement');
    expect(s(['Volontaire sain'], 'ouvert')).toBe('Cette étude cherche des volontaires en bonne santé.');
    expect(s(['Volontaires sains'], 'ouvert')).not.toContain('aussi');
  });
  it('patients and healthy volunteers: « aussi », also when one group names both', () => {
    expect(s(['Patient', 'Volontaire sain'], 'ouvert')).toBe('Cette étude cherche des malades, et aussi des volontaires en bonne santé.');
    expect(volunteerMix({ groups: ['Patients et volontaires sains'], healthyVolunteers: true })).toBe('malades-et-sains');
    expect(s(['Patients et volontaires sains'], 'ouvert')).toBe('Cette étude cherche des malades, et aussi des volontaires en bonne santé.');
  });
  it('whom else it takes unknown: neither « aussi » nor « seulement »', () => {
    for (const r of ['ouvert', 'termine'] as const) expect(s([], r)).not.toMatch(/aussi|seulement|uniquement/);
  });
  it('never an invitation when recruitment is not open', () => {
    for (const r of ['a-venir', 'suspendu', 'termine', 'inconnu'] as const) {
      for (const g of [['Volontaire sain'], ['Patient', 'Volontaire sain'], []]) {
        const t = s(g, r)!;
        expect(t, `${r} ${g}`).not.toMatch(/cherche|accepte/);
        expect(t).toMatch(/^Cette étude (?:porte|inclut)/);
      }
    }
    expect(s(['Volontaire sain'], 'termine')).toBe('Cette étude porte sur des volontaires en bonne santé.');
  });
  it('the old constant is neutral', () => {
    expect(HEALTHY_VOLUNTEERS_SENTENCE).not.toMatch(/aussi|cherche/);
  });
});

describe('category: legal definitions, CPP opinion, ANSM authorisation', () => {
  it('chooses the template per regime', () => {
    expect(categoryTemplateKey({ regulation: 'jarde', jardeCategory: 1 })).toBe('jarde-1');
    expect(categoryTemplateKey({ regulation: 'jarde', jardeCategory: 3, precision: { code: 'cat3-questionnaire-jarde', label: '' } })).toBe('jarde-3-questionnaire');
    expect(categoryTemplateKey({ regulation: 'medicament', precision: { code: 'study-low-inter-ctis', label: '' } })).toBe('medicament-faible');
    expect(categoryTemplateKey({ regulation: 'dispositif' })).toBe('dispositif');
    expect(categoryTemplateKey({ regulation: 'diagnostic' })).toBe('diagnostic');
    expect(categoryTemplateKey({ regulation: 'inconnu' })).toBe('inconnu');
    expect(describeCategory({ regulation: 'jarde', jardeCategory: 2 }).title).toBe('Recherche à risques minimes');
  });
  it('JARDÉ 1: an intervention outside usual care, more than minimal risk, may compare existing treatments', () => {
    const t = CATEGORY_TEMPLATES['jarde-1'].sentences.join(' ');
    expect(t).toContain('ne fait pas partie de vos soins habituels');
    expect(t).toContain('pas seulement minimes');
    expect(t).toContain('comparer des traitements qui existent déjà');
    expect(t).not.toMatch(/quelque chose de nouveau|suivi renforcé/);
    expect(t).toContain('L’ANSM doit aussi l’autoriser.');
  });
  it('JARDÉ 2: minimal risks and constraints, list fixed by law; JARDÉ 3: every act and product as usual', () => {
    expect(CATEGORY_TEMPLATES['jarde-2'].sentences.join(' ')).toContain('risques et leurs contraintes sont minimes');
    expect(CATEGORY_TEMPLATES['jarde-3'].sentences.join(' ')).toContain('Tous les actes et les produits sont ceux d’habitude.');
  });
  it('the CPP gives a favourable opinion; no « comité d’éthique », no « accord » of a committee', () => {
    for (const [k, t] of Object.entries(CATEGORY_TEMPLATES)) {
      const text = t.sentences.join(' ');
      expect(text, k).not.toMatch(/comité d[’']éthique/);
      if (k !== 'inconnu') expect(text, k).toMatch(/avis favorable/);
      if (k !== 'inconnu') expect(text, k).toContain('comité de protection des personnes (CPP)');
    }
  });
  it('« essai » only for drugs and devices', () => {
    for (const k of ['jarde-1', 'jarde-2', 'jarde-3', 'jarde-3-questionnaire', 'jarde-autre', 'diagnostic', 'inconnu'] as const) {
      expect(CATEGORY_TEMPLATES[k].sentences.join(' ') + CATEGORY_TEMPLATES[k].title, k).not.toMatch(/\bessai/i);
    }
  });
});

describe('phases', () => {
  const phase = (code: string, phaseBuckets: Study['phaseBuckets'], title?: string) => describePhase({ phase: { code, label: '' }, phaseBuckets, title });
  it('phase précoce = first administrations to humans, not « before phase 1 »', () => {
    const t = phase('jarde-early', ['1']).join(' ');
    expect(t).toContain('pour les premières fois');
    expect(t).not.toMatch(/avant la phase 1/);
  });
  it('phase 1/2 and phase 2/3 have wording of their own', () => {
    expect(phase('phase-I-II-other', ['1', '2'])).toEqual([...PHASE_TEMPLATES['1-2']]);
    expect(phase('phase-1-phase-2', ['1', '2'])[0]).toBe('Cette étude réunit les phases 1 et 2 dans un même plan.');
    expect(phase('phase-II-III', ['2', '3'])).toEqual([...PHASE_TEMPLATES['2-3']]);
  });
  it('phase 1b from the title; first administration from the code', () => {
    expect(phase('phase-I-other', ['1'], 'Étude de phase Ib du produit X')).toEqual([...PHASE_TEMPLATES['1b']]);
    expect(phase('phase-I-other', ['1'], 'Étude de phase 1')).toEqual([...PHASE_TEMPLATES['1']]);
    expect(phase('phase-I-first-admin', ['1'])).toContain(FIRST_IN_HUMAN_SENTENCE);
    expect(phase('phase-I-II-first-admin', ['1', '2'])[1]).toBe(FIRST_IN_HUMAN_SENTENCE);
  });
  it('other cases', () => {
    expect(phase('phase-II', ['2'])[0]).toBe('C’est une étude de phase 2.');
    expect(phase('phase-III-IV', ['3', '4'])[0]).toBe('Cette étude réunit les phases 3 et 4.');
    expect(describePhase({ phaseBuckets: ['na'] })).toEqual([]);
  });
});

describe('status and recruitment words', () => {
  it('labels and a sentence for each study status', () => {
    const statuses: StudyStatus[] = ['a-demarrer', 'prorogee', 'en-cours', 'suspendue', 'terminee', 'arretee', 'abandonnee', 'expiree', 'inconnu'];
    for (const s of statuses) {
      expect(STUDY_STATUS_LABELS[s]).toBeTruthy();
      expect(STUDY_STATUS_SENTENCES[s]).toMatch(/\.$/);
    }
    expect(STUDY_STATUS_LABELS).toMatchObject({
      'en-cours': 'Étude en cours', suspendue: 'Étude suspendue', terminee: 'Étude terminée', arretee: 'Étude arrêtée avant son terme',
      abandonnee: 'Étude abandonnée', 'a-demarrer': 'Pas encore commencée', inconnu: 'Statut non précisé',
    });
    expect(STUDY_STATUS_SENTENCES.prorogee).toContain('délai');
    expect(STUDY_STATUS_SENTENCES.expiree).toContain('n’a pas commencé');
  });
  it('recruitment suspended', () => {
    expect(RECRUITMENT_LABELS.suspendu).toBe('Recrutement suspendu');
    expect(RECRUITMENT_SENTENCES.suspendu).toContain('pour le moment');
  });
});

describe('duration, dates, what', () => {
  it('words durations and periods', () => {
    expect(describeDuration(6)).toBe('Pour vous, l’étude dure 6 mois.');
    expect(describeDuration(24)).toBe('Pour vous, l’étude dure 2 ans.');
    expect(describeDuration(undefined)).toBeUndefined();
    expect(formatDateFr('2024-03-05')).toBe('5 mars 2024');
    expect(describeRecruitmentPeriod({ start: '2024-03-05', end: '2026-12-31' })).toBe(
      'Période de recrutement\u00A0: du 5 mars 2024 au 31 décembre 2026.',
    );
    expect(describeRecruitmentPeriod({ endRaw: 'fin 2026.' })).toBe('Fin de recrutement prévue\u00A0: fin 2026.');
  });
  it('joins conditions with a typographed semicolon', () => {
    expect(describeWhat({ conditions: [{ text: 'Asthme' }, { text: 'BPCO' }] })).toBe('Asthme\u202F; BPCO');
  });
});
