import { describe, expect, it } from 'vitest';
import { scoreKandelMoles, sentenceStats } from '@/lib/readability/score';
import {
  CATEGORY_TEMPLATES, DOCTOR_NOTICE, HEALTHY_VOLUNTEERS_SENTENCE, NO_BENEFIT_NOTICE, PARTICIPATION_STEPS,
  PHASE_TEMPLATES, PRINT_UPDATE_NOTICE, QUESTIONS_TO_ASK, RECRUITMENT_SENTENCES, WHAT_TO_SAY, categoryTemplateKey,
  describeAges, describeCategory, describeDuration, describePhase, describeRecruitmentPeriod, describeWho,
  formatDateFr, mergeAgeRanges,
} from './plain-french';
import type { Study } from './types';

const MIN_SCORE = 60;

function expectReadable(sentence: string) {
  const score = scoreKandelMoles(sentence);
  expect(score, `« ${sentence} » (Kandel–Moles ${score.toFixed(1)})`).toBeGreaterThanOrEqual(MIN_SCORE);
  expect(sentenceStats(sentence).maxWordsPerSentence, sentence).toBeLessThanOrEqual(20);
}

describe('templates read easily (Kandel–Moles ≥ 60, short sentences)', () => {
  const all: [string, string][] = [
    ...Object.entries(CATEGORY_TEMPLATES).flatMap(([k, t]) => t.sentences.map((s) => [`catégorie ${k}`, s] as [string, string])),
    ...Object.entries(PHASE_TEMPLATES).flatMap(([k, t]) => t.map((s) => [`phase ${k}`, s] as [string, string])),
    ...Object.values(RECRUITMENT_SENTENCES).map((s) => ['recrutement', s] as [string, string]),
    ...PARTICIPATION_STEPS.map((s) => ['étapes', s] as [string, string]),
    ...WHAT_TO_SAY.map((s) => ['que dire', s] as [string, string]),
    ...QUESTIONS_TO_ASK.map((s) => ['questions', s] as [string, string]),
    ['volontaires', HEALTHY_VOLUNTEERS_SENTENCE],
    ['impression', PRINT_UPDATE_NOTICE],
  ];
  it.each(all)('%s : %s', (_where, sentence) => expectReadable(sentence));

  it('each category template as a whole', () => {
    for (const t of Object.values(CATEGORY_TEMPLATES)) expectReadable(t.sentences.join(' '));
  });

  // The two notices below are the wording of DESIGN.md, kept verbatim even where the score is lower.
  it('the doctor notice is exactly the design text', () => {
    expect(DOCTOR_NOTICE).toBe('Parlez-en avec votre médecin : Phare ne remplace pas un avis médical.');
    expect(NO_BENEFIT_NOTICE).toBe('Participer à une étude ne garantit pas un bénéfice personnel.');
  });
});

describe('who can take part', () => {
  const who = (ageRanges: Study['eligibility']['ageRanges'], sexes: Study['eligibility']['sexes']) =>
    describeWho({ eligibility: { ageRanges, sexes } as Study['eligibility'] });

  it('words an adult range and both sexes', () => {
    expect(who([{ min: 18, max: 64 }], ['femme', 'homme'])).toBe('Adultes de 18 à 64 ans, femmes et hommes');
  });
  it('merges touching ranges', () => {
    expect(mergeAgeRanges([{ min: 65 }, { min: 18, max: 64 }])).toEqual([{ min: 18 }]);
    expect(who([{ min: 18, max: 64 }, { min: 65 }], ['femme'])).toBe('Adultes de 18 ans et plus, femmes uniquement');
  });
  it('words children and separate ranges', () => {
    expect(describeAges([{ min: 0, max: 17 }])).toBe('Enfants de moins de 18 ans');
    expect(describeAges([{ min: 2, max: 11 }, { min: 65 }])).toBe('Enfants de 2 à 11 ans et personnes de 65 ans et plus');
  });
  it('says when nothing is stated', () => {
    expect(who([], [])).toBe('L’âge et le sexe ne sont pas précisés.');
    expect(who([], ['homme'])).toBe('Hommes uniquement');
  });
});

describe('category, phase, duration, dates', () => {
  it('chooses the template per regime', () => {
    expect(categoryTemplateKey({ regulation: 'jarde', jardeCategory: 1 })).toBe('jarde-1');
    expect(categoryTemplateKey({ regulation: 'jarde', jardeCategory: 3, precision: { code: 'cat3-questionnaire-jarde', label: '' } })).toBe('jarde-3-questionnaire');
    expect(categoryTemplateKey({ regulation: 'medicament', precision: { code: 'study-low-inter-ctis', label: '' } })).toBe('medicament-faible');
    expect(categoryTemplateKey({ regulation: 'dispositif' })).toBe('dispositif');
    expect(categoryTemplateKey({ regulation: 'diagnostic' })).toBe('diagnostic');
    expect(categoryTemplateKey({ regulation: 'inconnu' })).toBe('inconnu');
    expect(describeCategory({ regulation: 'jarde', jardeCategory: 2 }).title).toBe('Recherche à risques minimes');
  });
  it('explains phases, integrated ones too', () => {
    expect(describePhase({ phase: { code: 'phase-II', label: 'Phase 2' }, phaseBuckets: ['2'] })[0]).toBe('C’est une étude de phase 2.');
    const both = describePhase({ phase: { code: 'phase-I-II-other', label: '' }, phaseBuckets: ['1', '2'] });
    expect(both[0]).toBe('Cette étude réunit les phases 1 et 2.');
    for (const s of both) expectReadable(s);
    expect(describePhase({ phase: { code: 'jarde-early', label: '' }, phaseBuckets: ['1'] })[0]).toContain('précoce');
    expect(describePhase({ phaseBuckets: ['na'] })).toEqual([]);
  });
  it('words durations and periods', () => {
    expect(describeDuration(6)).toBe('Votre participation dure 6 mois.');
    expect(describeDuration(24)).toBe('Votre participation dure 2 ans.');
    expect(describeDuration(undefined)).toBeUndefined();
    expect(formatDateFr('2024-03-05')).toBe('5 mars 2024');
    expect(describeRecruitmentPeriod({ start: '2024-03-05', end: '2026-12-31' })).toBe(
      'Période de recrutement : du 5 mars 2024 au 31 décembre 2026.',
    );
    expect(describeRecruitmentPeriod({ endRaw: 'fin 2026' })).toBe('Fin de recrutement prévue : fin 2026.');
  });
});
