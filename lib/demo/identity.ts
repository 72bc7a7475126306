import {
  PHASE_LEGACY_CODES,
  PHASE_SOURCE_CODES,
  type PrecisionCode,
  type RegulationCode,
} from '@/lib/eclaire/code-systems';
import { DEMO_CONDITIONS, THERAPEUTIC_AREAS, articleForms, capitalise, type DemoCondition, type TherapeuticArea } from './conditions';
import { pad } from './people';
import type { Rng } from './prng';
import {
  DRUG_PREFIX,
  DRUG_SUFFIX,
  EN_TITLE_DRUG,
  FR_TITLE_DMDIV,
  FR_TITLE_DM,
  FR_TITLE_DRUG,
  FR_TITLE_JARDE,
  fill,
  htmlEncode,
  type TemplateVars,
} from './texts';

/**
 * Who a study is: regulation, number, regulatory precision, condition, drug, phase and title. Drawn first; every
 * later part of the record reads these.
 */

/** Title quirk rates, per study (CONTRACT §5.4). */
const Q = {
  titleSpaces: 0.03,
  refCpp: 0.03,
  entities: 0.02,
  allCaps: 0.03,
  emptyTitle: 0.006,
} as const;

export type Reg = RegulationCode;
type PhaseSourceCode = keyof typeof PHASE_SOURCE_CODES;
type PhaseLegacyCode = keyof typeof PHASE_LEGACY_CODES;

/** A CTIS phase: its current code (§4.6) and the legacy HL7 code older documents carry. */
export interface PhaseDraw {
  code: PhaseSourceCode;
  legacy: PhaseLegacyCode;
}

export interface StudyBasics {
  index: number;
  reg: Reg;
  isCtis: boolean;
  id: string;
  precision: PrecisionCode;
  cond: DemoCondition;
  area: TherapeuticArea;
  /** A CTIS study left in English (title, condition, criteria), as before translation. */
  english: boolean;
  phase?: PhaseDraw;
  jardeEarly: boolean;
  vars: TemplateVars;
}

const REGULATIONS: readonly (readonly [Reg, number])[] = [
  ['JARDE', 55],
  ['REG536', 30],
  ['REG745', 10],
  ['REG746', 5],
];

const PRECISIONS: Record<Reg, readonly (readonly [PrecisionCode, number])[]> = {
  JARDE: [
    ['cat1-jarde', 22],
    ['cat2-jarde', 33],
    ['cat3-jarde', 30],
    ['cat3-questionnaire-jarde', 10],
    ['derog-obligation-info-jarde', 5],
  ],
  REG536: [
    ['study-ctis', 85],
    ['study-low-inter-ctis', 15],
  ],
  REG745: [
    ['IC-Cas-1', 30],
    ['IC-Cas-2', 15],
    ['IC-Cas-3', 10],
    ['IC-Cas-4-1', 20],
    ['IC-Cas-4-2', 10],
    ['IC-Cas-4-3', 8],
    ['IC-Cas-4-4', 7],
  ],
  REG746: [
    ['EP-Cas-1', 50],
    ['EP-Cas-2', 30],
    ['EP-Cas-3', 20],
  ],
};

/** §4.6 codes, weighted like CTIS trials, with the legacy code of the same trial. */
const PHASES: readonly (readonly [PhaseDraw, number])[] = [
  [{ code: 'phase-I-first-admin', legacy: 'phase-1' }, 4],
  [{ code: 'phase-I-bioequivalence', legacy: 'phase-1' }, 1],
  [{ code: 'phase-I-other', legacy: 'phase-1' }, 4],
  [{ code: 'phase-I-II-first-admin', legacy: 'phase-1-phase-2' }, 4],
  [{ code: 'phase-I-II-first-bioequivalence', legacy: 'phase-1-phase-2' }, 1],
  [{ code: 'phase-I-II-other', legacy: 'phase-1-phase-2' }, 5],
  [{ code: 'phase-II', legacy: 'phase-2' }, 26],
  [{ code: 'phase-II-III', legacy: 'phase-2-phase-3' }, 5],
  [{ code: 'phase-III', legacy: 'phase-3' }, 38],
  [{ code: 'phase-IV', legacy: 'phase-4' }, 9],
  [{ code: 'phase-III-IV', legacy: 'phase-3' }, 3],
];

const PHASE_ROMAN: Partial<Record<PhaseLegacyCode, string>> = {
  'phase-1': 'I',
  'phase-1-phase-2': 'I/II',
  'phase-2': 'II',
  'phase-2-phase-3': 'II/III',
  'phase-3': 'III',
  'phase-4': 'IV',
};

// Identifiers. The number part is a bijection of the index (per year block), so ids are unique without a registry.

const YEAR_BLOCK = 100_000;

function scramble(index: number, mult: number, mod: number): number {
  return (((index % mod) * mult + 12345) % mod + mod) % mod;
}

function makeId(index: number, kind: 'ctis' | 'rcb' | 'eudract', r: Rng): string {
  const year = 2099 - Math.floor(index / YEAR_BLOCK);
  const suffix = pad(r.int(10, 99), 2);
  if (kind === 'ctis') return `${year}-5${pad(scramble(index, 7919, YEAR_BLOCK), 5)}-${suffix}-00`;
  if (kind === 'rcb') return `${year}-A${pad(scramble(index, 6007, YEAR_BLOCK), 5)}-${suffix}`;
  // EudraCT-style (6 digits, leading 0): unique among themselves, and a different shape from the other two.
  return `${year}-0${pad(scramble(index, 4099, YEAR_BLOCK), 5)}-${suffix}`;
}

export function drawBasics(r: Rng, index: number): StudyBasics {
  const reg = r.weighted(REGULATIONS);
  const isCtis = reg === 'REG536';
  const eudract = reg === 'JARDE' && r.chance(0.02);
  const id = makeId(index, isCtis ? 'ctis' : eudract ? 'eudract' : 'rcb', r);
  const precision = r.weighted(PRECISIONS[reg]);
  const cond = r.pick(DEMO_CONDITIONS);
  const forms = articleForms(cond.fr);
  const english = isCtis && r.chance(0.15);
  const drug = capitalise(r.pick(DRUG_PREFIX) + r.pick(DRUG_SUFFIX));
  const phase = isCtis ? r.weighted(PHASES) : undefined;
  const jardeEarly = reg === 'JARDE' && precision === 'cat1-jarde' && r.chance(0.08);
  const vars: TemplateVars = {
    cond: cond.fr,
    leCond: forms.le,
    duCond: forms.du,
    deCond: forms.de,
    condEn: cond.en,
    drug: isCtis ? drug : 'l’intervention étudiée',
    x: isCtis ? drug : reg === 'REG746' ? 'ce test' : reg === 'REG745' ? 'ce dispositif' : 'l’intervention',
    phase: phase ? PHASE_ROMAN[phase.legacy] ?? '' : '',
    m: '',
  };
  return { index, reg, isCtis, id, precision, cond, area: THERAPEUTIC_AREAS[cond.area], english, phase, jardeEarly, vars };
}

const TITLE_TEMPLATES: Record<Reg, readonly string[]> = {
  REG536: FR_TITLE_DRUG,
  JARDE: FR_TITLE_JARDE,
  REG745: FR_TITLE_DM,
  REG746: FR_TITLE_DMDIV,
};

export interface DrawnTitle {
  /** The API `title`, with the quirks of §5.4; undefined when absent. */
  title: string | undefined;
  /** The title as the source wrote it, before the quirks. */
  raw: string;
}

export function drawTitle(r: Rng, b: StudyBasics): DrawnTitle {
  const templates = b.english ? EN_TITLE_DRUG : TITLE_TEMPLATES[b.reg];
  let title: string | undefined = capitalise(fill(r.pick(templates), b.vars));
  const raw = title;
  if (r.chance(Q.allCaps)) title = title.toUpperCase();
  if (r.chance(Q.entities)) title = htmlEncode(title.replace(' : ', ' – ').replace(' et ', ' & '));
  if (b.reg === 'JARDE' && r.chance(Q.refCpp)) title = `Ref CPP: ${pad(r.int(10, 99), 2)}.${pad(r.int(1, 12), 2)}.${pad(r.int(1, 99), 2)}\n${title}`;
  if (r.chance(Q.titleSpaces)) title = r.chance(0.5) ? ` ${title}` : `${title} ${r.chance(0.3) ? '\n\n' : ''}`;
  if (r.chance(Q.emptyTitle)) title = r.chance(0.5) ? '' : undefined;
  return { title, raw };
}

/** The original-language title of the narrative: English for translated CTIS studies. */
export function drawSourceTitle(r: Rng, b: StudyBasics, t: DrawnTitle): string {
  return b.english || !b.isCtis ? t.raw : capitalise(fill(r.pick(EN_TITLE_DRUG), b.vars));
}
