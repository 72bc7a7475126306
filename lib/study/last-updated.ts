/**
 * `meta.lastUpdated` as ECLAIRE sends it is NOT a modification date (CONTRACT §3.2, §5.11): it is the latest date
 * of the status history and of the authorisations, or a fallback — CTIS: the fixed `2023-03-15`; JARDE/DM/DM-DIV:
 * the submission date + 109/102 days, which may lie in the future, or `1970-…` when the submission date is missing.
 * The normaliser flags the fallbacks it can recognise (`Study.lastUpdatedFallback`).
 *
 * Here: whether it may be shown, and under what name (« Dernier changement connu (statut ou autorisation) »,
 * `LAST_UPDATED_TEXTS`), and the dates of an Atom entry. Always against a reference date (the mirror's sync time),
 * so that the answer depends on data, not on the clock. Re-exported by `lib/eclaire/dates.ts`.
 */
import type { StudySummary, Study } from './types';

/** CTIS documents whose source has no dated history get this `meta.lastUpdated` (§3.2). */
export const CTIS_LAST_UPDATED_FALLBACK = '2023-03-15';
/** Dates before this are fallbacks (a missing submission date gives `1970-…` + 102/109 days), never real. */
export const EARLIEST_PLAUSIBLE_DATE = '1990-01-01';

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

function referenceMs(reference: Date | string | number): number {
  if (reference instanceof Date) return reference.getTime();
  if (typeof reference === 'number') return reference;
  return Date.parse(reference);
}

/**
 * Whether `lastUpdated` may be shown as the date of the study's latest status change and used by the « récent »
 * sort: present, a real date, not a known fallback, not before 1990, and not after `reference` (e.g. the sync time
 * of the mirror). Pure; an unusable reference makes every date implausible.
 */
export function isPlausibleLastUpdated(
  study: Pick<Study, 'lastUpdated' | 'lastUpdatedFallback'>,
  reference: Date | string | number,
): boolean {
  if (!study.lastUpdated || study.lastUpdatedFallback) return false;
  const ms = Date.parse(study.lastUpdated);
  const ref = referenceMs(reference);
  if (!Number.isFinite(ms) || !Number.isFinite(ref)) return false;
  const day = ISO_DAY.exec(study.lastUpdated.trim())?.[1];
  if (!day || day < EARLIEST_PLAUSIBLE_DATE) return false;
  return ms <= ref;
}

/**
 * A result of the search carries `lastUpdated` without the normaliser's fallback flag: only the CTIS fallback day
 * can be told from the date itself (the JARDE/DM estimate cannot, and is rejected only when in the future).
 */
export function isPlausibleSummaryLastUpdated(
  summary: Pick<StudySummary, 'lastUpdated' | 'regulation'>,
  reference: Date | string | number,
): boolean {
  const day = summary.lastUpdated ? ISO_DAY.exec(summary.lastUpdated.trim())?.[1] : undefined;
  const fallback = summary.regulation === 'medicament' && day === CTIS_LAST_UPDATED_FALLBACK;
  return isPlausibleLastUpdated({ lastUpdated: summary.lastUpdated, lastUpdatedFallback: fallback || undefined }, reference);
}

/** An ISO instant for a day (`YYYY-MM-DD` → midnight UTC), or the instant itself. */
function instant(dayOrInstant: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(dayOrInstant) ? `${dayOrInstant}T00:00:00Z` : dayOrInstant;
}

export interface FeedEntryDates {
  /** Atom `<updated>`: the latest status or authorisation date when plausible, else the recruitment start, else the data's date. */
  updated: string;
  /** Atom `<published>`: the start of recruitment, when known and past (the key of the feed's order). */
  published?: string;
  /** The plausible `lastUpdated`, to name in the entry's summary; undefined when it must not be shown. */
  lastUpdated?: string;
}

/**
 * The dates of a feed entry. ECLAIRE has no modification date: `<updated>` is the latest dated event Phare knows
 * of (status or authorisation) when it is plausible against `dataAsOf`, else the start of recruitment, else the
 * date of the data; a future or fallback date is never written.
 */
export function feedEntryDates(
  summary: Pick<StudySummary, 'lastUpdated' | 'regulation' | 'recruitmentStart'>,
  dataAsOf: string,
): FeedEntryDates {
  const lastUpdated = isPlausibleSummaryLastUpdated(summary, dataAsOf) ? summary.lastUpdated : undefined;
  const published = summary.recruitmentStart ? instant(summary.recruitmentStart) : undefined;
  return {
    updated: lastUpdated ?? published ?? dataAsOf,
    ...(published ? { published } : {}),
    ...(lastUpdated ? { lastUpdated } : {}),
  };
}
