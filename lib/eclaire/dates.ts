/**
 * Dates as ECLAIRE sends them (CONTRACT §3.2, §5.9, §5.11).
 *
 * - The recruitment period (`eclaire-recruitment-period`) has `start` as an ISO instant and `end` in the raw source
 *   format (`2024-12-31`, `15/06/2026`, sometimes free text): `parseUpstreamDate` reads both into `YYYY-MM-DD`.
 * - `meta.lastUpdated` is NOT a modification date: it is the latest date of the status history and of the
 *   authorisations, at midnight UTC; when the source has neither, a fallback — CTIS: the fixed `2023-03-15`;
 *   JARDE/DM/DM-DIV: the submission date + 109/102 days, which may lie in the future, or `1970-…` when the
 *   submission date is missing. In 2023 it was the ETL run time. Phare keeps it verbatim in `Study.lastUpdated`,
 *   flags the fallbacks it can recognise in `Study.lastUpdatedFallback`, and `isPlausibleLastUpdated` tells
 *   whether it may be shown as « mise à jour » or used by the « récent » sort against a reference date (the
 *   mirror's sync time, so that the answer depends on data, not on the clock).
 */
import { CTIS_LAST_UPDATED_FALLBACK, EARLIEST_PLAUSIBLE_DATE } from '@/lib/study/last-updated';
import type { Regulation } from '@/lib/study/types';
import { datesIn, type Narrative } from './narrative';

// Whether a `lastUpdated` may be shown is a question of the domain, asked by pages too (lib/study/last-updated.ts).
export { CTIS_LAST_UPDATED_FALLBACK, EARLIEST_PLAUSIBLE_DATE, isPlausibleLastUpdated } from '@/lib/study/last-updated';

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?$)/i;
const ISO_PREFIX_RE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const FR_DATE_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
const YMD_SLASH_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

function validDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

let parisDay: Intl.DateTimeFormat | undefined;

/** The calendar day in Paris of an instant (`en-CA` formats as YYYY-MM-DD). */
function dayInParis(ms: number): string | undefined {
  try {
    parisDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
    const s = parisDay.format(new Date(ms));
    return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
  } catch {
    return undefined;
  }
}

/**
 * YYYY-MM-DD from an upstream date, undefined when it is not one:
 * - an ISO date, or an ISO date-time without offset → its date part;
 * - an ISO instant with `Z` or an offset → its calendar day in Paris (ECLAIRE writes source days as midnight UTC,
 *   which is the same day; an instant written from Paris midnight, `…T22:00:00Z`, is the next day);
 * - anything else starting with an ISO date → that date;
 * - `DD/MM/YYYY` (also with `-` or `.`, optionally followed by a time), `YYYY/MM/DD`, `YYYYMMDD`.
 * Impossible dates (31/02) and years outside 1900–2200 give undefined.
 */
export function parseUpstreamDate(raw: string): string | undefined {
  const s = raw.trim();
  if (s.length > 40) return undefined;
  let m = ISO_DATE_RE.exec(s);
  if (m) {
    const day = validDate(+m[1], +m[2], +m[3]);
    if (!day || !m[7]) return day;
    const ms = Date.parse(s.replace(' ', 'T'));
    return Number.isFinite(ms) ? dayInParis(ms) ?? day : day;
  }
  m = ISO_PREFIX_RE.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = FR_DATE_RE.exec(s);
  if (m) return validDate(+m[3], +m[2], +m[1]);
  m = YMD_SLASH_RE.exec(s) ?? COMPACT_RE.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  return undefined;
}

/**
 * True when `meta.lastUpdated` is a fallback ECLAIRE made up rather than a dated event (§3.2):
 * - before 1990 (the `1970-…` of a missing submission date);
 * - the narrative is there with its `historique` / `dates_avis_favorable_ms_mns` items and neither holds a date;
 * - no narrative to tell, a CTIS study and exactly the CTIS fallback day `2023-03-15`.
 * The JARDE/DM estimate (submission + 109/102 days) cannot be recognised without the narrative; when it lies in the
 * future `isPlausibleLastUpdated` rejects it anyway.
 */
export function isLastUpdatedFallback(lastUpdated: string | undefined, regulation: Regulation, narrative: Narrative): boolean {
  if (!lastUpdated) return false;
  const day = parseUpstreamDate(lastUpdated);
  if (!day) return false;
  if (day < EARLIEST_PLAUSIBLE_DATE) return true;
  if (narrative.has('historique') || narrative.has('dates_avis_favorable_ms_mns')) {
    const dated = [...narrative.all('historique'), ...narrative.all('dates_avis_favorable_ms_mns')]
      .some((v) => datesIn(v).length > 0);
    return !dated;
  }
  return regulation === 'medicament' && day === CTIS_LAST_UPDATED_FALLBACK;
}
