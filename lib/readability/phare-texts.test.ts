/**
 * Every text Phare writes, measured: Kandel–Moles ≥ 70 and French typography. The unit measured is the text
 * as a reader meets it: a glossary definition; a category or phase template (its sentences are shown as one
 * paragraph); a section (`TextBlock`: its paragraphs and list, for every legal category); a list (steps,
 * questions); a sentence shown alone (recruitment, status, healthy volunteers, notices, consent summary).
 * Headings, labels and legal sources are short names, not prose: they are checked for French typography, not
 * scored (Kandel–Moles means nothing on three words). The two notices of DESIGN.md are kept verbatim and
 * reported, not asserted. Prints the ten hardest texts and the distribution.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY_BLOCKERS } from '@/lib/glossary/blockers';
import { GLOSSARY_TERMS } from '@/lib/glossary/terms';
import { DOCTOR_LETTER_TEXTS, CATEGORY_PRO_LABELS, IDENTIFIER_LABELS, buildDoctorLetter, continuationSentence } from '@/lib/study/doctor-letter';
import { ACCESSIBILITY_TEXTS, configurationNotice, privacyTexts } from '@/lib/study/legal-texts';
import { LAST_UPDATED_TEXTS, OUTCOMES_TEXTS, OUTCOME_PRO_HEADINGS, UNCLASSIFIED_TEXTS, describeCountries } from '@/lib/study/page-texts';
import { RECRUITING_MEANING, participationInPractice } from '@/lib/study/participation-practice';
import {
  AGE_BRACKET_NOTE, CATEGORY_TEMPLATES, DOCTOR_NOTICE, FIRST_IN_HUMAN_SENTENCE, HEALTHY_VOLUNTEERS_SENTENCE,
  HEALTHY_VOLUNTEERS_SENTENCES, NO_BENEFIT_NOTICE, PARTICIPATION_STEPS, PHASE_TEMPLATES, PRINT_UPDATE_NOTICE,
  QUESTIONS_TO_ASK, RECRUITMENT_LABELS, RECRUITMENT_SENTENCES, STUDY_STATUS_LABELS, STUDY_STATUS_SENTENCES, WHAT_TO_SAY,
  describeAges, describeDuration, describeWho,
} from '@/lib/study/plain-french';
import { CONSENT_SUMMARY, LEGAL_CATEGORIES, describeRights, participationSteps, type LegalCategory } from '@/lib/study/rights';
import { blockProse, blockTexts, type TextBlock } from '@/lib/study/text-block';
import type { Study } from '@/lib/study/types';
import { isFrenchTypography } from '@/lib/text/typography';
import { scoreKandelMoles } from './score';

const MIN = 70;

function studyOf(c: LegalCategory, healthyVolunteers = true): Study {
  const regulation: Study['regulation'] = c.startsWith('jarde') ? 'jarde' : c === 'inconnue' ? 'inconnu' : (c as Study['regulation']);
  const jardeCategory = /^jarde-[123]$/.test(c) ? (Number(c.slice(-1)) as 1 | 2 | 3) : undefined;
  return {
    id: '2021-A01022-39', identifiers: [], title: 'Titre', titleMissing: false, labels: [], regulation, jardeCategory,
    status: 'en-cours', recruitment: 'ouvert', phaseBuckets: ['na'], conditions: [], meddra: [], outcomes: [],
    eligibility: { sexes: [], ageRanges: [], inclusion: [], exclusion: [], unclassified: [], groups: [], healthyVolunteers, populations: [] },
    sites: [], contacts: {}, countries: [],
  };
}

/** [where, text] pairs of prose, each scored. */
const prose: [string, string][] = [];
/** Names (headings, labels, sources): typography only. */
const names: [string, string][] = [];
const addBlock = (where: string, b: TextBlock) => {
  if (b.heading) names.push([`${where} (titre)`, b.heading]);
  prose.push([`${where} — ${b.heading ?? 'section'}`, [...b.paragraphs, ...(b.items ?? [])].join(' ')]);
  for (const s of b.sources ?? []) names.push([`${where} (source)`, s]);
};

// Glossary.
for (const t of GLOSSARY_TERMS) {
  prose.push([`glossaire ${t.slug}`, t.definition]);
  names.push([`glossaire ${t.slug} (terme)`, t.term]);
}
for (const b of GLOSSARY_BLOCKERS) names.push([`bloqueur ${b.phrase}`, b.why]);

// plain-french.
for (const [k, t] of Object.entries(CATEGORY_TEMPLATES)) {
  prose.push([`catégorie ${k}`, t.sentences.join(' ')]);
  names.push([`catégorie ${k} (titre)`, t.title]);
}
for (const [k, t] of Object.entries(PHASE_TEMPLATES)) prose.push([`phase ${k}`, t.join(' ')]);
for (const [k, s] of Object.entries(RECRUITMENT_SENTENCES)) prose.push([`recrutement ${k}`, s]);
for (const [k, s] of Object.entries(STUDY_STATUS_SENTENCES)) prose.push([`statut ${k}`, s]);
for (const [k, o] of Object.entries(HEALTHY_VOLUNTEERS_SENTENCES)) for (const [m, s] of Object.entries(o)) prose.push([`volontaires ${k} ${m}`, s]);
for (const s of [HEALTHY_VOLUNTEERS_SENTENCE, AGE_BRACKET_NOTE, FIRST_IN_HUMAN_SENTENCE, PRINT_UPDATE_NOTICE]) prose.push(['constante', s]);
/** DESIGN.md wording, verbatim: scored and printed, not asserted. */
const VERBATIM = new Set([NO_BENEFIT_NOTICE, DOCTOR_NOTICE]);
for (const s of VERBATIM) prose.push(['DESIGN.md, mot pour mot', s]);
prose.push(['étapes (sans catégorie)', PARTICIPATION_STEPS.join(' ')], ['que dire', WHAT_TO_SAY.join(' ')], ['questions', QUESTIONS_TO_ASK.join(' ')]);
for (const m of [1, 6, 12, 24, 36]) prose.push(['durée', describeDuration(m)!]);
for (const l of [...Object.values(RECRUITMENT_LABELS), ...Object.values(STUDY_STATUS_LABELS)]) names.push(['étiquette', l]);
for (const r of [[{ min: 0, max: 17 }], [{ min: 18, max: 64 }, { min: 65 }], [{ min: 0, max: 17 }, { min: 65 }]]) {
  names.push(['âges', describeAges(r)!]);
  names.push(['qui', describeWho({ eligibility: { ageRanges: r, sexes: ['femme'] } as unknown as Study['eligibility'] })]);
}

// rights and participation in practice, every category.
for (const c of LEGAL_CATEGORIES) {
  for (const b of describeRights(studyOf(c))) addBlock(`droits ${c}`, b);
  prose.push([`étapes ${c}`, participationSteps(studyOf(c)).join(' ')]);
  prose.push([`accord ${c}`, CONSENT_SUMMARY[c]]);
  for (const b of participationInPractice(studyOf(c, true))) addBlock(`pratique ${c}`, b);
}
addBlock('recrute', RECRUITING_MEANING);

// doctor letter.
prose.push(['fiche médecin — intro', DOCTOR_LETTER_TEXTS.intro.join(' ')], ['fiche médecin — à savoir', DOCTOR_LETTER_TEXTS.closing.join(' ')]);
for (const s of [DOCTOR_LETTER_TEXTS.emptyCriteria, DOCTOR_LETTER_TEXTS.emptyCriteriaUnclassified, continuationSentence(1)!, continuationSentence(4)!]) prose.push(['fiche médecin', s]);
for (const s of [DOCTOR_LETTER_TEXTS.title, DOCTOR_LETTER_TEXTS.salutation, DOCTOR_LETTER_TEXTS.patientLabel, DOCTOR_LETTER_TEXTS.studyHeading,
  DOCTOR_LETTER_TEXTS.inclusionHeading, DOCTOR_LETTER_TEXTS.exclusionHeading, DOCTOR_LETTER_TEXTS.closingHeading,
  ...Object.values(CATEGORY_PRO_LABELS), ...Object.values(IDENTIFIER_LABELS)]) names.push(['fiche médecin (nom)', s]);
for (const c of LEGAL_CATEGORIES) for (const r of buildDoctorLetter(studyOf(c)).study.rows) names.push([`fiche ${c} ${r.label}`, `${r.label} ${r.value}`]);

// legal pages.
addBlock('accessibilité', ACCESSIBILITY_TEXTS.status);
addBlock('à configurer', configurationNotice(['operator', 'contact', 'accessibility', 'retention'])!);
names.push(['accessibilité', ACCESSIBILITY_TEXTS.metaDescription], ['accessibilité', ACCESSIBILITY_TEXTS.footerLabel]);
for (const [where, privacy] of [
  ['confidentialité', privacyTexts({ logRetentionDays: 7, contactEmail: 'contact@exemple.fr', operatorName: 'Association Exemple' })],
  ['confidentialité (à configurer)', privacyTexts({})],
] as const) {
  for (const b of [privacy.operator, privacy.summary, privacy.position, privacy.logs, privacy.saved, privacy.map, privacy.rights]) addBlock(where, b);
  prose.push([where, privacy.locateHelp], [where, privacy.metaDescription]);
}

// newer parts of the study page.
prose.push(['mesure', OUTCOMES_TEXTS.intro], ['autres critères', UNCLASSIFIED_TEXTS.intro], ['date', LAST_UPDATED_TEXTS.note]);
prose.push(['pays', describeCountries(['France', 'Allemagne', 'Espagne'])!], ['pays', describeCountries(['France'])!]);
for (const s of [OUTCOMES_TEXTS.heading, UNCLASSIFIED_TEXTS.heading, LAST_UPDATED_TEXTS.label]) names.push(['page (titre)', s]);
for (const h of [OUTCOMES_TEXTS.primary, OUTCOMES_TEXTS.secondary, OUTCOME_PRO_HEADINGS.primary, OUTCOME_PRO_HEADINGS.secondary]) {
  names.push(['mesure (titre)', h.one], ['mesure (titre)', h.many]);
}

const scored = prose.map(([where, text]) => ({ where, text, score: scoreKandelMoles(text) }));

describe('every text Phare writes', () => {
  it('prints the ten hardest texts and the distribution', () => {
    const sorted = [...scored].sort((a, b) => a.score - b.score);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))].score.toFixed(1);
    console.info(
      [
        `Kandel–Moles sur ${sorted.length} textes : min ${q(0)}, p10 ${q(0.1)}, médiane ${q(0.5)}, max ${q(1)} ; ${GLOSSARY_TERMS.length} termes au glossaire.`,
        'Les dix plus difficiles :',
        ...sorted.slice(0, 10).map((s) => `  ${s.score.toFixed(1)}  [${s.where}] ${s.text}`),
      ].join('\n'),
    );
    expect(sorted.length).toBeGreaterThan(300);
  });

  it.each(scored.filter((s) => !VERBATIM.has(s.text)).map((s) => [s.where, s.text, s.score] as const))('%s : %s', (_where, text, score) => {
    expect(score, `Kandel–Moles ${score.toFixed(1)} : « ${text} »`).toBeGreaterThanOrEqual(MIN);
  });

  it('are in French typography (prose, headings, labels, sources)', () => {
    const bad = [...prose, ...names].filter(([, t]) => !isFrenchTypography(t)).map(([w, t]) => `[${w}] ${t}`);
    expect(bad).toEqual([]);
  });

  it('use one vocabulary: CPP by its name, « l’équipe de l’étude », courriel, no « comité d’éthique »', () => {
    const all = [...prose, ...names].filter(([w]) => !w.startsWith('glossaire') && !w.startsWith('bloqueur')).map(([, t]) => t).join('\n');
    expect(all).not.toMatch(/comité d[’']éthique/i);
    expect(all).not.toMatch(/\be-?mail\b|\bmail\b/i);
    expect(all).not.toMatch(/équipe (médicale|de recherche)|investigateur de contact/);
    expect(all).not.toMatch(/(?<!\p{L})(?:tu|ton|ta|tes|toi)(?!\p{L})/u);
  });

  it('block helpers list prose and sources', () => {
    const b: TextBlock = { heading: 'T', paragraphs: ['P.'], items: ['I.'], sources: ['S'] };
    expect(blockProse(b)).toEqual(['T', 'P.', 'I.']);
    expect(blockTexts(b)).toEqual(['T', 'P.', 'I.', 'S']);
  });
});
