import type { Extension, ResearchStudy } from 'fhir/r4';
import { RECRUITMENT_CODES, SYSTEMS } from '@/lib/eclaire/code-systems';
import { DAY, REF_DAY, isoDay } from './dates';
import { EXTENSION_URLS, coding } from './fhir-parts';
import type { Rng } from './prng';

/**
 * A study's two statuses and its dates: the recruitment flag the sponsor declares (the recruitment-status
 * extension, CONTRACT §4.3), the RIPH state `etat` behind `ResearchStudy.status` (§4.5), the recruitment period,
 * and the status history whose latest date is `meta.lastUpdated` (§3.2).
 */

export type RecruitmentDraw = 'recruiting' | 'upcoming' | 'completed' | 'none';

export interface StatusDraw {
  recruitment: RecruitmentDraw;
  submitted: number;
  start: number;
  end: number;
  /** RIPH `etat` as the source writes it. */
  etat: string;
  /** `historique`: [day, etat] pairs, oldest first. */
  history: [number, string][];
  lastUpdated: number;
}

/** §4.5: RIPH `etat` → FHIR status (unknown states get none). */
export const FHIR_STATUS_BY_ETAT: Record<string, ResearchStudy['status'] | undefined> = {
  A_DEMARRER: 'approved',
  EN_COURS: 'active',
  SUSPENDUE: 'temporarily-closed-to-accrual',
  PROROGEE: 'approved',
  EXPIREE: 'withdrawn',
  TERMINEE: 'completed',
  TERMINEE_ANTICIPEE: 'administratively-completed',
  ARCHIVEE: 'completed',
  ABANDONNEE: 'withdrawn',
};

export function drawStatus(r: Rng): StatusDraw {
  const recruitment = r.weighted([
    ['recruiting', 35],
    ['upcoming', 10],
    ['completed', 37],
    ['none', 18],
  ] as const);
  const submitted = REF_DAY - r.int(60, 6 * 365) * DAY;
  let start: number;
  if (recruitment === 'upcoming') start = REF_DAY + r.int(15, 300) * DAY;
  else if (recruitment === 'recruiting') start = REF_DAY - r.int(10, 900) * DAY;
  else start = REF_DAY - r.int(200, 2500) * DAY;
  start = Math.max(start, submitted + 30 * DAY);
  if (recruitment === 'recruiting' || recruitment === 'upcoming') start = Math.min(start, REF_DAY + 300 * DAY);
  const end =
    recruitment === 'completed' ? Math.min(start + r.int(180, 1400) * DAY, REF_DAY - DAY) : start + r.int(180, 1800) * DAY;
  const etat =
    recruitment === 'recruiting'
      ? r.weighted([['EN_COURS', 92], ['PROROGEE', 8]] as const)
      : recruitment === 'upcoming'
        ? r.weighted([['A_DEMARRER', 90], ['EN_COURS', 10]] as const)
        : recruitment === 'completed'
          ? r.weighted([['EN_COURS', 35], ['TERMINEE', 40], ['TERMINEE_ANTICIPEE', 8], ['ARCHIVEE', 12], ['SUSPENDUE', 5]] as const)
          : r.weighted([
              ['EN_COURS', 30], ['TERMINEE', 25], ['A_DEMARRER', 10], ['ABANDONNEE', 8], ['EXPIREE', 7],
              ['ARCHIVEE', 12], ['SUSPENDUE', 4], ['INCONNU', 4],
            ] as const);
  const approval = Math.min(start - r.int(5, 60) * DAY, REF_DAY);
  const history: [number, string][] = [[approval, 'A_DEMARRER']];
  if (etat !== 'A_DEMARRER') history.push([Math.min(start, REF_DAY), etat]);
  const lastUpdated = Math.max(...history.map(([d]) => d));
  return { recruitment, submitted, start, end, etat, history, lastUpdated };
}

/** The raw `statut_recrutement` of the source (§4.3). */
export function statutRecrutement(s: StatusDraw): string | undefined {
  switch (s.recruitment) {
    case 'recruiting':
      return 'Recrutement ouvert';
    case 'upcoming':
      return 'Recrutement en attente';
    case 'completed':
      return 'Recrutement fermé';
    default:
      return undefined;
  }
}

export function historique(s: StatusDraw): string {
  return s.history.map(([d, e]) => `${isoDay(d)}:${e}`).join(', ');
}

/** Share of « Recrutement en attente » studies whose document still says `recruiting` (CS v0.3.0, before 2025-12-18). */
const LEGACY_PENDING_RATE = 0.16;

const RECRUITMENT_CODE = {
  recruiting: 'recruiting',
  upcoming: 'upcoming',
  completed: 'completed-recruiting',
} as const;

/** The recruitment-status extension, absent for an unknown source value. */
export function drawRecruitmentExtension(r: Rng, s: StatusDraw): Extension | undefined {
  if (s.recruitment === 'none') return undefined;
  // Legacy documents mapped "Recrutement en attente" to recruiting (CS v0.3.0).
  const legacyPending = s.recruitment === 'upcoming' && r.chance(LEGACY_PENDING_RATE);
  const code = RECRUITMENT_CODE[legacyPending ? 'recruiting' : s.recruitment];
  return {
    url: EXTENSION_URLS.recruitmentStatus,
    valueCodeableConcept: {
      coding: [coding(SYSTEMS.recruitment, legacyPending ? '0.3.0' : '0.3.1', code, RECRUITMENT_CODES[code].display)],
    },
  };
}
