import fs from 'node:fs';
import path from 'node:path';
import type { Bundle, Group, Location, ResearchStudy } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { DEMO_TAG } from './provenance';
import type { Study } from '@/lib/study/types';
import { groupPageResources, isDemoResource, normalisePage, parseUpstreamDate, toStudy, type RawStudyResources } from './normalise';

const FIXTURES = path.join(__dirname, 'fixtures');
const SD = 'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/';
const CS = 'https://interop.esante.gouv.fr/ig/fhir/eclaire/CodeSystem/';

function loadResources(name: string): unknown[] {
  const bundle = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as Bundle;
  return (bundle.entry ?? []).map((e) => e.resource as unknown);
}

function loadOne(name: string): { study: Study; raw: RawStudyResources } {
  const { studies, problems } = normalisePage(loadResources(name));
  expect(problems).toEqual([]);
  expect(studies).toHaveLength(1);
  return studies[0];
}

function minimal(extra: Partial<ResearchStudy> = {}): ResearchStudy {
  return { resourceType: 'ResearchStudy', id: '2024-A00001-01', status: 'active', title: 'Titre', ...extra } as ResearchStudy;
}

const study = (rs: ResearchStudy, rest: Partial<RawStudyResources> = {}) =>
  toStudy({ researchStudy: rs, locations: [], organizations: [], ...rest });

describe('current JARDE study (§3.2 example)', () => {
  const { study: s, raw } = loadOne('jarde-current.json');

  it('reads identity, regulation, category and phase', () => {
    expect(s.id).toBe('2021-A01022-39');
    expect(s.identifiers).toEqual([
      { value: '2021-A01022-39', kind: 'id-rcb', primary: true },
      { value: 'NCT05123456', kind: 'nct', primary: false, system: 'https://clinicaltrials.gov' },
      { value: 'UPHF-2021-07', kind: 'autre', primary: false, system: 'https://my-identifier.fr' },
    ]);
    expect(s.title).toBe('Détermination des paramètres biomécaniques de la marche chez les personnes âgées');
    expect(s.titleMissing).toBe(false);
    expect(s.titleLang).toBeUndefined();
    expect(s.regulation).toBe('jarde');
    expect(s.regulationCode).toBe('JARDE');
    expect(s.jardeCategory).toBe(3);
    expect(s.precision?.code).toBe('cat3-jarde');
    expect(s.phase?.code).toBe('jarde-early');
    expect(s.phaseBuckets).toEqual(['1']);
    expect(s.fhirStatus).toBe('active');
    expect(s.recruitment).toBe('a-venir');
    expect(s.recruitmentCode).toBe('upcoming');
  });

  it('reads texts, extensions and dates', () => {
    expect(s.therapeuticArea).toBe('Autres');
    expect(s.summary).toBe('Cette étude mesure la marche.\nElle dure 6 mois.');
    expect(s.objectives).toBe('Déterminer les paramètres biomécaniques de la marche.');
    expect(s.description).toBe('La durée de participation est de: 6 mois');
    expect(s.participationMonths).toBe(6);
    expect(s.sponsor).toBe('Université Polytechnique Hauts-de-France');
    expect(s.recruitmentPeriod).toEqual({ start: '2023-05-01', end: '2024-12-31', endRaw: '2024-12-31' });
    expect(s.lastUpdated).toBe('2023-04-04T00:00:00.000Z');
    expect(s.countries).toEqual([]);
    expect(s.conditions).toEqual([]);
  });

  it('reads the Group: sexes, ages, criteria, outcomes, groups, vulnerable population', () => {
    expect(s.eligibility).toEqual({
      sexes: ['homme', 'femme'], ageRanges: [{ min: 18, max: 64 }, { min: 65 }],
      inclusion: [{ text: 'Personne âgée de 65 ans ou plus' }], exclusion: [{ text: 'Personne sous tutelle' }], unclassified: [],
      groups: ['Volontaire sain'], healthyVolunteers: true, populations: [], vulnerablePopulation: false,
      plannedParticipants: 40,
    });
    expect(s.outcomes).toEqual([{ text: 'Vitesse de marche', primary: true }, { text: 'Longueur du pas', primary: false }]);
  });

  it('reads sites and contacts', () => {
    expect(raw.locations.map((l) => l.id)).toEqual(['2021-A01022-39-0-site', '2021-A01022-39-2-site']);
    expect(raw.organizations.map((o) => o.id)).toEqual(['ansm']);
    expect(s.sites[0]).toEqual({
      id: '2021-A01022-39-0-site', name: 'CHU de Lille', addressLines: ['2 avenue Oscar Lambret', 'Service de gériatrie'],
      service: 'Service de gériatrie', city: 'Lille', postcode: '59037', country: 'FR',
      contact: { name: 'Dr. Madeleine Aumar', email: 'geriatrie@chu-lille.example', phone: '0320000000' },
    });
    expect(s.sites[1].addressLines).toEqual(['114 avenue Desandrouin']);
    expect(s.sites[1].service).toBeUndefined();
    expect(s.contacts.scientific).toEqual({
      name: 'Claire Martin', organisation: 'Université Polytechnique Hauts-de-France', email: 'recherche@uphf.example',
      address: { lines: ['Le Mont Houy'], city: 'Valenciennes', postcode: '59313', country: 'France' },
    });
    expect(s.contacts.public).toEqual({ name: 'Paul Durand', phone: '0327000000', email: 'etude-marche@uphf.example' });
  });
});

describe('CTIS study', () => {
  const { study: s } = loadOne('ctis-study.json');
  it('reads conditions, MedDRA, countries, phase buckets and English flags', () => {
    expect(s.regulation).toBe('medicament');
    expect(s.jardeCategory).toBeUndefined();
    expect(s.precision?.code).toBe('study-ctis');
    expect(s.identifiers.map((i) => i.kind)).toEqual(['eu-ct', 'isrctn', 'utn']);
    expect(s.phaseBuckets).toEqual(['2', '3']);
    expect(s.conditions).toEqual([{ text: 'Maladie de Crohn' }]);
    expect(s.meddra).toEqual([{ code: '10011401', label: 'Maladie de Crohn' }, { code: '10009887', label: 'Colite' }]);
    expect(s.countries).toEqual(['FR', 'DE', 'ES']);
    expect(s.titleLang).toBe('en');
    expect(s.summaryLang).toBe('en');
    expect(s.objectivesLang).toBe('en');
    expect(s.recruitment).toBe('ouvert');
    expect(s.recruitmentPeriod).toEqual({ start: '2023-01-15', end: '2026-06-15', endRaw: '15/06/2026' });
  });
  it('reads criteria with their language, populations, and both contacts whatever their order', () => {
    expect(s.eligibility.inclusion).toEqual([
      { text: 'Adults aged 18 years or older with a diagnosis of Crohn’s disease', lang: 'en' },
      { text: 'Patients ayant un diagnostic de maladie de Crohn depuis au moins 3 mois' },
    ]);
    expect(s.eligibility.exclusion).toEqual([{ text: 'Antécédent de chirurgie intestinale' }]);
    expect(s.eligibility.populations.map((p) => [p.code, p.label])).toEqual([['pregnant', 'Femmes enceintes'], ['nursing', 'Femmes qui allaitent']]);
    expect(s.eligibility.vulnerablePopulation).toBeUndefined();
    expect(s.eligibility.healthyVolunteers).toBe(false);
    expect(s.outcomes.map((o) => o.primary)).toEqual([true, false]);
    expect(s.contacts.scientific?.organisation).toBe('F. Hoffmann-La Roche AG');
    expect(s.contacts.scientific?.address).toEqual({ lines: ['Grenzacherstrasse 124'], city: 'Basel Town', postcode: '4058', country: 'Suisse' });
    expect(s.contacts.public?.email).toBe('public.trials@roche.example');
    expect(s.sites[0].name).toBeUndefined();
    expect(s.sites[0].service).toBe('Gastroenterology Hepatology and Nutrition Unit');
  });
});

describe('DM and DM-DIV studies', () => {
  it('DM: regulation dispositif, no phase, vulnerable population from inverted exclude', () => {
    const { study: s } = loadOne('dm-study.json');
    expect(s.regulation).toBe('dispositif');
    expect(s.precision?.code).toBe('IC-Cas-4-1');
    expect(s.jardeCategory).toBeUndefined();
    expect(s.phase).toBeUndefined();
    expect(s.phaseBuckets).toEqual(['na']);
    expect(s.eligibility.vulnerablePopulation).toBe(true);
    expect(s.eligibility.sexes).toEqual(['femme']);
    expect(s.participationMonths).toBe(12);
    // approved without recruitment extension → not started yet
    expect(s.recruitment).toBe('a-venir');
    expect(s.recruitmentCode).toBeUndefined();
  });
  it('DM-DIV: regulation diagnostic, no sites, no sex stated, completed', () => {
    const { study: s } = loadOne('dm-div-study.json');
    expect(s.regulation).toBe('diagnostic');
    expect(s.precision?.code).toBe('EP-Cas-2');
    expect(s.sites).toEqual([]);
    expect(s.eligibility.sexes).toEqual([]);
    expect(s.eligibility.ageRanges).toEqual([{ min: 0, max: 17 }, { min: 18, max: 64 }, { min: 65 }]);
    expect(s.recruitment).toBe('termine');
    expect(s.contacts.scientific).toEqual({ organisation: 'DiagnoTest SAS', name: 'Petit', email: 'contact@diagnotest.example' });
  });
});

describe('_include=* page', () => {
  const resources = loadResources('include-page.json');

  it('attaches each Group, Location and Organization to its study', () => {
    const { records, problems } = groupPageResources(resources);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.researchStudy.id)).toEqual(['2021-A01022-39', '2022-500014-26-00', '2024-A00123-45', '2023-A02468-13']);
    for (const r of records) expect(r.group?.id).toBe(`${r.researchStudy.id}-enrollment-group`);
    expect(records.map((r) => r.locations.length)).toEqual([2, 1, 1, 0]);
    for (const r of records) for (const l of r.locations) expect(l.id?.startsWith(`${r.researchStudy.id}-`)).toBe(true);
    // Organization/ansm appears once on the page, yet belongs to three studies.
    expect(records.map((r) => r.organizations.map((o) => o.id))).toEqual([['ansm'], ['ctis'], ['ansm'], ['ansm']]);
  });

  it('normalises each study exactly as on its own', () => {
    const { studies, problems } = normalisePage(resources);
    expect(problems).toEqual([]);
    const single = ['jarde-current.json', 'ctis-study.json', 'dm-study.json', 'dm-div-study.json'].map((f) => loadOne(f).study);
    expect(studies.map((x) => x.study)).toEqual(single);
  });

  it('is order-independent for included resources', () => {
    const studiesFirst = resources.filter((r) => (r as { resourceType: string }).resourceType === 'ResearchStudy');
    const rest = resources.filter((r) => (r as { resourceType: string }).resourceType !== 'ResearchStudy').reverse();
    const a = normalisePage(resources).studies.map((x) => x.study);
    const b = normalisePage([...studiesFirst, ...rest]).studies.map((x) => x.study);
    expect(b).toEqual(a);
  });

  it('keeps the last occurrence of a duplicated study', () => {
    const first = minimal({ title: 'Première' });
    const second = minimal({ title: 'Seconde' });
    const { studies } = normalisePage([first, second]);
    expect(studies.map((x) => x.study.title)).toEqual(['Seconde']);
  });

  it('finds the Group by its conventional id when the enrollment reference is missing', () => {
    const rs = minimal();
    const group = { resourceType: 'Group', id: `${rs.id}-enrollment-group`, actual: true, type: 'person', quantity: 7 };
    const { studies } = normalisePage([rs, group]);
    expect(studies[0].study.eligibility.plannedParticipants).toBe(7);
  });
});

describe('2023-vintage study (§3.8)', () => {
  const { study: s, raw } = loadOne('vintage-2023.json');
  it('reads the number from id, skips INDISPONIBLE and the repeated number', () => {
    expect(s.id).toBe('2019-A00456-78');
    expect(s.identifiers).toEqual([{ value: '2019-A00456-78', kind: 'id-rcb', primary: true }]);
  });
  it('moves the Ref CPP line, decodes entities, trims', () => {
    expect(s.refCpp).toBe('19.03.21.45678');
    expect(s.title).toBe('Etude de l’effet délétère du tabac sur la cicatrisation');
  });
  it('maps display-only regulation and precision codings', () => {
    expect(s.regulation).toBe('jarde');
    expect(s.regulationCode).toBe('JARDE');
    expect(s.precision?.code).toBe('cat1-jarde');
    expect(s.jardeCategory).toBe(1);
  });
  it('maps the legacy HL7 phase: a JARDE « phase-1 » was an early-phase trial', () => {
    // Before 2026-06-02 ECLAIRE gave a JARDE study phase-1 only for « Essai de phase précoce » (CONTRACT §4.6).
    expect(s.phase).toMatchObject({ code: 'jarde-early', label: 'Phase précoce' });
    expect(s.phaseBuckets).toEqual(['1']);
  });
  it('reads legacy labels, outcome measure, sponsor and associatedParty URL', () => {
    expect(s.acronym).toBe('CICATAB');
    expect(s.labels).toEqual([]);
    expect(s.objectives).toBe('Mesurer le délai de cicatrisation.');
    expect(s.sponsor).toBe('Hospices Civils de Lyon');
    expect(raw.organizations.map((o) => o.id)).toEqual(['2019-A00456-78-primary-sponsor']);
  });
  it('reads 2023 conditions and drops MedDRA placeholders', () => {
    expect(s.conditions).toEqual([{ text: 'Cicatrisation cutanée' }]);
    expect(s.meddra).toEqual([]);
    expect(s.description).toBeUndefined();
  });
  it('reads contact extensions without url, decodes entities, drops empty shells and placeholders', () => {
    expect(s.contacts.scientific).toEqual({
      name: 'Jérôme Müller', organisation: 'Hospices Civils de Lyon', email: 'drci@chu-lyon.example',
      address: { lines: ['3 quai des Célestins'], city: 'Lyon', postcode: '69002', country: 'France' },
    });
    expect(s.contacts.public).toBeUndefined();
  });
  it('reads legacy criteria without description (exclude false/true), deduplicated', () => {
    expect(s.eligibility.inclusion).toEqual([{ text: 'Fumeur de plus de 10 cigarettes par jour' }]);
    expect(s.eligibility.exclusion).toEqual([{ text: 'Diabète déséquilibré' }]);
    expect(s.outcomes).toEqual([]);
    expect(s.eligibility.vulnerablePopulation).toBeUndefined();
  });
  it('reads a site with an entity-encoded name and a name telecom without system', () => {
    expect(s.sites).toEqual([{
      id: '2019-A00456-78-0-site', name: 'Hôpital Édouard Herriot', addressLines: ["5 place d'Arsonval", 'Dermatologie'],
      service: 'Dermatologie', city: 'Lyon', contact: { name: 'Pr Louise Roux' },
    }]);
    expect(s.recruitmentPeriod).toEqual({ start: '2020-01-06', end: '2021-09-30', endRaw: '30/09/2021' });
    expect(s.recruitment).toBe('inconnu');
  });
});

describe('every §5 quirk', () => {
  const { study: s } = loadOne('quirks.json');
  it('falls back to the id for an empty title', () => {
    expect(s.title).toBe('2020-A01234-56');
    expect(s.titleMissing).toBe(true);
  });
  it('keeps unknown codes everywhere without throwing', () => {
    expect(s.regulation).toBe('inconnu');
    expect(s.regulationCode).toBe('REG999');
    expect(s.precision).toEqual({ code: 'cat9-jarde', label: 'Catégorie 9 (JARDE)' });
    expect(s.jardeCategory).toBeUndefined();
    expect(s.phase).toEqual({ code: 'phase-V', label: 'Phase V (imaginary)' });
    expect(s.phaseBuckets).toEqual(['na']);
    expect(s.fhirStatus).toBe('some-new-status');
    expect(s.countries).toEqual(['XK']);
    expect(s.eligibility.populations).toEqual([{ code: 'martians', label: 'Martians (Martiens)' }]);
  });
  it('corrects "recruiting" for a pending recruitment (before a982ef7)', () => {
    expect(s.recruitment).toBe('a-venir');
    expect(s.recruitmentCode).toBe('recruiting');
  });
  it('drops placeholders and codings without code', () => {
    expect(s.conditions).toEqual([]);
    expect(s.meddra).toEqual([{ code: '99999999' }]);
    expect(s.therapeuticArea).toBeUndefined();
    expect(s.eligibility.sexes).toEqual([]);
    expect(s.eligibility.groups).toEqual(['Patients et volontaires sains']);
    expect(s.eligibility.healthyVolunteers).toBe(true);
    expect(s.eligibility.plannedParticipants).toBeUndefined();
    expect(s.identifiers).toHaveLength(1);
    expect(s.description).toBeUndefined();
    expect(s.participationMonths).toBeUndefined();
  });
  it('deduplicates age ranges and criteria, treats a missing exclude as false', () => {
    expect(s.eligibility.ageRanges).toEqual([{ min: 18, max: 64 }]);
    expect(s.eligibility.inclusion).toEqual([{ text: 'Critère sans exclude' }]);
    expect(s.eligibility.exclusion).toEqual([]);
    expect(s.outcomes).toEqual([]);
  });
  it('repairs the swapped city/country and drops null address lines', () => {
    expect(s.contacts.scientific).toEqual({
      name: 'Lefèvre', organisation: 'Centre Hospitalier de Valenciennes', email: 'drci@ch-valenciennes.example',
      address: { lines: [], city: 'Valenciennes', postcode: '59300', country: 'France' },
    });
  });
  it('drops empty public-contact shells and contacts of an unknown type', () => {
    expect(s.contacts.public).toBeUndefined();
  });
  it('cleans sites: placeholders, null lines, entities, spaces; skips unresolved references', () => {
    expect(s.sites).toEqual([
      { id: '2020-A01234-56-0-site', addressLines: [], city: 'Valenciennes' },
      { id: '2020-A01234-56-1-site', name: 'Clinique & Maternité du Parc', addressLines: ['12 rue du Parc'], city: 'Lyon' },
    ]);
  });
  it('cleans the summary (entities, <br/>, trailing blank lines) and keeps an unparsable end date raw', () => {
    expect(s.summary).toBe('Ligne 1 : résumé\nLigne 2 – fin');
    expect(s.recruitmentPeriod).toEqual({ endRaw: 'fin 2025' });
    expect(s.lastUpdated).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('malformed entries', () => {
  it('skip each one with a problem and keep the good study', () => {
    const { studies, problems } = normalisePage(loadResources('malformed-page.json'));
    expect(studies.map((x) => x.study.id)).toEqual(['2022-A00001-01']);
    expect(studies[0].study.recruitment).toBe('termine');
    expect(studies[0].study.eligibility.plannedParticipants).toBe(10);
    expect(problems).toHaveLength(8);
    expect(problems).toContainEqual(expect.objectContaining({ resourceType: 'OperationOutcome', id: 'oo-1' }));
    for (const p of problems) expect(p.message).toMatch(/ignorée/);
  });
  it('survive a page that is not an array', () => {
    expect(normalisePage(null as unknown as unknown[])).toEqual({ studies: [], problems: [] });
  });
  it('never make toStudy throw whatever a field holds', () => {
    const base = loadResources('jarde-current.json');
    const rs = base[0] as Record<string, unknown>;
    const junk: unknown[] = [null, 'texte', 42, true, [], [null, 'x', 3], { coding: 'x', extension: [null] }];
    for (const key of Object.keys(rs)) {
      if (key === 'id') continue;
      for (const value of junk) {
        const raw = { researchStudy: { ...rs, [key]: value } as unknown as ResearchStudy, group: base[1] as Group,
          locations: [base[2], null, 'x'] as unknown as Location[], organizations: [] };
        expect(() => toStudy(raw), `${key}=${JSON.stringify(value)}`).not.toThrow();
      }
    }
    for (const value of junk) {
      expect(() => toStudy({ researchStudy: rs as unknown as ResearchStudy, group: value as Group, locations: value as Location[], organizations: value as [] })).not.toThrow();
    }
  });
  it('make toStudy throw only without a usable id, and normalisePage report it', () => {
    expect(() => study(minimal({ id: undefined }))).toThrow();
    expect(() => study(minimal({ id: '  ' }))).toThrow();
    expect(() => toStudy({ researchStudy: null as unknown as ResearchStudy, locations: [], organizations: [] })).toThrow();
  });
});

describe('rules on small inputs', () => {
  it('derives recruitment from the status only when it settles it', () => {
    // temporarily-closed-to-accrual was 'inconnu' before the « suspendu » state existed.
    const cases: [string | undefined, string][] = [['completed', 'termine'], ['administratively-completed', 'termine'],
      ['withdrawn', 'termine'], ['approved', 'a-venir'], ['active', 'inconnu'], ['temporarily-closed-to-accrual', 'suspendu'],
      [undefined, 'inconnu']];
    for (const [status, expected] of cases) {
      expect(study(minimal({ status: status as ResearchStudy['status'] })).recruitment, String(status)).toBe(expected);
    }
  });
  it('bounds the recruitment extension by the status (the most conservative reading), and falls back on unknown codes', () => {
    const ext = (code: string) => [{ url: `${SD}eclaire-recruitment-status`, valueCodeableConcept: { coding: [{ code }] } }];
    // Was 'ouvert' (the extension won): a completed study is never recruiting.
    expect(study(minimal({ status: 'completed', extension: ext('recruiting') })).recruitment).toBe('termine');
    expect(study(minimal({ status: 'active', extension: ext('recruiting') })).recruitment).toBe('ouvert');
    expect(study(minimal({ status: 'active', extension: ext('completed-recruiting') })).recruitment).toBe('termine');
    const unknown = study(minimal({ status: 'completed', extension: ext('paused') }));
    expect([unknown.recruitment, unknown.recruitmentCode]).toEqual(['termine', 'paused']);
  });
  it('maps 2023 display-only codings for every regime', () => {
    const cat = (reg: string, prec: string) => minimal({ category: [
      { coding: [{ display: reg }], text: 'Regulation Code' }, { coding: [{ display: prec }], text: 'Reglementation Precision' }] });
    expect(study(cat('REG745', 'IC-Cas 1'))).toMatchObject({ regulation: 'dispositif', precision: { code: 'IC-Cas-1' } });
    expect(study(cat('REG746', 'EP-Cas 3'))).toMatchObject({ regulation: 'diagnostic', precision: { code: 'EP-Cas-3' } });
    expect(study(cat('REG536', 'un essai clinique'))).toMatchObject({ regulation: 'medicament', precision: { code: 'study-ctis' } });
    expect(study(cat('JARDE', 'Catégorie 2'))).toMatchObject({ regulation: 'jarde', jardeCategory: 2 });
    expect(study(cat('JARDE', 'Dérogation à l’obligation d’information')).jardeCategory).toBeUndefined();
    expect(study(cat('JARDE', 'Catégorie 3 questionnaire')).jardeCategory).toBe(3);
    // Unknown display: kept raw, regime unknown
    expect(study(cat('REG999', 'Autre'))).toMatchObject({ regulation: 'inconnu', regulationCode: 'REG999' });
  });
  it('derives the regime from the precision when the regulation coding is missing', () => {
    const s = study(minimal({ category: [{ coding: [{ code: 'cat2-jarde', system: `${CS}eclaire-reglementation-precision-code-system` }] }] }));
    expect(s).toMatchObject({ regulation: 'jarde', jardeCategory: 2 });
  });
  it('matches every associatedParty URL vintage by suffix, and ignores meaningless sponsor displays', () => {
    for (const url of ['https://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
      'http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty',
      'https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition-eclaire-associated-party-r5.html']) {
      const s = study(minimal({ extension: [{ url, extension: [{ url: 'name', valueString: 'CHU de Nantes' }] }] }));
      expect(s.sponsor, url).toBe('CHU de Nantes');
    }
    expect(study(minimal({ sponsor: { reference: 'Organization/x-primary-sponsor', display: 'Reference to primary sponsor' } })).sponsor).toBeUndefined();
    expect(study(minimal({ sponsor: { reference: 'Organization/x-primary-sponsor', display: 'AP-HP' } })).sponsor).toBe('AP-HP');
  });
  it('reads label extensions of every vintage (eclaire-label, extension-ResearchStudy.label, eclaire-label-r5)', () => {
    const label = (url: string, value: string, type: string) => ({ url, extension: [
      { url: 'value', valueString: value }, { url: 'type', valueCodeableConcept: { coding: [{ code: type }] } }] });
    const s = study(minimal({ extension: [
      label('http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.label', 'Étude MARCHE', 'human-use'),
      label(`${SD}eclaire-label-r5`, 'MARCHE', 'acronym'),
      label(`${SD}eclaire-label-r5`, 'INDISPONIBLE', 'human-use'),
      label(`${SD}eclaire-label`, 'Étude MARCHE', 'short-title'),
    ] }));
    expect([s.acronym, s.labels]).toEqual(['MARCHE', ['Étude MARCHE']]);
  });
  it('assigns untyped legacy contacts: first scientific, second public', () => {
    const s = study(minimal({ contact: [{ name: 'Promoteur SA' }, { telecom: [{ system: 'email', value: 'public@example.org' }] }] }));
    expect(s.contacts).toEqual({ scientific: { organisation: 'Promoteur SA' }, public: { email: 'public@example.org' } });
  });
  it('does not swap a contact address whose country is already a country', () => {
    const addr = (city: string, country: string) => minimal({ contact: [{ extension: [
      { url: `${SD}eclaire-contact-address`, valueAddress: { city, country } },
      { url: `${SD}eclaire-contact-type`, valueCodeableConcept: { coding: [{ code: 'SCI' }] } }] }] });
    expect(study(addr('Luxembourg', 'Luxembourg')).contacts.scientific?.address).toEqual({ lines: [], city: 'Luxembourg', country: 'Luxembourg' });
    expect(study(addr('Germany', 'München')).contacts.scientific?.address).toEqual({ lines: [], city: 'München', country: 'Allemagne' });
    expect(study(addr('Paris', 'FR')).contacts.scientific?.address).toEqual({ lines: [], city: 'Paris', country: 'France' });
  });
  it('reads criteria whose kind is only in code.text (2025-12 → 2026-03)', () => {
    const g = { resourceType: 'Group', id: 'g', actual: true, type: 'person', characteristic: [
      { code: { coding: [{ code: 'grp-other' }], text: 'judgement-criteria' }, exclude: true, valueCodeableConcept: { coding: [{ display: 'Qualité de vie' }] } },
    ] } as unknown as Group;
    expect(study(minimal(), { group: g }).outcomes).toEqual([{ text: 'Qualité de vie', primary: false }]);
  });
  it('moves a Ref CPP line but keeps a one-line title that merely starts like one', () => {
    expect(study(minimal({ title: 'Ref CPP: 21.01234\n Étude X ' }))).toMatchObject({ title: 'Étude X', refCpp: '21.01234' });
    expect(study(minimal({ title: 'Ref CPP: 21.01234\n\n' }))).toMatchObject({ title: '2024-A00001-01', titleMissing: true, refCpp: '21.01234' });
    expect(study(minimal({ title: 'Ligne 1\nLigne 2' })).title).toBe('Ligne 1 Ligne 2');
    const oneLine = study(minimal({ title: 'Ref CPP: 21.01 Étude sur une ligne' }));
    expect([oneLine.title, oneLine.refCpp]).toEqual(['Ref CPP: 21.01 Étude sur une ligne', undefined]);
  });
  it('normalises a large page without quadratic grouping mistakes', () => {
    const resources: unknown[] = [];
    for (let i = 0; i < 500; i++) {
      const id = `2024-A${String(i).padStart(5, '0')}-01`;
      resources.push(minimal({ id, site: [{ reference: `Location/${id}-0-site` }] }));
    }
    for (let i = 499; i >= 0; i--) {
      const id = `2024-A${String(i).padStart(5, '0')}-01`;
      resources.push({ resourceType: 'Location', id: `${id}-0-site`, address: { city: `Ville ${i}` } });
    }
    const { studies, problems } = normalisePage(resources);
    expect(problems).toEqual([]);
    expect(studies).toHaveLength(500);
    expect(studies[123].study.sites[0].city).toBe('Ville 123');
  });
});

describe('parseUpstreamDate', () => {
  it.each([
    ['2024-12-31', '2024-12-31'], ['2023-05-01T00:00:00.000Z', '2023-05-01'], ['31/12/2024', '2024-12-31'],
    ['1/2/2025', '2025-02-01'], ['31-12-2024', '2024-12-31'], ['2024/12/31', '2024-12-31'],
    ['31/02/2024', undefined], ['fin 2025', undefined], ['', undefined], ['2024-13-01', undefined],
  ])('%j → %j', (raw, expected) => expect(parseUpstreamDate(raw)).toBe(expected));
});

describe('isDemoResource', () => {
  it('recognises the demo tag only', () => {
    expect(isDemoResource({ meta: { tag: [DEMO_TAG] } })).toBe(true);
    expect(isDemoResource({ meta: { tag: [{ system: 'x', code: 'demo' }, { ...DEMO_TAG, display: undefined }] } })).toBe(true);
    expect(isDemoResource({ meta: { tag: [{ system: DEMO_TAG.system, code: 'real' }] } })).toBe(false);
    expect(isDemoResource({})).toBe(false);
    expect(isDemoResource({ meta: { tag: 'x' as unknown as [] } })).toBe(false);
  });
});
