import type { Group, GroupCharacteristic, Meta, Narrative } from 'fhir/r4';
import { GENDER_CODES, POPULATION_CODES, SYSTEMS } from '@/lib/eclaire/code-systems';
import { coding, kindCoding } from './fhir-parts';
import type { StudyBasics } from './identity';
import type { SourceCriterion } from './narrative';
import type { Rng } from './prng';
import type { Vintage } from './status';
import {
  EN_EXCLUSION,
  EN_INCLUSION,
  EXCLUSION,
  INCLUSION,
  PRIMARY_OUTCOMES,
  SECONDARY_OUTCOMES,
  fill,
} from './texts';

/**
 * Who can take part (CONTRACT §3.4): participants drawn early (their duration feeds the texts), then the
 * enrollment Group with its characteristics and criteria.
 */

/** Both criteria lists start with `Titre: null - Type: null` (1 % of studies). */
const NULL_CRITERION_RATE = 0.01;

type AgeRange = [low: number, high: number | undefined];

export interface Participants {
  months: number;
  healthy: boolean;
  sexes: ('female' | 'male')[];
  ages: AgeRange[];
  planned: number | undefined;
}

/** Participants; also sets the duration `{m}` of the study's texts. */
export function drawParticipants(r: Rng, b: StudyBasics): Participants {
  const { cond } = b;
  const months = r.pick([1, 3, 6, 6, 12, 12, 12, 18, 24, 24, 36, 48, 60]);
  b.vars.m = String(months);
  const healthy = r.chance(0.08);
  const sexes: ('female' | 'male')[] = cond.sex
    ? [cond.sex]
    : r.chance(0.04)
      ? []
      : r.chance(0.03)
        ? [r.pick(['female', 'male'] as const)]
        : ['female', 'male'];
  const ages: AgeRange[] = cond.paediatric
    ? r.chance(0.7)
      ? [[0, 17]]
      : [[0, 17], [18, 64]]
    : cond.elderly
      ? r.chance(0.5)
        ? [[65, undefined]]
        : [[18, 64], [65, undefined]]
      : r.weighted<AgeRange[]>([
          [[[18, 64], [65, undefined]], 60],
          [[[18, 64]], 20],
          [[[0, 17], [18, 64], [65, undefined]], 10],
          [[[65, undefined]], 5],
          [[], 5],
        ]);
  const planned = r.chance(0.03)
    ? undefined
    : b.isCtis
      ? r.int(2, 120) * 10
      : r.weighted([[r.int(10, 80), 40], [r.int(80, 400), 45], [r.int(400, 5000), 15]] as const);
  return { months, healthy, sexes, ages, planned };
}

// R5-style `description` (eligibility-criteria, judgement-criteria…) and optional `exclude`, as ECLAIRE sends them.
type LooseCharacteristic = Omit<GroupCharacteristic, 'exclude'> & { exclude?: boolean; description?: string };

const POPULATIONS = Object.entries(POPULATION_CODES);

function populationCharacteristic(r: Rng, b: StudyBasics): LooseCharacteristic | undefined {
  if (b.isCtis) {
    const pops = new Set<number>();
    const nPop = r.weighted([[0, 30], [1, 40], [2, 20], [3, 10]] as const);
    for (let k = 0; k < nPop; k++) pops.add(r.int(0, POPULATIONS.length - 1));
    if (pops.size === 0) return undefined;
    return {
      code: kindCoding('grp-studypop'),
      description: 'recruitment_population',
      valueCodeableConcept: {
        coding: [...pops].sort().map((p) => coding(SYSTEMS.population, '0.3.0', POPULATIONS[p][0], POPULATIONS[p][1].display)),
      },
    };
  }
  return {
    code: kindCoding('grp-studypop'),
    description: 'vulnerable_population',
    exclude: r.chance(0.2),
    valueCodeableConcept: { coding: [coding(SYSTEMS.population, '0.3.0', 'other', POPULATION_CODES.other.display)] },
  };
}

export interface Criteria {
  eligibility: SourceCriterion[];
  judgement: SourceCriterion[];
}

const EMPTY_CRITERION: SourceCriterion = { titre: null, type: null };

/**
 * The source's criteria (`criteres_eligibilite`, `criteres_jugement`): inclusions then exclusions, one primary
 * outcome then 0–2 secondary ones. Rarely (1 %) each list starts with an empty `Titre: null - Type: null` item,
 * as in upstream's own fixtures: it is in the narrative, and dropped from the Group.
 */
export function drawCriteria(r: Rng, b: StudyBasics): Criteria {
  const criteriaEnglish = b.isCtis && b.english;
  const incl = criteriaEnglish ? EN_INCLUSION : INCLUSION;
  const excl = criteriaEnglish ? EN_EXCLUSION : EXCLUSION;
  const eligibility: SourceCriterion[] = [];
  const judgement: SourceCriterion[] = [];
  if (r.chance(NULL_CRITERION_RATE)) {
    eligibility.push(EMPTY_CRITERION);
    judgement.push(EMPTY_CRITERION);
  }
  const nIncl = r.int(2, 4);
  const inclStart = r.int(0, incl.length - 1);
  for (let k = 0; k < nIncl; k++) eligibility.push({ titre: fill(incl[(inclStart + k) % incl.length], b.vars), type: 'INCLUSION' });
  const nExcl = r.int(1, 3);
  const exclStart = r.int(0, excl.length - 1);
  for (let k = 0; k < nExcl; k++) eligibility.push({ titre: excl[(exclStart + k) % excl.length], type: 'EXCLUSION' });
  judgement.push({ titre: r.pick(PRIMARY_OUTCOMES), type: 'PRINCIPAL' });
  const nSec = r.int(0, 2);
  const secStart = r.int(0, SECONDARY_OUTCOMES.length - 1);
  for (let k = 0; k < nSec; k++) judgement.push({ titre: SECONDARY_OUTCOMES[(secStart + k) % SECONDARY_OUTCOMES.length], type: 'SECONDAIRE' });
  return { eligibility, judgement };
}

/**
 * `grp-other` characteristics, eligibility first then judgement, source order, empty items dropped.
 * - Current shape (since 2025-12-09, f027780): `description` eligibility-criteria / judgement-criteria;
 *   `exclude` true for an exclusion criterion and for a SECONDARY outcome (§5.10). Documents built before
 *   2026-03-06 (fff1202) also copy the description into `code.text`.
 * - Legacy shape (documents built before 2025-12-09): no `description`; `exclude` true only for an exclusion
 *   criterion, so primary and secondary outcomes (both false) look like inclusion criteria.
 */
function criterionCharacteristic(c: SourceCriterion, description: 'eligibility-criteria' | 'judgement-criteria', vintage: Vintage): LooseCharacteristic {
  const valueCodeableConcept = { coding: [{ display: c.titre ?? undefined }] };
  if (vintage === 'before-2025-12-09') {
    return { code: kindCoding('grp-other'), exclude: c.type === 'EXCLUSION', valueCodeableConcept };
  }
  return {
    code: vintage === 'current' ? kindCoding('grp-other') : { ...kindCoding('grp-other'), text: description },
    exclude: c.type !== 'INCLUSION' && c.type !== 'PRINCIPAL',
    valueCodeableConcept,
    description,
  };
}

function criteriaCharacteristics(criteria: Criteria, vintage: Vintage): LooseCharacteristic[] {
  const out: LooseCharacteristic[] = [];
  for (const c of criteria.eligibility) if (c.titre !== null || c.type !== null) out.push(criterionCharacteristic(c, 'eligibility-criteria', vintage));
  for (const c of criteria.judgement) if (c.titre !== null || c.type !== null) out.push(criterionCharacteristic(c, 'judgement-criteria', vintage));
  return out;
}

/**
 * The enrollment Group. Documents built before 2026-03-06 (fff1202) — every non-current vintage here — write
 * `exclude: false` on every characteristic; current ones omit it except where it means something (§3.4).
 * Simplification: `grp-studypop` keeps its current shape in older documents.
 */
export function buildGroup(r: Rng, b: StudyBasics, p: Participants, criteria: Criteria, vintage: Vintage, meta: Meta, text: Narrative): Group {
  const characteristic: LooseCharacteristic[] = [];
  const excludeFalse = vintage === 'current' ? {} : { exclude: false };
  if (p.sexes.length > 0) {
    characteristic.push({
      code: kindCoding('grp-gender'),
      ...excludeFalse,
      valueCodeableConcept: { coding: p.sexes.map((s) => coding(SYSTEMS.gender, '5.0.0', s, GENDER_CODES[s].display)) },
    });
  }
  for (const [low, high] of p.ages) {
    characteristic.push({
      code: kindCoding('grp-age'),
      ...excludeFalse,
      valueRange: { low: { value: low, unit: 'years' }, ...(high === undefined ? {} : { high: { value: high, unit: 'years' } }) },
    });
  }
  characteristic.push({
    code: kindCoding('grp-category'),
    ...excludeFalse,
    valueCodeableConcept: { coding: [{ display: p.healthy ? 'Volontaire sain' : 'Patient' }] },
  });
  const population = populationCharacteristic(r, b);
  if (population) characteristic.push(population);
  characteristic.push(...criteriaCharacteristics(criteria, vintage));
  return {
    resourceType: 'Group',
    id: `${b.id}-enrollment-group`,
    meta,
    text,
    actual: true,
    type: 'person',
    ...(p.planned === undefined ? {} : { quantity: p.planned }),
    // ECLAIRE omits `exclude` where FHIR requires it (§5.9).
    characteristic: characteristic as GroupCharacteristic[],
  };
}
