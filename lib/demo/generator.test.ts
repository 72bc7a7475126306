import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import communes from '@etalab/decoupage-administratif/data/communes.json';
import departements from '@etalab/decoupage-administratif/data/departements.json';
import type { Extension, GroupCharacteristic, Location, ResearchStudy } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONDITIONS } from './conditions';
import { demoDatasetPages, removeOldDemoCaches } from './dataset';
import { ESTABLISHMENTS, REGIONS } from './establishments';
import { DEFAULT_DEMO_SEED, DEMO_ORGANIZATIONS, generateDemoRecords } from './generator';
import { readNarrativeItem, summariseStatusCases } from './status-cases';
import { SYSTEMS } from '@/lib/eclaire/code-systems';
import { DEMO_TAG } from '@/lib/eclaire/provenance';
import type { DemoRecord } from './types';

const N = 3000;
let records: DemoRecord[];

beforeAll(() => {
  records = generateDemoRecords({ count: N });
});

const reg = (s: ResearchStudy) => s.category?.[0]?.coding?.[0]?.code;
const ext = (s: ResearchStudy, suffix: string): Extension | undefined => s.extension?.find((e) => e.url.endsWith(suffix));
const share = (pred: (r: DemoRecord) => boolean) => records.filter(pred).length / records.length;
const allLocations = (): Location[] => records.flatMap((r) => r.locations);

const DEPT_REGION = new Map(departements.map((d: { code: string; region: string }) => [d.code, d.region]));
function regionOfPostcode(pc: string): string | undefined {
  if (pc.startsWith('97')) return DEPT_REGION.get(pc.slice(0, 3));
  if (pc.startsWith('20')) return '94';
  return DEPT_REGION.get(pc.slice(0, 2));
}

describe('generateDemoRecords: determinism', () => {
  it('gives identical JSON for the same seed, and record i whatever the count', () => {
    const a = generateDemoRecords({ count: 300, seed: 7 });
    const b = generateDemoRecords({ count: 300, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const small = generateDemoRecords({ count: 40, seed: 7 });
    expect(JSON.stringify(small)).toBe(JSON.stringify(a.slice(0, 40)));
    expect(JSON.stringify(records.slice(0, 300))).toBe(JSON.stringify(generateDemoRecords({ count: 300, seed: DEFAULT_DEMO_SEED })));
  });

  it('differs with another seed', () => {
    const a = generateDemoRecords({ count: 20, seed: 1 });
    const b = generateDemoRecords({ count: 20, seed: 2 });
    expect(a.map((r) => r.study.title)).not.toEqual(b.map((r) => r.study.title));
  });

  it('handles count 0', () => {
    expect(generateDemoRecords({ count: 0 })).toEqual([]);
  });
});

describe('generateDemoRecords: ids and references', () => {
  it('has unique ids in the real formats, year 2099', () => {
    const ids = new Set<string>();
    for (const { study, group, locations } of records) {
      for (const id of [study.id!, group.id!, ...locations.map((l) => l.id!)]) {
        expect(ids.has(id), id).toBe(false);
        ids.add(id);
      }
      const code = reg(study);
      if (code === 'REG536') expect(study.id).toMatch(/^2099-5\d{5}-\d{2}-00$/);
      else expect(study.id).toMatch(/^2099-(A\d{5}|\d{6})-\d{2}$/);
    }
    expect(records.some((r) => /^2099-\d{6}-\d{2}$/.test(r.study.id!))).toBe(true);
  });

  it('keeps study ↔ group ↔ locations references consistent (§3.2)', () => {
    for (const { study, group, locations } of records) {
      expect(group.id).toBe(`${study.id}-enrollment-group`);
      expect(study.enrollment).toEqual([
        { reference: `Group/${group.id}`, type: 'Group', display: 'Reference to group detailing study characteristics' },
      ]);
      expect((study.site ?? []).map((s) => s.reference)).toEqual(locations.map((l) => `Location/${l.id}`));
      for (const s of study.site ?? []) expect(s).toMatchObject({ type: 'Location', display: 'Reference to site' });
      expect(locations.length).toBeGreaterThanOrEqual(1);
      expect(locations.length).toBeLessThanOrEqual(40);
      const idx = locations.map((l) => Number(new RegExp(`^${study.id}-(\\d+)-site$`).exec(l.id!)?.[1]));
      idx.forEach((v, k) => {
        expect(Number.isInteger(v)).toBe(true);
        if (k > 0) expect(v).toBeGreaterThan(idx[k - 1]);
      });
      expect(locations.every((l) => l.identifier?.[0]?.value === l.id)).toBe(true);
    }
    // Source-index gaps exist (positional ids, §3.5).
    expect(records.some((r) => r.locations.some((l, k) => !l.id!.endsWith(`-${k}-site`)))).toBe(true);
  });

  it('uses the right primary assigner, and a few 2023-style identifiers', () => {
    let old = 0;
    for (const { study } of records) {
      const [first, second] = study.identifier!;
      const expected = reg(study) === 'REG536' ? 'Organization/ctis' : 'Organization/ansm';
      if (first.value === 'INDISPONIBLE') {
        old++;
        expect(second).toMatchObject({ use: 'secondary', value: study.id });
      } else {
        expect(first).toMatchObject({ use: 'official', value: study.id, assigner: { reference: expected } });
      }
    }
    expect(old).toBeGreaterThan(0);
    expect(old / N).toBeLessThan(0.03);
  });

  it('exports the three assigner organizations', () => {
    expect(DEMO_ORGANIZATIONS.map((o) => o.id)).toEqual(['ansm', 'ctis', 'eudract']);
    expect(DEMO_ORGANIZATIONS[0].telecom).toEqual([{ system: 'url', use: 'work', value: 'https://ansm.sante.fr' }]);
  });
});

describe('generateDemoRecords: mix', () => {
  it('follows the regulation mix within tolerance', () => {
    expect(share((r) => reg(r.study) === 'JARDE')).toBeCloseTo(0.55, 1);
    expect(Math.abs(share((r) => reg(r.study) === 'REG536') - 0.3)).toBeLessThan(0.03);
    expect(Math.abs(share((r) => reg(r.study) === 'REG745') - 0.1)).toBeLessThan(0.02);
    expect(Math.abs(share((r) => reg(r.study) === 'REG746') - 0.05)).toBeLessThan(0.015);
  });

  it('follows the recruitment mix within tolerance', () => {
    const rec = (r: DemoRecord) =>
      ext(r.study, 'eclaire-recruitment-status')?.valueCodeableConcept?.coding?.[0]?.code ?? 'none';
    expect(Math.abs(share((r) => rec(r) === 'recruiting') - 0.35)).toBeLessThan(0.04);
    expect(Math.abs(share((r) => rec(r) === 'upcoming') - 0.1)).toBeLessThan(0.03);
    expect(share((r) => rec(r) === 'none')).toBeGreaterThan(0.1);
    expect(share((r) => r.study.status === undefined)).toBeGreaterThan(0);
  });

  it('has healthy volunteers, several age ranges, sexes and site counts', () => {
    const cat = (r: DemoRecord) =>
      r.group.characteristic?.find((c) => c.code.coding?.[0]?.code === 'grp-category')?.valueCodeableConcept?.coding?.[0]?.display;
    expect(Math.abs(share((r) => cat(r) === 'Volontaire sain') - 0.08)).toBeLessThan(0.03);
    expect(share((r) => r.group.characteristic!.some((c) => c.valueRange?.high?.value === 17))).toBeGreaterThan(0.03);
    expect(share((r) => r.group.characteristic!.some((c) => c.valueRange && !c.valueRange.high))).toBeGreaterThan(0.3);
    expect(share((r) => r.locations.length <= 8)).toBeGreaterThan(0.8);
    expect(share((r) => r.locations.length > 10)).toBeGreaterThan(0);
  });

  it('places sites in all 18 regions, overseas included', () => {
    const regions = new Set<string>();
    for (const l of allLocations()) {
      const pc = l.address?.postalCode;
      if (pc) regions.add(regionOfPostcode(pc)!);
    }
    expect([...regions].sort()).toEqual(Object.keys(REGIONS).sort());
  });

  it('has ~15% English CTIS titles and French titles elsewhere', () => {
    const ctis = records.filter((r) => reg(r.study) === 'REG536' && r.study.title);
    const english = ctis.filter((r) => /\b(Study|Participants|Patients With)\b/.test(r.study.title!)).length / ctis.length;
    expect(english).toBeGreaterThan(0.1);
    expect(english).toBeLessThan(0.2);
  });
});

describe('generateDemoRecords: shape (CONTRACT §3, §4)', () => {
  it('tags every resource and keeps meta as the real API', () => {
    for (const { study, group, locations } of records) {
      for (const res of [study, group, ...locations]) expect(res.meta?.tag).toEqual([DEMO_TAG]);
      expect(study.meta?.profile).toEqual(['https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/eclaire-researchstudy']);
      expect(study.meta?.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      // A few narratives have no list at all (hostile case, see status tests).
      expect(study.text?.div).toMatch(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"><h2>Données reçues avant modélisation FHIR<\/h2>(<ul><li> reglementation_code: |<\/div>$)/);
      // Ten items with the criteria and the summary (was five items and < 1500 before they were added).
      expect(study.text!.div.length).toBeLessThan(2500);
    }
  });

  it('uses the ECLAIRE code systems and extension order', () => {
    const order = ['eclaire-therapeutic-area', 'eclaire-recruitment-period', 'descriptionSummary', 'ssociatedParty|associated-party', 'eclaire-recruitment-status'];
    const phaseCodes = new Set<string>();
    for (const { study } of records) {
      expect(study.category![0].coding![0]).toMatchObject({ system: SYSTEMS.regulation, version: '0.3.0' });
      const precision = study.category![1].coding![0];
      expect(precision.system).toBe(SYSTEMS.precision);
      const code = reg(study)!;
      const prefix = { JARDE: /-jarde$/, REG536: /-ctis$/, REG745: /^IC-Cas-/, REG746: /^EP-Cas-/ }[code];
      expect(precision.code).toMatch(prefix!);
      const positions = study.extension!.map((e) => order.findIndex((o) => new RegExp(o).test(e.url)));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort()).toEqual(positions);
      const party = ext(study, 'ssociatedParty') ?? study.extension!.find((e) => e.url.endsWith('associated-party-r5.html'));
      expect(party?.extension?.map((e) => e.url)).toEqual(['name', 'role', 'party']);
      const phase = study.phase?.coding?.[0];
      if (phase) phaseCodes.add(`${phase.system}|${phase.code}`);
      if (code === 'REG536') {
        expect(study.condition?.[0].id).toBe(`disease-condition-${study.id}`);
        expect(study.condition!.slice(1).every((c) => c.coding?.[0].system === SYSTEMS.meddra && /^\d{8}$/.test(c.coding[0].code!))).toBe(true);
        expect(study.location?.[0].coding?.[0]).toEqual({ code: 'FR', display: 'France', system: 'urn:iso:std:iso:3166', version: '4.0.1' });
        expect(phase).toBeDefined();
      } else {
        expect(study.condition).toBeUndefined();
        expect(study.location).toBeUndefined();
        if (code !== 'JARDE') expect([undefined, 'n-a']).toContain(phase?.code);
      }
      if (study.description) expect(study.description).toMatch(/^La durée de participation est de: \d+ mois$/);
    }
    const current = [...phaseCodes].filter((p) => p.startsWith(SYSTEMS.phaseSource)).map((p) => p.split('|')[1]);
    expect(current).toEqual(expect.arrayContaining(['phase-I-first-admin', 'phase-II', 'phase-III', 'phase-IV', 'jarde-early']));
    expect([...phaseCodes].some((p) => p === `${SYSTEMS.phaseHl7}|phase-3`)).toBe(true);
  });

  it('builds contacts as §3.3 with fictional e-mails and phones', () => {
    for (const { study, locations } of records) {
      const types = study.contact!.map((c) => ext(c as ResearchStudy, 'eclaire-contact-type')?.valueCodeableConcept?.coding?.[0]?.code);
      expect(types[0]).toBe('SCI');
      expect(types.slice(1).every((t) => t === 'PUB')).toBe(true);
      const telecoms = [...study.contact!.flatMap((c) => c.telecom ?? []), ...locations.flatMap((l) => l.telecom ?? [])];
      for (const t of telecoms) {
        if (t.system === 'email') expect(t.value).toMatch(/@example\.(org|fr)$/);
        if (t.system === 'phone') expect(t.value).toMatch(/^(01 99 00 \d\d \d\d|\+33 ?1 ?99 ?00 ?\d\d ?\d\d)$/);
      }
      if (reg(study) !== 'REG536') expect(study.contact![0].telecom!.some((t) => t.system === 'phone')).toBe(false);
    }
  });

  it('builds groups as §3.4', () => {
    const kinds = new Set(['grp-gender', 'grp-age', 'grp-category', 'grp-studypop', 'grp-other']);
    for (const { group, study } of records) {
      expect(group).toMatchObject({ resourceType: 'Group', actual: true, type: 'person' });
      for (const c of group.characteristic!) {
        expect(kinds.has(c.code.coding![0].code!)).toBe(true);
        expect(c.code.coding![0].system).toBe(SYSTEMS.characteristicKind);
      }
      const pop = group.characteristic!.find((c) => c.code.coding![0].code === 'grp-studypop') as { description?: string } | undefined;
      if (reg(study) !== 'REG536') expect(pop?.description).toBe('vulnerable_population');
      const others = group.characteristic!.filter((c) => c.code.coding![0].code === 'grp-other') as { description?: string }[];
      expect(others.length).toBeGreaterThanOrEqual(4);
      // Every criterion has its description, or none has (documents built before 2025-12-09).
      const descs = others.map((c) => c.description);
      if (descs.some((d) => d !== undefined)) {
        expect(descs).toContain('eligibility-criteria');
        expect(descs).toContain('judgement-criteria');
      } else {
        expect(descs.every((d) => d === undefined)).toBe(true);
      }
    }
  });
});

describe('generateDemoRecords: quirks (CONTRACT §5)', () => {
  const rate = (n: number, of: number) => n / of;
  const check = (label: string, n: number, of: number, max = 0.1) => {
    expect(n, label).toBeGreaterThan(0);
    expect(rate(n, of), label).toBeLessThan(max);
  };

  it('occur at low, non-zero rates', () => {
    const studies = records.map((r) => r.study);
    const locs = allLocations();
    check('leading/trailing spaces', studies.filter((s) => s.title && s.title !== s.title.trim()).length, N);
    check('Ref CPP', studies.filter((s) => /^Ref CPP: \d\d\.\d\d\.\d\d\n/.test(s.title ?? '')).length, N);
    check('entities', studies.filter((s) => /&(amp|eacute|ndash|auml);/.test(s.title ?? '')).length, N);
    check('all caps', studies.filter((s) => s.title && s.title.length > 20 && s.title === s.title.toUpperCase()).length, N);
    check('empty or absent title', studies.filter((s) => !s.title).length, N, 0.02);
    check('legacy associatedParty', studies.filter((s) => s.extension!.some((e) => /^http:\/\/hl7|associated-party-r5\.html$/.test(e.url))).length, N);
    check(
      'swapped city/country',
      studies.filter((s) => ext(s.contact![0] as ResearchStudy, 'eclaire-contact-address')?.valueAddress?.city === 'France').length,
      N,
    );
    check('null contact line', studies.filter((s) => ext(s.contact![0] as ResearchStudy, 'eclaire-contact-address')?.valueAddress?.line?.[0] === null).length, N);
    check(
      'legacy recruiting for pending',
      studies.filter((s) => {
        const c = ext(s, 'eclaire-recruitment-status')?.valueCodeableConcept?.coding?.[0];
        return c?.version === '0.3.0' && c.code === 'recruiting' && s.text!.div.includes('<li> statut_recrutement: Recrutement en attente </li>');
      }).length,
      N,
    );
    check('Donnée non disponible', locs.filter((l) => l.name === 'Donnée non disponible').length, locs.length);
    check('INDISPONIBLE', locs.filter((l) => l.name === 'INDISPONIBLE').length, locs.length);
    check('missing postcode', locs.filter((l) => !l.address?.postalCode).length, locs.length);
    check('null service line', locs.filter((l) => l.address?.line?.[1] === null).length, locs.length, 0.15);
    check('empty service line', locs.filter((l) => l.address?.line?.[1] === '').length, locs.length);
    check('CEDEX', locs.filter((l) => /CEDEX/.test(l.address?.city ?? '')).length, locs.length);
    check('upper-case city without hyphens', locs.filter((l) => l.address?.city === 'SAINT ETIENNE' || /^[A-Z ]{4,}$/.test(l.address?.city ?? '')).length, locs.length);
    // Arrondissement postcodes and homonymous communes.
    expect(locs.some((l) => /^750(0[1-9]|1\d|20)$/.test(l.address?.postalCode ?? ''))).toBe(true);
    expect(locs.some((l) => /^6900[1-9]$/.test(l.address?.postalCode ?? ''))).toBe(true);
    expect(locs.some((l) => /^130(0[1-9]|1[0-6])$/.test(l.address?.postalCode ?? ''))).toBe(true);
    const saintDenis = new Set(locs.filter((l) => /^saint[- ]denis$/i.test(l.address?.city ?? '')).map((l) => l.address?.postalCode?.slice(0, 2)));
    expect(saintDenis.has('93') && saintDenis.has('97')).toBe(true);
  });
});

describe('generateDemoRecords: status reality (CONTRACT §4.3–4.5, §3.8, §7.4)', () => {
  /** §4.5, written out here rather than imported, so that the generator is checked against the contract. */
  const STATUS_BY_ETAT: Record<string, string | undefined> = {
    A_DEMARRER: 'approved', EN_COURS: 'active', SUSPENDUE: 'temporarily-closed-to-accrual', PROROGEE: 'approved',
    EXPIREE: 'withdrawn', TERMINEE: 'completed', TERMINEE_ANTICIPEE: 'administratively-completed',
    ARCHIVEE: 'completed', ABANDONNEE: 'withdrawn',
  };
  const ITEMS = [
    'reglementation_code', 'precision_reglementation', 'etat', 'titre', 'historique',
    'date_theorique_maximale_autorisation_cpp', 'criteres_eligibilite', 'criteres_jugement', 'resume', 'statut_recrutement',
  ];
  const recruitmentCoding = (s: ResearchStudy) => ext(s, 'eclaire-recruitment-status')?.valueCodeableConcept?.coding?.[0];
  const withList = () => records.filter((r) => r.study.text!.div.includes('<li>'));
  /** The parse rule documented in narrative.ts: items split before `Titre: `, type after the last ` - Type: `. */
  const parseCriteria = (value: string) =>
    value === ''
      ? []
      : value.split(/,(?=Titre: )/).map((item) => {
          const at = item.lastIndexOf(' - Type: ');
          return { titre: item.slice('Titre: '.length, at), type: item.slice(at + ' - Type: '.length) };
        });

  it('has every status case at its chosen rate (share of 3,000 studies)', () => {
    const { studies, cases } = summariseStatusCases(records);
    expect(studies).toBe(N);
    const bands: [keyof typeof cases, number, number][] = [
      ['recruitingButSuspended', 0.004, 0.02],
      ['recruitingButCompleted', 0.009, 0.03],
      ['recruitingButAdministrativelyCompleted', 0.002, 0.015],
      ['recruitingButWithdrawn', 0.004, 0.02],
      ['etatProrogee', 0.015, 0.04],
      ['etatExpiree', 0.009, 0.03],
      ['noStatus', 0.002, 0.015],
      ['legacyPendingRecruiting', 0.008, 0.03],
      ['legacyCriteria', 0.04, 0.09],
      ['submissionFallback', 0.01, 0.04],
      ['ctisFixedFallback', 0.006, 0.025],
      ['futureLastUpdated', 0.002, 0.015],
      ['narrativeNullCriterion', 0.003, 0.02],
      ['narrativeLiInValue', 0.001, 0.012],
      ['narrativeWithoutList', 0.0005, 0.01],
    ];
    for (const [name, low, high] of bands) {
      expect(cases[name] / N, name).toBeGreaterThanOrEqual(low);
      expect(cases[name] / N, name).toBeLessThanOrEqual(high);
    }
    // Most studies are consistent: a recruiting flag sits on an active or approved study 85 % of the time or more.
    const recruiting = records.filter((r) => recruitmentCoding(r.study)?.code === 'recruiting');
    expect(recruiting.filter((r) => ['active', 'approved'].includes(r.study.status!)).length / recruiting.length).toBeGreaterThan(0.85);
  });

  it('writes the narrative items in the API order, etat third, and the status §4.5 maps from it', () => {
    for (const { study } of withList()) {
      const div = study.text!.div;
      const names = [...div.matchAll(/<li> ([a-z_]+): /g)].map((m) => m[1]).filter((n) => ITEMS.includes(n));
      expect(names, study.id).toEqual(ITEMS);
      const etat = readNarrativeItem(div, 'etat')!;
      expect(div).toContain(`<li> reglementation_code: ${reg(study)} </li><li> precision_reglementation: `);
      expect(study.status).toBe(STATUS_BY_ETAT[etat]);
    }
    expect(records.some((r) => r.study.text!.div.includes('</li><li> etat: PROROGEE </li>') && r.study.status === 'approved')).toBe(true);
    expect(records.some((r) => r.study.text!.div.includes('</li><li> etat: EXPIREE </li>') && r.study.status === 'withdrawn')).toBe(true);
    expect(records.some((r) => r.study.text!.div.includes('<li> etat: null </li>') && r.study.status === undefined)).toBe(true);
  });

  it('keeps the raw statut_recrutement consistent with the flag, « en attente » as recruiting only in old documents', () => {
    for (const { study } of withList()) {
      const statut = readNarrativeItem(study.text!.div, 'statut_recrutement');
      const c = recruitmentCoding(study);
      const expected: Record<string, string[]> = {
        recruiting: c?.version === '0.3.0' ? ['Recrutement ouvert', 'Recrutement en attente'] : ['Recrutement ouvert'],
        upcoming: ['Recrutement en attente'],
        'completed-recruiting': ['Recrutement fermé'],
        none: ['null', 'undefined'],
      };
      expect(expected[c?.code ?? 'none'], study.id).toContain(statut);
    }
  });

  it('dates meta.lastUpdated from historique, or else from the fallback date (CTIS 2023-03-15)', () => {
    let future = 0;
    for (const { study } of withList()) {
      const div = study.text!.div;
      const historique = readNarrativeItem(div, 'historique')!;
      const theoretical = readNarrativeItem(div, 'date_theorique_maximale_autorisation_cpp')!;
      const lastUpdated = study.meta!.lastUpdated!.slice(0, 10);
      if (reg(study) === 'REG536') expect(theoretical).toBe('2023-03-15');
      if (historique === 'undefined') {
        expect(lastUpdated).toBe(theoretical);
      } else {
        const days = historique.split(', ').map((h) => h.split(':')[0]).sort();
        expect(lastUpdated).toBe(days[days.length - 1]);
        expect(lastUpdated <= '2026-06-01').toBe(true);
      }
      if (lastUpdated > '2026-06-01') future++;
    }
    expect(future).toBeGreaterThan(0);
  });

  it('builds the Group criteria from the narrative lists, in order; legacy documents lose description and the outcome flag', () => {
    let legacy = 0;
    for (const { study, group } of withList()) {
      const div = study.text!.div;
      const eligibility = parseCriteria(readNarrativeItem(div, 'criteres_eligibilite')!);
      const judgement = parseCriteria(readNarrativeItem(div, 'criteres_jugement')!);
      const source = [...eligibility.map((c) => ({ ...c, list: 'eligibility-criteria' })), ...judgement.map((c) => ({ ...c, list: 'judgement-criteria' }))]
        .filter((c) => !(c.titre === 'null' && c.type === 'null'));
      const others = group.characteristic!.filter((c) => c.code.coding![0].code === 'grp-other') as (GroupCharacteristic & { description?: string })[];
      expect(others.map((c) => c.valueCodeableConcept?.coding?.[0]?.display), study.id).toEqual(source.map((c) => c.titre));
      const isLegacy = others.every((c) => c.description === undefined);
      if (isLegacy) {
        legacy++;
        expect(others.map((c) => c.exclude)).toEqual(source.map((c) => c.type === 'EXCLUSION'));
        expect(study.meta!.lastUpdated! < '2025-12-09').toBe(true);
        const c = recruitmentCoding(study);
        if (c) expect(c).toMatchObject({ version: '0.3.0' });
        expect(c?.code).not.toBe('upcoming');
        expect(group.characteristic!.filter((x) => x.code.coding![0].code !== 'grp-studypop').every((x) => x.exclude !== undefined)).toBe(true);
      } else {
        expect(others.map((c) => c.description)).toEqual(source.map((c) => c.list));
        expect(others.map((c) => c.exclude)).toEqual(source.map((c) => c.type === 'EXCLUSION' || c.type === 'SECONDAIRE'));
      }
    }
    expect(legacy).toBeGreaterThan(0);
    // Primary and secondary outcomes look alike in legacy Groups: only the narrative tells them apart.
    expect(records.some((r) => r.study.text!.div.includes(' - Type: SECONDAIRE') && r.group.characteristic!.every((c) => !(c as { description?: string }).description))).toBe(true);
  });

  it('keeps documents built before 2025-12-18 in their old recruitment coding, dated before their build', () => {
    const old = records.filter((r) => recruitmentCoding(r.study)?.version === '0.3.0');
    expect(old.length).toBeGreaterThan(0);
    for (const { study } of old) expect(study.meta!.lastUpdated! < '2025-12-18').toBe(true);
  });

  it('has hostile narratives: no list, markup inside a value, empty criteria items, null and undefined values', () => {
    const divs = records.map((r) => r.study.text!.div);
    const bare = records.find((r) => !r.study.text!.div.includes('<li>'))!;
    expect(bare.study.text!.div).toBe('<div xmlns="http://www.w3.org/1999/xhtml"><h2>Données reçues avant modélisation FHIR</h2></div>');
    expect(bare.group.text).toEqual(bare.study.text);
    expect(divs.some((d) => /<li> resume: [^<]*(<br>)?[^<]*<ul><li>.*<\/li><\/ul> <\/li>/.test(d))).toBe(true);
    expect(divs.some((d) => d.includes('<li> criteres_eligibilite: Titre: null - Type: null,Titre: '))).toBe(true);
    expect(divs.some((d) => d.includes('<li> titre: null </li>'))).toBe(true);
    expect(divs.some((d) => d.includes('<li> statut_recrutement: null </li>'))).toBe(true);
    expect(divs.some((d) => d.includes('<li> statut_recrutement: undefined </li>'))).toBe(true);
    expect(divs.some((d) => d.includes('<li> historique: undefined </li>'))).toBe(true);
  });
});

describe('reference tables', () => {
  it('lists ≥120 real establishments whose postcode belongs to their commune and region', () => {
    expect(ESTABLISHMENTS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(ESTABLISHMENTS.map((e) => e.regionCode))).toEqual(new Set(Object.keys(REGIONS)));
    const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').toLowerCase();
    type Commune = { nom: string; type: string; region?: string; codesPostaux?: string[] };
    const byName = new Map<string, Commune[]>();
    for (const c of communes as Commune[]) {
      if (c.type !== 'commune-actuelle') continue;
      byName.set(norm(c.nom), [...(byName.get(norm(c.nom)) ?? []), c]);
    }
    for (const e of ESTABLISHMENTS) {
      const ok = (byName.get(norm(e.city)) ?? []).some((c) => c.region === e.regionCode && c.codesPostaux?.includes(e.postcode));
      expect(ok, `${e.name} ${e.postcode} ${e.city}`).toBe(true);
    }
    expect(new Set(ESTABLISHMENTS.map((e) => e.kind))).toEqual(new Set(['chu', 'chr', 'ch', 'clcc', 'clinique', 'espic']));
  });

  it('lists ≥100 conditions with distinct MedDRA-like codes', () => {
    expect(DEMO_CONDITIONS.length).toBeGreaterThanOrEqual(100);
    const codes = DEMO_CONDITIONS.map((c) => c.meddra.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^100\d{5}$/.test(c))).toBe(true);
  });
});

describe('demoDatasetPages', () => {
  it('gives the dataset page by page, the same records as generating it whole', () => {
    const pages = [...demoDatasetPages(450, 5, 200)];
    expect(pages.map((p) => p.length)).toEqual([200, 200, 50]);
    expect(JSON.stringify(pages.flat())).toBe(JSON.stringify(generateDemoRecords({ count: 450, seed: 5 })));
    expect([...demoDatasetPages(0, 5, 200)]).toEqual([]);
  });

  it('is generated as it is read: no page exists before it is asked for', () => {
    const pages = demoDatasetPages(1_000_000, 5, 3);
    const first = pages.next();
    expect(first.done).toBe(false);
    expect(first.value).toHaveLength(3);
    expect(first.value![0].study.id).toBe(generateDemoRecords({ count: 1, seed: 5 })[0].study.id);
  });
});

describe('removeOldDemoCaches', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'phare-demo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the dataset files earlier versions cached, and nothing else', () => {
    for (const name of ['demo-20990101-12000.ndjson', 'demo-5-120.ndjson.123.456.tmp', 'demo.sqlite', 'mirror.sqlite', 'notes-demo-1-2.ndjson']) {
      writeFileSync(path.join(dir, name), 'x');
    }
    removeOldDemoCaches(dir);
    expect(readdirSync(dir).sort()).toEqual(['demo.sqlite', 'mirror.sqlite', 'notes-demo-1-2.ndjson']);
    // A data folder that does not exist yet: nothing to do.
    expect(() => removeOldDemoCaches(path.join(dir, 'absent'))).not.toThrow();
  });
});
