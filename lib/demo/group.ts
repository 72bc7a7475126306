import type { Group, GroupCharacteristic, Meta, Narrative } from 'fhir/r4';
import { GENDER_CODES, POPULATION_CODES, SYSTEMS } from '@/lib/eclaire/code-systems';
import { coding, kindCoding } from './fhir-parts';
import type { StudyBasics } from './identity';
import type { Rng } from './prng';
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

function criteriaCharacteristics(r: Rng, b: StudyBasics): LooseCharacteristic[] {
  const out: LooseCharacteristic[] = [];
  const other = (text: string, description: string, exclude: boolean): LooseCharacteristic =>
    ({ code: kindCoding('grp-other'), exclude, valueCodeableConcept: { coding: [{ display: text }] }, description });
  const criteriaEnglish = b.isCtis && b.english;
  const incl = criteriaEnglish ? EN_INCLUSION : INCLUSION;
  const excl = criteriaEnglish ? EN_EXCLUSION : EXCLUSION;
  const nIncl = r.int(2, 4);
  const inclStart = r.int(0, incl.length - 1);
  for (let k = 0; k < nIncl; k++) out.push(other(fill(incl[(inclStart + k) % incl.length], b.vars), 'eligibility-criteria', false));
  const nExcl = r.int(1, 3);
  const exclStart = r.int(0, excl.length - 1);
  for (let k = 0; k < nExcl; k++) out.push(other(excl[(exclStart + k) % excl.length], 'eligibility-criteria', true));
  out.push(other(r.pick(PRIMARY_OUTCOMES), 'judgement-criteria', false));
  const nSec = r.int(0, 2);
  const secStart = r.int(0, SECONDARY_OUTCOMES.length - 1);
  for (let k = 0; k < nSec; k++) out.push(other(SECONDARY_OUTCOMES[(secStart + k) % SECONDARY_OUTCOMES.length], 'judgement-criteria', true));
  return out;
}

export function buildGroup(r: Rng, b: StudyBasics, p: Participants, meta: Meta, text: Narrative): Group {
  const characteristic: LooseCharacteristic[] = [];
  if (p.sexes.length > 0) {
    characteristic.push({
      code: kindCoding('grp-gender'),
      valueCodeableConcept: { coding: p.sexes.map((s) => coding(SYSTEMS.gender, '5.0.0', s, GENDER_CODES[s].display)) },
    });
  }
  for (const [low, high] of p.ages) {
    characteristic.push({
      code: kindCoding('grp-age'),
      valueRange: { low: { value: low, unit: 'years' }, ...(high === undefined ? {} : { high: { value: high, unit: 'years' } }) },
    });
  }
  characteristic.push({
    code: kindCoding('grp-category'),
    valueCodeableConcept: { coding: [{ display: p.healthy ? 'Volontaire sain' : 'Patient' }] },
  });
  const population = populationCharacteristic(r, b);
  if (population) characteristic.push(population);
  characteristic.push(...criteriaCharacteristics(r, b));
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
