import type { Extension, ResearchStudy } from 'fhir/r4';
import { RECRUITMENT_CODES, SYSTEMS } from '@/lib/eclaire/code-systems';
import { DAY, REF_DAY, isoDay } from './dates';
import { EXTENSION_URLS, coding } from './fhir-parts';
import type { StudyBasics } from './identity';
import type { Rng } from './prng';

/**
 * A study's two statuses and its dates: the recruitment flag the sponsor declares (the recruitment-status
 * extension, CONTRACT §4.3), the RIPH state `etat` behind `ResearchStudy.status` (§4.5), the recruitment period,
 * the status history whose latest date is `meta.lastUpdated` (§3.2), and the document's vintage (§3.8).
 *
 * Rates are chosen, not measured (ECLAIRE publishes no such counts): most studies are consistent, and every
 * case a client must survive is present often enough that 3,000 records hold dozens of each.
 */

/** The sponsor's `statut_recrutement`: ouvert → recruiting, en attente → upcoming, fermé → completed, other → none. */
export type RecruitmentFlag = 'recruiting' | 'upcoming' | 'completed' | 'none';

/** How the recruitment period and history are laid out around "today". */
type Timeline = 'recruiting' | 'upcoming' | 'completed' | 'none';

interface StatusProfile {
  flag: RecruitmentFlag;
  /** Raw RIPH state; `null` when the source has none (narrative `etat: null`, no `status`). */
  etat: string | null;
  timeline: Timeline;
}

/**
 * Flag × etat, in ‰ of all studies (sum 1000). Flag shares, kept from the first generator: recruiting 35 %,
 * upcoming 10 %, completed 37 %, none 18 %.
 * - Consistent studies: about 95 %.
 * - Flag left at `recruiting` by the sponsor while the study is not running (4.5 % of all studies, 13 % of the
 *   `recruiting` flags): suspended 1.0 % (SUSPENDUE), completed 1.8 % (TERMINEE 1.3 %, ARCHIVEE 0.5 %),
 *   administratively completed 0.7 % (TERMINEE_ANTICIPEE), withdrawn 1.0 % (ABANDONNEE 0.5 %, EXPIREE 0.5 %).
 *   Their dates are those of a study that has ended (suspended: of a running one).
 * - PROROGEE (start deadline extended → `approved`): 2.6 % (1.0 % flagged recruiting, 1.2 % upcoming, 0.4 % none).
 * - EXPIREE (authorisation lapsed → `withdrawn`): 1.8 % (0.5 % flagged recruiting, 1.3 % none).
 * - Unknown state (no `status`): 0.7 % (INCONNU 0.5 %, `null` 0.2 %).
 */
const STATUS_PROFILES: readonly (readonly [StatusProfile, number])[] = [
  [{ flag: 'recruiting', etat: 'EN_COURS', timeline: 'recruiting' }, 295],
  [{ flag: 'recruiting', etat: 'PROROGEE', timeline: 'recruiting' }, 10],
  [{ flag: 'recruiting', etat: 'SUSPENDUE', timeline: 'recruiting' }, 10],
  [{ flag: 'recruiting', etat: 'TERMINEE', timeline: 'completed' }, 13],
  [{ flag: 'recruiting', etat: 'ARCHIVEE', timeline: 'completed' }, 5],
  [{ flag: 'recruiting', etat: 'TERMINEE_ANTICIPEE', timeline: 'completed' }, 7],
  [{ flag: 'recruiting', etat: 'ABANDONNEE', timeline: 'completed' }, 5],
  [{ flag: 'recruiting', etat: 'EXPIREE', timeline: 'completed' }, 5],
  [{ flag: 'upcoming', etat: 'A_DEMARRER', timeline: 'upcoming' }, 80],
  [{ flag: 'upcoming', etat: 'PROROGEE', timeline: 'upcoming' }, 12],
  [{ flag: 'upcoming', etat: 'EN_COURS', timeline: 'upcoming' }, 8],
  [{ flag: 'completed', etat: 'EN_COURS', timeline: 'completed' }, 130],
  [{ flag: 'completed', etat: 'TERMINEE', timeline: 'completed' }, 148],
  [{ flag: 'completed', etat: 'TERMINEE_ANTICIPEE', timeline: 'completed' }, 30],
  [{ flag: 'completed', etat: 'ARCHIVEE', timeline: 'completed' }, 44],
  [{ flag: 'completed', etat: 'SUSPENDUE', timeline: 'completed' }, 18],
  [{ flag: 'none', etat: 'EN_COURS', timeline: 'none' }, 54],
  [{ flag: 'none', etat: 'TERMINEE', timeline: 'none' }, 45],
  [{ flag: 'none', etat: 'A_DEMARRER', timeline: 'none' }, 14],
  [{ flag: 'none', etat: 'PROROGEE', timeline: 'none' }, 4],
  [{ flag: 'none', etat: 'ABANDONNEE', timeline: 'none' }, 14],
  [{ flag: 'none', etat: 'EXPIREE', timeline: 'none' }, 13],
  [{ flag: 'none', etat: 'ARCHIVEE', timeline: 'none' }, 22],
  [{ flag: 'none', etat: 'SUSPENDUE', timeline: 'none' }, 7],
  [{ flag: 'none', etat: 'INCONNU', timeline: 'none' }, 5],
  [{ flag: 'none', etat: null, timeline: 'none' }, 2],
];

/**
 * When the document was built (§3.8). ECLAIRE re-builds a document only when its `meta.lastUpdated` is recent
 * (§6.1), so an old shape goes with an old `meta.lastUpdated` (before the build): legacy documents get their
 * whole timeline drawn around a build day, not around today.
 * - `before-2025-12-09` (built 2025-07-24…2025-12-08): criteria without `description` (f027780), recruitment
 *   code system v0.3.0 with « Recrutement en attente » → `recruiting` (a982ef7), `exclude: false` on every
 *   characteristic (fff1202).
 * - `before-2025-12-18` (built 2025-12-09…2025-12-17): only the v0.3.0 recruitment coding.
 * Studies waiting to start are rebuilt least (no new history date), hence higher rates for the `upcoming`
 * flag: 12 % + 4 % of them (1.6 % of all studies claim `recruiting` for « en attente »), 5 % + 1 % of the others.
 */
export type Vintage = 'current' | 'before-2025-12-18' | 'before-2025-12-09';

const VINTAGES_UPCOMING: readonly (readonly [Vintage, number])[] = [
  ['current', 84],
  ['before-2025-12-18', 4],
  ['before-2025-12-09', 12],
];
const VINTAGES_OTHER: readonly (readonly [Vintage, number])[] = [
  ['current', 94],
  ['before-2025-12-18', 1],
  ['before-2025-12-09', 5],
];
const BUILD_WINDOWS: Record<Exclude<Vintage, 'current'>, [first: number, last: number]> = {
  'before-2025-12-09': [Date.UTC(2025, 6, 24), Date.UTC(2025, 11, 8)],
  'before-2025-12-18': [Date.UTC(2025, 11, 9), Date.UTC(2025, 11, 17)],
};

/**
 * No `historique` nor approval dates in the source: `meta.lastUpdated` is the fallback (§3.2). Only in current
 * documents (a future date makes the nightly job rebuild the document every day).
 * - CTIS: 5 % of them, fixed 2023-03-15 (1.4 % of all studies).
 * - JARDE/DM/DM-DIV that are starting or running (A_DEMARRER, EN_COURS, not on a closed timeline): 8 % of them,
 *   submitted 5…330 days ago, fallback = submission + 109 days (JARDE) or + 102 days (DM, DM-DIV), so about a
 *   third lie in the future (≈ 2.3 % of all studies use this fallback, ≈ 0.7 % are in the future).
 */
const NO_HISTORY_CTIS = 0.05;
const NO_HISTORY_OTHER = 0.08;
const CTIS_FALLBACK_DAY = Date.UTC(2023, 2, 15);

export interface StatusDraw {
  flag: RecruitmentFlag;
  etat: string | null;
  vintage: Vintage;
  /** The day the document describes: today, or its build day for legacy vintages. */
  asOf: number;
  submitted: number;
  start: number;
  end: number;
  /** `historique`: [day, etat] pairs, oldest first; undefined when the source has none (fallback date). */
  history: [number, string][] | undefined;
  /** `date_theorique_maximale_autorisation_cpp`: CTIS 2023-03-15, else submission + 102/109 days. */
  theoretical: number;
  lastUpdated: number;
  /** Raw `statut_recrutement`; `null` or `undefined` when the source has none. */
  statut: string | null | undefined;
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

const STATUT: Record<Exclude<RecruitmentFlag, 'none'>, string> = {
  recruiting: 'Recrutement ouvert',
  upcoming: 'Recrutement en attente',
  completed: 'Recrutement fermé',
};

function drawAsOf(r: Rng, vintage: Vintage): number {
  if (vintage === 'current') return REF_DAY;
  const [first, last] = BUILD_WINDOWS[vintage];
  return first + r.int(0, (last - first) / DAY) * DAY;
}

function drawPeriod(r: Rng, timeline: Timeline, today: number, submitted: number): [start: number, end: number] {
  let start: number;
  if (timeline === 'upcoming') start = today + r.int(15, 300) * DAY;
  else if (timeline === 'recruiting') start = today - r.int(10, 900) * DAY;
  else start = today - r.int(200, 2500) * DAY;
  start = Math.max(start, submitted + 30 * DAY);
  if (timeline === 'recruiting' || timeline === 'upcoming') start = Math.min(start, today + 300 * DAY);
  const end = timeline === 'completed' ? Math.min(start + r.int(180, 1400) * DAY, today - DAY) : start + r.int(180, 1800) * DAY;
  return [start, end];
}

export function drawStatus(r: Rng, b: StudyBasics): StatusDraw {
  const { flag, etat, timeline } = r.weighted(STATUS_PROFILES);
  const vintage = r.weighted(flag === 'upcoming' ? VINTAGES_UPCOMING : VINTAGES_OTHER);
  const asOf = drawAsOf(r, vintage);
  const noHistory =
    vintage === 'current' &&
    (b.isCtis
      ? r.chance(NO_HISTORY_CTIS)
      : timeline !== 'completed' && (etat === 'A_DEMARRER' || etat === 'EN_COURS') && r.chance(NO_HISTORY_OTHER));
  const submitted = asOf - (noHistory && !b.isCtis ? r.int(5, 330) : r.int(60, 6 * 365)) * DAY;
  const [start, end] = drawPeriod(r, timeline, asOf, submitted);
  const theoretical = b.isCtis ? CTIS_FALLBACK_DAY : submitted + (b.reg === 'JARDE' ? 109 : 102) * DAY;
  let history: [number, string][] | undefined;
  if (!noHistory) {
    const approval = Math.min(start - r.int(5, 60) * DAY, asOf);
    history = [[approval, 'A_DEMARRER']];
    if (etat !== null && etat !== 'A_DEMARRER') history.push([Math.min(start, asOf), etat]);
  }
  const lastUpdated = history ? Math.max(...history.map(([d]) => d)) : theoretical;
  const statut = flag === 'none' ? (r.chance(0.3) ? null : undefined) : STATUT[flag];
  return { flag, etat, vintage, asOf, submitted, start, end, history, theoretical, lastUpdated, statut };
}

/** `historique` as the source writes it: `YYYY-MM-DD:ETAT, YYYY-MM-DD:ETAT`. */
export function formatHistorique(s: StatusDraw): string | undefined {
  return s.history?.map(([d, e]) => `${isoDay(d)}:${e}`).join(', ');
}

const RECRUITMENT_CODE = {
  recruiting: 'recruiting',
  upcoming: 'upcoming',
  completed: 'completed-recruiting',
} as const;

/**
 * The recruitment-status extension, absent for an unknown source value. Documents built before 2025-12-18
 * (a982ef7) use the code system v0.3.0, which had no `upcoming`: « Recrutement en attente » was `recruiting`.
 */
export function buildRecruitmentExtension(s: StatusDraw): Extension | undefined {
  if (s.flag === 'none') return undefined;
  const legacy = s.vintage !== 'current';
  const code = RECRUITMENT_CODE[legacy && s.flag === 'upcoming' ? 'recruiting' : s.flag];
  return {
    url: EXTENSION_URLS.recruitmentStatus,
    valueCodeableConcept: {
      coding: [coding(SYSTEMS.recruitment, legacy ? '0.3.0' : '0.3.1', code, RECRUITMENT_CODES[code].display)],
    },
  };
}
