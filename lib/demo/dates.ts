/**
 * Dates of the demo dataset: whole days in UTC, around a fixed reference "today" so that generation never
 * depends on the clock.
 */

/** The dataset's "today": 2026-06-01, midnight UTC. */
export const REF_DAY = Date.UTC(2026, 5, 1);
export const DAY = 86_400_000;

/** `YYYY-MM-DD` by day number since 1970 (dates are whole days over a few thousand values). */
const ISO_DAYS: string[] = [];

/** `YYYY-MM-DD`. Memoised: toISOString is costly at this volume. */
export function isoDay(ms: number): string {
  const day = ms / DAY;
  if (!Number.isInteger(day) || day < 0) return new Date(ms).toISOString().slice(0, 10);
  let d = ISO_DAYS[day];
  if (d === undefined) {
    d = new Date(ms).toISOString().slice(0, 10);
    ISO_DAYS[day] = d;
  }
  return d;
}

/** Midnight UTC with milliseconds, as ECLAIRE writes `meta.lastUpdated` (`2023-04-12T00:00:00.000Z`). */
export function isoInstant(ms: number): string {
  return `${isoDay(ms)}T00:00:00.000Z`;
}

/** `DD/MM/YYYY`, one of the raw source formats of `date_fin_recrutement`. */
export function frDate(ms: number): string {
  const d = isoDay(ms);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}
