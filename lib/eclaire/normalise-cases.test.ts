/**
 * The normaliser on recorded-style pages, one study per case: statuses that contradict the recruitment
 * extension, legacy criteria, dates, fidelity fixes and hostile narratives (fixtures/*-cases.json,
 * legacy-criteria.json, hostile-narrative.json; narratives written exactly as ECLAIRE's EclaireDto.toHtml does).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Bundle, Group, ResearchStudy } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { Study } from '@/lib/study/types';
import { isPlausibleLastUpdated } from './dates';
import { NORMALISER_VERSION, normalisePage, toStudy } from './normalise';
import { recruitmentRuleOf } from './status';

const FIXTURES = path.join(__dirname, 'fixtures');

function page(name: string): Map<string, Study> {
  const bundle = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as Bundle;
  const { studies, problems } = normalisePage((bundle.entry ?? []).map((e) => e.resource as unknown));
  expect(problems).toEqual([]);
  return new Map(studies.map(({ study }) => [study.id, study]));
}

function get(studies: Map<string, Study>, id: string): Study {
  const s = studies.get(id);
  if (!s) throw new Error(`${id} absent`);
  return s;
}

describe('NORMALISER_VERSION', () => {
  it('is a positive integer', () => {
    expect(Number.isInteger(NORMALISER_VERSION) && NORMALISER_VERSION >= 2).toBe(true);
  });
});

describe('statuses still flagged « recruiting » (status-cases.json)', () => {
  const studies = page('status-cases.json');
  const pick = (id: string) => {
    const s = get(studies, id);
    return { status: s.status, recruitment: s.recruitment, riphState: s.riphState, rule: recruitmentRuleOf(s) };
  };

  it('suspended → suspendu', () => {
    expect(pick('2024-A00101-11')).toEqual({ status: 'suspendue', recruitment: 'suspendu', riphState: 'SUSPENDUE', rule: 'suspended' });
  });
  it('completed → termine', () => {
    expect(pick('2024-A00102-12')).toEqual({ status: 'terminee', recruitment: 'termine', riphState: 'TERMINEE', rule: 'completed' });
  });
  it('withdrawn → termine', () => {
    expect(pick('2024-A00103-13')).toEqual({ status: 'abandonnee', recruitment: 'termine', riphState: 'ABANDONNEE', rule: 'withdrawn' });
    expect(pick('2024-A00112-12')).toEqual({ status: 'abandonnee', recruitment: 'termine', riphState: 'ABANDONNEE', rule: 'withdrawn' });
  });
  it('administratively completed → termine, whatever the etat’s spelling', () => {
    expect(pick('2024-A00104-14')).toEqual({ status: 'arretee', recruitment: 'termine', riphState: 'TERMINEE_ANTICIPEE', rule: 'completed' });
    expect(pick('2024-A00110-10')).toEqual({ status: 'arretee', recruitment: 'termine', riphState: 'Terminée anticipée', rule: 'completed' });
  });
  it('approved + recruiting → not open yet; À DÉMARRER and PROROGÉE told apart', () => {
    expect(pick('2024-A00105-15')).toEqual({ status: 'a-demarrer', recruitment: 'a-venir', riphState: 'A_DEMARRER', rule: 'approved-not-open' });
    expect(pick('2024-A00106-16')).toEqual({ status: 'prorogee', recruitment: 'a-venir', riphState: 'PROROGEE', rule: 'approved-not-open' });
  });
  it('EXPIRÉE told apart from ABANDONNÉE, without any recruitment extension', () => {
    const s = get(studies, '2024-A00107-17');
    expect([s.status, s.recruitment, s.recruitmentCode, s.riphRecruitment]).toEqual(['expiree', 'termine', undefined, undefined]);
  });
  it('« Recrutement en attente » claimed as recruiting (before 2025-12-18) → a-venir', () => {
    const s = get(studies, '2024-A00108-18');
    expect([s.status, s.recruitment, s.recruitmentCode, s.riphRecruitment]).toEqual(['en-cours', 'a-venir', 'recruiting', 'Recrutement en attente']);
    expect(recruitmentRuleOf(s)).toBe('pending-narrative');
  });
  it('a study that really recruits stays open, with no rule', () => {
    expect(pick('2024-A00109-19')).toEqual({ status: 'en-cours', recruitment: 'ouvert', riphState: 'EN_COURS', rule: undefined });
  });
  it('an etat that contradicts the status → status inconnu, the cautious recruitment', () => {
    expect(pick('2023-500111-22-00')).toEqual({ status: 'inconnu', recruitment: 'termine', riphState: 'EN_COURS', rule: 'contradictory-status' });
  });
  it('only one study of the page may appear in the default « ouvert » search', () => {
    expect([...studies.values()].filter((s) => s.recruitment === 'ouvert').map((s) => s.id)).toEqual(['2024-A00109-19']);
  });
});

describe('recruitment given more than once', () => {
  const withCodes = (...codes: string[][]) =>
    toStudy({
      researchStudy: {
        resourceType: 'ResearchStudy', id: '2024-A00001-01', status: 'active',
        extension: codes.map((list) => ({
          url: 'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/eclaire-recruitment-status',
          valueCodeableConcept: { coding: list.map((code) => ({ code })) },
        })),
      } as ResearchStudy,
      locations: [], organizations: [],
    });

  it('reads the most closed of two extensions or two codings, and never « open » beside a code it does not know', () => {
    expect(withCodes(['recruiting'], ['completed-recruiting']).recruitment).toBe('termine');
    expect(withCodes(['recruiting', 'upcoming']).recruitment).toBe('a-venir');
    expect(withCodes(['recruiting'], ['paused']).recruitment).toBe('inconnu');
    expect(withCodes(['recruiting']).recruitment).toBe('ouvert');
  });
});

describe('legacy criteria without description (legacy-criteria.json)', () => {
  const studies = page('legacy-criteria.json');

  it('tells outcome criteria from inclusion criteria with the narrative’s criteres_jugement', () => {
    const s = get(studies, '2024-A00201-21');
    expect(s.eligibility.inclusion).toEqual([
      { text: 'Adulte de 18 ans ou plus' }, { text: 'Douleur chronique depuis plus de 3 mois, quelle qu’en soit la cause' },
    ]);
    expect(s.eligibility.exclusion).toEqual([{ text: 'Femme enceinte ou allaitante' }]);
    expect(s.outcomes).toEqual([
      { text: 'Intensité de la douleur à 3 mois', primary: true }, { text: 'Qualité de vie, mesurée par le SF-36', primary: false },
    ]);
    expect(s.eligibility.unclassified).toEqual([]);
  });

  it('lines translated CTIS criteria up with the untranslated narrative by position', () => {
    const s = get(studies, '2023-500202-22-00');
    expect(s.eligibility.inclusion.map((c) => c.text)).toEqual(['Adultes âgés de 18 ans ou plus', 'Mélanome confirmé histologiquement']);
    expect(s.eligibility.exclusion.map((c) => c.text)).toEqual(['Traitement antérieur par un anticorps anti-PD-1']);
    expect(s.outcomes).toEqual([{ text: 'Survie sans progression', primary: true }, { text: 'Survie globale', primary: false }]);
    expect(s.eligibility.unclassified).toEqual([]);
  });

  it('without a narrative, keeps what position proves and never lists the rest as conditions to take part', () => {
    const s = get(studies, '2024-A00203-23');
    // Before the last exclusion criterion, only eligibility criteria can stand.
    expect(s.eligibility.inclusion).toEqual([{ text: 'Patient suivi pour une insuffisance cardiaque' }]);
    expect(s.eligibility.exclusion).toEqual([{ text: 'Insuffisance rénale sévère' }]);
    expect(s.outcomes).toEqual([]);
    expect(s.eligibility.unclassified).toEqual([{ text: 'Taux de réhospitalisation à 1 an' }, { text: 'Mortalité à 1 an' }]);
  });

  it('matches texts when positions do not line up, and leaves an unknown text unclassified', () => {
    const s = get(studies, '2024-A00204-24');
    expect(s.eligibility.inclusion).toEqual([{ text: 'Diabète de type 2 traité' }]);
    expect(s.outcomes).toEqual([{ text: 'Poids à 6 mois', primary: false }, { text: 'HbA1c à 6 mois', primary: true }]);
    expect(s.eligibility.unclassified).toEqual([{ text: 'Critère absent du récit' }]);
  });

  it('reads a narrative list written empty (`criteres_jugement: null`) as « none of that kind »', () => {
    const narrative = (eligibility: string, judgement: string) => ({
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><ul><li> etat: EN_COURS </li><li> criteres_eligibilite: ${eligibility} </li><li> criteres_jugement: ${judgement} </li></ul></div>`,
    });
    const other = (text: string, exclude: boolean) => ({ code: { coding: [{ code: 'grp-other' }] }, exclude, valueCodeableConcept: { coding: [{ display: text }] } });
    const read = (text: { status: string; div: string }, items: ReturnType<typeof other>[]) =>
      toStudy({
        researchStudy: { resourceType: 'ResearchStudy', id: '2024-A00001-01', status: 'active', text } as ResearchStudy,
        group: { resourceType: 'Group', id: 'g', actual: true, type: 'person', characteristic: items } as unknown as Group,
        locations: [], organizations: [],
      });
    // No outcome criterion: the third item, translated, lines up with the third eligibility criterion.
    const noOutcome = read(
      narrative('Titre: Adulte - Type: INCLUSION,Titre: Grossesse - Type: EXCLUSION,Titre: Signed consent - Type: INCLUSION', 'null'),
      [other('Adulte', false), other('Grossesse', true), other('Consentement signé', false)],
    );
    expect(noOutcome.eligibility.inclusion.map((c) => c.text)).toEqual(['Adulte', 'Consentement signé']);
    expect(noOutcome.eligibility.unclassified).toEqual([]);
    // No eligibility criterion: both items are outcomes.
    const onlyOutcomes = read(
      narrative('', 'Titre: Survie - Type: PRINCIPAL,Titre: Qualité de vie - Type: SECONDAIRE'),
      [other('Survie', false), other('Qualité de vie', false)],
    );
    expect(onlyOutcomes.outcomes).toEqual([{ text: 'Survie', primary: true }, { text: 'Qualité de vie', primary: false }]);
    expect(onlyOutcomes.eligibility.inclusion).toEqual([]);
  });

  it('files criteria of an unknown kind as unclassified, current documents included', () => {
    const g = { resourceType: 'Group', id: 'g', actual: true, type: 'person', characteristic: [
      { code: { coding: [{ code: 'grp-other' }] }, description: 'something-new', valueCodeableConcept: { coding: [{ display: 'Texte' }] } },
      { code: { coding: [{ code: 'grp-other' }] }, description: 'judgement-criteria', exclude: false, valueCodeableConcept: { coding: [{ display: 'Survie' }] } },
    ] } as unknown as Group;
    const s = toStudy({ researchStudy: { resourceType: 'ResearchStudy', id: '2024-A00001-01', status: 'active' } as ResearchStudy,
      group: g, locations: [], organizations: [] });
    expect(s.eligibility.unclassified).toEqual([{ text: 'Texte' }]);
    expect(s.eligibility.inclusion).toEqual([]);
    expect(s.outcomes).toEqual([{ text: 'Survie', primary: true }]);
  });
});

describe('dates (dates-cases.json)', () => {
  const studies = page('dates-cases.json');
  const syncedAt = '2026-06-30T05:00:00.000Z';

  it('flags the CTIS fallback day when the narrative has no dated history', () => {
    const s = get(studies, '2023-500301-31-00');
    expect([s.lastUpdated, s.lastUpdatedFallback]).toEqual(['2023-03-15T00:00:00.000Z', true]);
    expect(isPlausibleLastUpdated(s, syncedAt)).toBe(false);
  });
  it('flags a future estimate and keeps it verbatim', () => {
    const s = get(studies, '2024-A00302-32');
    expect([s.lastUpdated, s.lastUpdatedFallback]).toEqual(['2027-02-10T00:00:00.000Z', true]);
    expect(isPlausibleLastUpdated(s, syncedAt)).toBe(false);
  });
  it('accepts a real status date', () => {
    const s = get(studies, '2024-A00303-33');
    expect(s.lastUpdatedFallback).toBeUndefined();
    expect(isPlausibleLastUpdated(s, syncedAt)).toBe(true);
    expect(s.recruitmentPeriod).toEqual({ start: '2025-01-06', end: '2027-12-31', endRaw: '2027-12-31' });
  });
  it('flags 1970 and does not read the legacy period as a recruitment period', () => {
    const s = get(studies, '2019-A00304-34');
    expect(s.lastUpdatedFallback).toBe(true);
    expect(s.recruitmentPeriod).toBeUndefined();
  });
  it('takes the recruitment dates from the narrative when the extension is missing, never from ResearchStudy.period', () => {
    const s = get(studies, '2024-A00305-35');
    expect(s.recruitmentPeriod).toEqual({ start: '2025-02-03', end: '2026-06-30', endRaw: '30/06/2026' });
  });
});

describe('fidelity fixes (fidelity-cases.json)', () => {
  const studies = page('fidelity-cases.json');

  it('reads a legacy JARDE phase-1 as a phase précoce, not as « Phase 1 »', () => {
    const s = get(studies, '2019-A00401-41');
    expect(s.phase).toEqual({ code: 'jarde-early', label: 'Phase précoce', system: 'https://interop.esante.gouv.fr/ig/fhir/eclaire/CodeSystem/eclaire-study-phase-source-code-system' });
    expect(s.phaseBuckets).toEqual(['1']);
  });

  it('keeps MedDRA terms (2024 « medDRACondition ») out of the conditions; CTIS countries as ISO codes', () => {
    const s = get(studies, '2022-500402-42-00');
    expect(s.conditions).toEqual([{ text: 'Cancer du sein localement avancé ou métastatique' }]);
    expect(s.meddra).toEqual([
      { code: '10070575', label: 'Cancer du sein à récepteurs aux oestrogènes positifs' }, { code: '10065430', label: 'Cancer du sein HER2 positif' },
    ]);
    expect(s.countries).toEqual(['BE', 'DE', 'FR', 'CI']);
    // Legacy CTIS phase-3 stays phase 3 (the phase-1 rewrite is for JARDE only).
    expect(s.phase?.code).toBe('phase-3');
  });

  it('puts the swapped city and country back, settled by the narrative', () => {
    expect(get(studies, '2021-A00403-43').contacts.scientific?.address)
      .toEqual({ lines: ['114 avenue Desandrouin'], city: 'Valenciennes', postcode: '59300', country: 'France' });
  });

  it('does not swap an address the narrative confirms, even when the city names a country', () => {
    expect(get(studies, '2021-A00404-44').contacts.scientific?.address)
      .toEqual({ lines: ['1 avenue Pasteur'], city: 'Monaco', postcode: '98000', country: 'Principauté de Monaco' });
  });

  it('reads the countries from the narrative’s pays_concernes when location is missing', () => {
    expect(get(studies, '2024-500405-45-00').countries).toEqual(['FR', 'IT', 'ES']);
  });
});

describe('hostile narratives (hostile-narrative.json): never throw, conservative, inconnu rather than a guess', () => {
  const studies = page('hostile-narrative.json');

  it('null and undefined everywhere: the FHIR status decides', () => {
    const s = get(studies, '2024-A00501-51');
    expect([s.status, s.recruitment, s.riphState, s.riphRecruitment]).toEqual(['en-cours', 'ouvert', undefined, undefined]);
  });
  it('an etat smuggled through the title is a disagreement: the FHIR status decides, conservatively', () => {
    const s = get(studies, '2024-A00502-52');
    expect([s.status, s.recruitment]).toEqual(['terminee', 'termine']);
    // Kept as such for the professionals' section, and unreadable for the reconciliation.
    expect(s.riphState).toMatch(/^valeurs en désaccord \(/);
  });
  it('a div without a list: no narrative', () => {
    const s = get(studies, '2024-A00503-53');
    expect([s.status, s.recruitment, s.riphState]).toEqual(['en-cours', 'ouvert', undefined]);
  });
  it('a <script> inside a value is stripped, the meaning kept', () => {
    const s = get(studies, '2024-A00504-54');
    expect([s.recruitment, s.riphRecruitment]).toEqual(['a-venir', 'alert("x")Recrutement en attente']);
  });
  it('malformed XHTML still read; an etat contradicting the status → inconnu, suspendu', () => {
    const s = get(studies, '2024-A00505-55');
    expect([s.status, s.recruitment, s.riphState]).toEqual(['inconnu', 'suspendu', 'SUSPENDUE']);
  });
  it('a div that is not a string', () => {
    expect(get(studies, '2024-A00506-56').status).toBe('en-cours');
  });

  it('1 MB of narrative, tags and </li> included', () => {
    const filler = '</li> x, <b>y</b> '.repeat(60_000);
    const div = `<div><ul><li> etat: SUSPENDUE </li><li> resume: ${filler} </li><li> statut_recrutement: Recrutement ouvert </li></ul></div>`;
    expect(div.length).toBeGreaterThan(1_000_000);
    const rs = { resourceType: 'ResearchStudy', id: '2024-A00507-57', status: 'temporarily-closed-to-accrual', text: { status: 'extensions', div },
      extension: [{ url: 'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/eclaire-recruitment-status',
        valueCodeableConcept: { coding: [{ code: 'recruiting' }] } }] } as unknown as ResearchStudy;
    const s = toStudy({ researchStudy: rs, locations: [], organizations: [] });
    expect([s.status, s.recruitment, s.riphState, s.riphRecruitment]).toEqual(['suspendue', 'suspendu', 'SUSPENDUE', 'Recrutement ouvert']);
  });

  it('never throws whatever text holds, and never says ouvert without an active status', () => {
    const values: unknown[] = [null, undefined, 'null', 42, [], {}, { div: null }, { div: 42 }, { div: '<li> etat: </li>' },
      { div: '<li> etat: null </li><li> statut_recrutement: null </li>' }, { div: '<li> etat: EN_COURS </li><li> etat: TERMINEE </li>' },
      { div: '<ul><li> statut_recrutement: <script>Recrutement ouvert</script> </li>' }, { div: '<li>'.repeat(10_000) },
      { div: `<li> criteres_eligibilite: ${'Titre: a, - Type: ,'.repeat(5000)} </li>` }];
    for (const text of values) {
      for (const status of [undefined, 'completed', 'weird']) {
        const rs = { resourceType: 'ResearchStudy', id: '2024-A00508-58', status, text,
          extension: [{ url: 'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/eclaire-recruitment-status',
            valueCodeableConcept: { coding: [{ code: 'recruiting' }] } }] } as unknown as ResearchStudy;
        const group = { resourceType: 'Group', id: 'g', text, characteristic: [{ code: { coding: [{ code: 'grp-other' }] }, exclude: false,
          valueCodeableConcept: { coding: [{ display: 'Critère' }] } }] } as unknown as Group;
        let s: Study | undefined;
        expect(() => { s = toStudy({ researchStudy: rs, group, locations: [], organizations: [] }); }, JSON.stringify([text, status]).slice(0, 100)).not.toThrow();
        expect(s?.recruitment).not.toBe('ouvert');
        expect(s?.eligibility.inclusion).toEqual([]);
      }
    }
  });
});
