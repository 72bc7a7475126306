import type { ContactDetail, Extension, Identifier, Narrative, ResearchStudy } from 'fhir/r4';
import {
  COUNTRY_CODES,
  PARTY_ROLE_CODES,
  PHASE_LEGACY_CODES,
  PHASE_SOURCE_CODES,
  PRECISION_CODES,
  REGULATION_CODES,
  SYSTEMS,
} from '@/lib/eclaire/code-systems';
import { DEMO_TAG } from '@/lib/eclaire/provenance';
import { DEMO_CONDITIONS, capitalise, type DemoCondition } from './conditions';
import { frDate, isoDay, isoInstant } from './dates';
import { EXTENSION_URLS, OBJECTIVE_TYPE_SYSTEM, coding } from './fhir-parts';
import type { StudyBasics } from './identity';
import { pad } from './people';
import type { Rng } from './prng';
import { FHIR_STATUS_BY_ETAT, buildRecruitmentExtension, type StatusDraw } from './status';
import { EN_OBJECTIVES, EN_SUMMARIES, OBJECTIVES, SUMMARIES, fill } from './texts';

/** The ResearchStudy itself (CONTRACT §3.2): identifiers, extensions in ECLAIRE's order, then the assembly. */

/** Study quirk rates, per study (CONTRACT §3.8, §5.14, §5.15, §5.17). */
const Q = {
  /** Phase in the legacy HL7 system (documents before 2026-06-02); half this for `n-a` on non-CTIS studies. */
  legacyPhase: 0.04,
  /** An earlier associatedParty URL. */
  legacyParty: 0.04,
  /** `INDISPONIBLE` official identifier, the number as secondary (2023). */
  identifier2023: 0.006,
  /** The summary (and so the narrative's `resume`) holds an HTML `<ul><li>…</li></ul>` list. */
  summaryHtmlList: 0.005,
} as const;

/** Countries a CTIS trial may also run in (besides France). */
const COUNTRIES: readonly (keyof typeof COUNTRY_CODES)[] = ['DE', 'BE', 'ES', 'IT', 'NL', 'PL', 'PT', 'AT', 'DK', 'SE', 'CZ', 'GR', 'IE', 'HU', 'FI'];

const CONDITIONS_BY_AREA = new Map<string, DemoCondition[]>();
for (const c of DEMO_CONDITIONS) CONDITIONS_BY_AREA.set(c.area, [...(CONDITIONS_BY_AREA.get(c.area) ?? []), c]);

export function drawIdentifiers(r: Rng, b: StudyBasics): Identifier[] {
  const official: Identifier = {
    use: 'official',
    value: b.id,
    assigner: { reference: `Organization/${b.isCtis ? 'ctis' : 'ansm'}`, type: 'Organization', display: 'Reference to primary assigner' },
  };
  const identifier: Identifier[] = [];
  if (r.chance(Q.identifier2023)) {
    identifier.push({ use: 'official', value: 'INDISPONIBLE' }, { ...official, use: 'secondary' });
  } else {
    identifier.push(official);
  }
  if (r.chance(b.isCtis ? 0.25 : 0.05)) {
    identifier.push({
      use: 'secondary',
      system: 'https://clinicaltrials.gov',
      value: `NCT099${pad(b.index % 100000, 5)}`,
      assigner: { reference: 'Organization/ansm', type: 'Organization', display: 'Reference to secondary assigner' },
    });
  }
  return identifier;
}

/**
 * The summary (`resume`), as in the source: may contain `<br>` and URLs; rarely (Q.summaryHtmlList) a whole HTML
 * list, which puts `<li>…</li>` inside the narrative's `resume` value.
 */
export function drawSummary(r: Rng, b: StudyBasics): string {
  const summary = fill(r.pick(b.isCtis && r.chance(0.6) ? EN_SUMMARIES : SUMMARIES), b.vars);
  if (!r.chance(Q.summaryHtmlList)) return summary;
  return `${summary}<br>Objectifs :<ul><li>${fill(OBJECTIVES[0], b.vars)}</li><li>${fill(OBJECTIVES[2], b.vars)}</li></ul>`;
}

/** Extensions in ECLAIRE's order: therapeutic area, recruitment period, summary, associated party, recruitment status. */
export function drawExtensions(r: Rng, b: StudyBasics, s: StatusDraw, summary: string, sponsorName: string): Extension[] {
  const extension: Extension[] = [
    { url: EXTENSION_URLS.therapeuticArea, valueString: b.isCtis ? (b.english ? b.area.ctis : b.area.ctisFr) : b.area.fr },
    {
      url: EXTENSION_URLS.recruitmentPeriod,
      valuePeriod: {
        start: isoInstant(s.start),
        // Raw source format, deliberately not normalised (§3.2).
        end: r.chance(0.7) ? isoDay(s.end) : frDate(s.end),
      },
    },
    { url: EXTENSION_URLS.descriptionSummary, valueMarkdown: summary },
    {
      url: r.chance(Q.legacyParty) ? r.pick(EXTENSION_URLS.associatedPartyLegacy) : EXTENSION_URLS.associatedParty,
      extension: [
        { url: 'name', valueString: sponsorName },
        { url: 'role', valueCodeableConcept: { coding: [coding(SYSTEMS.partyRole, '0.3.0', 'lead-sponsor', PARTY_ROLE_CODES['lead-sponsor'].display)] } },
        {
          url: 'party',
          valueReference: { reference: `Organization/${b.id}-primary-sponsor`, type: 'Organization', display: 'Reference to primary sponsor' },
        },
      ],
    },
  ];
  const recruitment = buildRecruitmentExtension(s);
  if (recruitment) extension.push(recruitment);
  return extension;
}

function drawPhase(r: Rng, b: StudyBasics): ResearchStudy['phase'] {
  if (b.phase && r.chance(Q.legacyPhase)) {
    const display = PHASE_LEGACY_CODES[b.phase.legacy].display;
    return { coding: [coding(SYSTEMS.phaseHl7, '1.0.0', b.phase.legacy, display)], text: display };
  }
  if (b.phase) return { coding: [coding(SYSTEMS.phaseSource, '0.3.0', b.phase.code, PHASE_SOURCE_CODES[b.phase.code].display)] };
  if (b.jardeEarly) return { coding: [coding(SYSTEMS.phaseSource, '0.3.0', 'jarde-early', PHASE_SOURCE_CODES['jarde-early'].display)] };
  if (!b.isCtis && r.chance(Q.legacyPhase / 2)) {
    return { coding: [coding(SYSTEMS.phaseHl7, '1.0.0', 'n-a', PHASE_LEGACY_CODES['n-a'].display)], text: PHASE_LEGACY_CODES['n-a'].display };
  }
  return undefined;
}

/** CTIS only: the disease text and its MedDRA codings, and the countries of the trial. */
function drawConditionsAndCountries(r: Rng, b: StudyBasics): Pick<ResearchStudy, 'condition' | 'location'> {
  const { cond, id } = b;
  const extra = r.chance(0.3) ? r.pick(CONDITIONS_BY_AREA.get(cond.area)!) : undefined;
  const condition = [
    { id: `disease-condition-${id}`, text: b.english ? cond.en : capitalise(cond.fr) },
    ...[cond, ...(extra && extra !== cond ? [extra] : [])].map((c) => ({
      id: `meddra-condition-${id}-${c.meddra.code}`,
      coding: [coding(SYSTEMS.meddra, '3.0.0', c.meddra.code, c.meddra.label)],
    })),
  ];
  const countries: (keyof typeof COUNTRY_CODES)[] = ['FR'];
  const nCountries = r.weighted([[0, 30], [r.int(1, 3), 45], [r.int(4, 10), 25]] as const);
  for (let k = 0; k < nCountries; k++) {
    const c = r.pick(COUNTRIES);
    if (!countries.includes(c)) countries.push(c);
  }
  const location = countries.map((code) => ({ coding: [coding(SYSTEMS.country, '4.0.1', code, COUNTRY_CODES[code].display)] }));
  return { condition, location };
}

export interface StudyParts {
  lastUpdated: string;
  text: Narrative;
  identifier: Identifier[];
  title: string | undefined;
  siteRefs: NonNullable<ResearchStudy['site']>;
  months: number;
  contacts: ContactDetail[];
  extension: Extension[];
}

/** The ResearchStudy, keys in ECLAIRE's order; draws the phase, conditions, countries, duration and objectives. */
export function assembleStudy(r: Rng, b: StudyBasics, s: StatusDraw, p: StudyParts): ResearchStudy {
  const status = s.etat === null ? undefined : FHIR_STATUS_BY_ETAT[s.etat];
  const study: ResearchStudy = {
    resourceType: 'ResearchStudy',
    id: b.id,
    meta: { lastUpdated: p.lastUpdated, profile: [EXTENSION_URLS.profile], tag: [DEMO_TAG] },
    text: p.text,
    identifier: p.identifier,
    ...(p.title === undefined ? {} : { title: p.title }),
    ...(status ? { status } : {}),
    category: [
      { coding: [coding(SYSTEMS.regulation, '0.3.0', b.reg, REGULATION_CODES[b.reg].display)] },
      { coding: [coding(SYSTEMS.precision, '0.3.0', b.precision, PRECISION_CODES[b.precision].display)] },
    ],
  } as ResearchStudy;
  const phase = drawPhase(r, b);
  if (phase) study.phase = phase;
  if (b.isCtis) Object.assign(study, drawConditionsAndCountries(r, b));
  study.enrollment = [{ reference: `Group/${b.id}-enrollment-group`, type: 'Group', display: 'Reference to group detailing study characteristics' }];
  if (p.siteRefs.length > 0) study.site = p.siteRefs;
  if (r.chance(0.9)) study.description = `La durée de participation est de: ${p.months} mois`;
  if (r.chance(0.95)) {
    study.primaryPurposeType = {
      coding: [coding(OBJECTIVE_TYPE_SYSTEM, '0.1.0', 'primary', 'Primary')],
      text: fill(r.pick(b.isCtis && r.chance(0.5) ? EN_OBJECTIVES : OBJECTIVES), b.vars),
    };
  }
  study.contact = p.contacts;
  study.extension = p.extension;
  return study;
}
