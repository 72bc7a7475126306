import type { Group, ResearchStudy } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { buildNarrative, type NarrativeItem } from './narrative';
import { readNarrativeItem, summariseStatusCases } from './status-cases';

const REC = 'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/eclaire-recruitment-status';

function study(opts: { status?: ResearchStudy['status']; flag?: string; ctis?: boolean; lastUpdated?: string; div?: string; items?: NarrativeItem[] }): ResearchStudy {
  return {
    resourceType: 'ResearchStudy',
    status: opts.status,
    meta: { lastUpdated: `${opts.lastUpdated ?? '2025-01-01'}T00:00:00.000Z` },
    text: { status: 'extensions', div: opts.div ?? buildNarrative(opts.items ?? [['etat', 'EN_COURS']]).div },
    category: [{ coding: [{ code: opts.ctis ? 'REG536' : 'JARDE' }] }],
    extension: opts.flag ? [{ url: REC, valueCodeableConcept: { coding: [{ code: opts.flag }] } }] : [],
  } as ResearchStudy;
}

const other = (description?: string) => ({
  code: { coding: [{ code: 'grp-other' }] },
  exclude: false,
  valueCodeableConcept: { coding: [{ display: 'x' }] },
  ...(description ? { description } : {}),
});
const group = (...characteristic: ReturnType<typeof other>[]) => ({ resourceType: 'Group', characteristic }) as Group;

describe('summariseStatusCases', () => {
  it('counts recruiting flags that contradict the status, and the flag × status table', () => {
    const s = summariseStatusCases([
      { study: study({ status: 'temporarily-closed-to-accrual', flag: 'recruiting' }) },
      { study: study({ status: 'completed', flag: 'recruiting' }) },
      { study: study({ status: 'completed', flag: 'completed-recruiting' }) },
      { study: study({ status: 'administratively-completed', flag: 'recruiting' }) },
      { study: study({ status: 'withdrawn', flag: 'recruiting' }) },
      { study: study({ status: 'active', flag: 'recruiting' }) },
    ]);
    expect(s.studies).toBe(6);
    expect(s.cases).toMatchObject({
      recruitingButSuspended: 1,
      recruitingButCompleted: 1,
      recruitingButAdministrativelyCompleted: 1,
      recruitingButWithdrawn: 1,
      noStatus: 0,
    });
    expect(s.byFlagAndStatus).toEqual({
      'recruiting × temporarily-closed-to-accrual': 1,
      'recruiting × completed': 1,
      'completed-recruiting × completed': 1,
      'recruiting × administratively-completed': 1,
      'recruiting × withdrawn': 1,
      'recruiting × active': 1,
    });
  });

  it('reads etat, statut_recrutement and historique from the narrative', () => {
    const s = summariseStatusCases([
      { study: study({ status: 'approved', items: [['etat', 'PROROGEE']] }) },
      { study: study({ status: 'withdrawn', items: [['etat', 'EXPIREE']] }) },
      { study: study({ items: [['etat', null]] }) },
      { study: study({ status: 'approved', flag: 'recruiting', items: [['etat', 'A_DEMARRER'], ['statut_recrutement', 'Recrutement en attente']] }) },
      { study: study({ status: 'active', flag: 'upcoming', items: [['statut_recrutement', 'Recrutement en attente']] }) },
      { study: study({ status: 'active', items: [['historique', undefined]], lastUpdated: '2026-08-01' }) },
      { study: study({ status: 'active', ctis: true, items: [['historique', undefined]], lastUpdated: '2023-03-15' }) },
    ]);
    expect(s.cases).toMatchObject({
      etatProrogee: 1,
      etatExpiree: 1,
      noStatus: 1,
      legacyPendingRecruiting: 1,
      submissionFallback: 1,
      ctisFixedFallback: 1,
      futureLastUpdated: 1,
      narrativeNullValue: 3,
    });
    expect(summariseStatusCases([{ study: study({ lastUpdated: '2026-08-01' }) }], { today: '2026-09-01' }).cases.futureLastUpdated).toBe(0);
  });

  it('counts legacy criteria only where a grp-other lacks its description', () => {
    const s = summariseStatusCases([
      { study: study({}), group: group(other(), other()) },
      { study: study({}), group: group(other('eligibility-criteria'), other('judgement-criteria')) },
      { study: study({}) },
    ]);
    expect(s.cases.legacyCriteria).toBe(1);
  });

  it('recognises hostile narratives', () => {
    const s = summariseStatusCases([
      { study: study({ div: '<div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2></div>' }) },
      { study: study({ items: [['etat', 'EN_COURS'], ['resume', 'Objectifs :<ul><li>un</li><li>deux</li></ul>']] }) },
      { study: study({ items: [['criteres_eligibilite', 'Titre: null - Type: null,Titre: Adulte - Type: INCLUSION']] }) },
      { study: study({ items: [['criteres_jugement', 'Titre: A - Type: PRINCIPAL,Titre: null - Type: null']] }) },
    ]);
    expect(s.cases).toMatchObject({ narrativeWithoutList: 1, narrativeLiInValue: 1, narrativeNullCriterion: 2, narrativeNullValue: 0 });
  });

  it('takes any iterable, and an empty one', () => {
    function* one() {
      yield { study: study({ status: 'withdrawn', flag: 'recruiting' }) };
    }
    expect(summariseStatusCases(one()).cases.recruitingButWithdrawn).toBe(1);
    expect(summariseStatusCases([]).studies).toBe(0);
  });
});

describe('readNarrativeItem', () => {
  const div = buildNarrative([
    ['reglementation_code', 'JARDE'],
    ['etat', 'PROROGEE'],
    ['titre', ''],
    ['resume', 'a<ul><li>b</li></ul>'],
    ['statut_recrutement', undefined],
  ]).div;

  it('reads a value by name, an empty one, and a literal undefined', () => {
    expect(readNarrativeItem(div, 'etat')).toBe('PROROGEE');
    expect(readNarrativeItem(div, 'titre')).toBe('');
    expect(readNarrativeItem(div, 'statut_recrutement')).toBe('undefined');
    expect(readNarrativeItem(div, 'resume')).toBe('a<ul><li>b</li></ul>');
    expect(readNarrativeItem(div, 'historique')).toBeUndefined();
  });
});
