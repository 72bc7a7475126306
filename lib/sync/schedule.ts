/**
 * When the full sync runs: at fixed local times in Paris, never during ECLAIRE's nightly import (04:00–07:30
 * Europe/Paris, CONTRACT §6.1), whatever the time the server started. With the default period of 720 minutes
 * the slots are 08:00 and 20:00; a shorter period adds slots from 08:00 on, and drops those inside the
 * import window.
 */

export const TIME_ZONE = 'Europe/Paris';
/** ECLAIRE's nightly import, local time: [start, end). */
export const IMPORT_WINDOW = { start: 4 * 60, end: 7 * 60 + 30 } as const;
/** The first slot of the day, local time (minutes): half an hour after the import ends. */
export const FIRST_SLOT_MINUTES = 8 * 60;

const WALL = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface Wall {
  year: number;
  month: number;
  day: number;
  minutes: number;
}

/** The wall-clock time in Paris at an instant. */
export function parisWallTime(instant: Date): Wall {
  const parts = Object.fromEntries(WALL.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The instant at which Paris shows this date and time (DST handled; a time skipped in spring moves on). */
function parisInstant(year: number, month: number, day: number, minutes: number): Date {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const wall = parisWallTime(new Date(guess));
    const shown = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
    guess += asUtc - shown;
  }
  return new Date(guess);
}

export function isInImportWindow(instant: Date): boolean {
  const { minutes } = parisWallTime(instant);
  return minutes >= IMPORT_WINDOW.start && minutes < IMPORT_WINDOW.end;
}

/** Minutes after local midnight of the day's slots for a period, in order. */
export function dailySlots(intervalMinutes: number): number[] {
  const step = Math.max(1, Math.round(intervalMinutes));
  const slots: number[] = [];
  // From 08:00 to 04:00 the next morning (the day's last chance before the import).
  for (let t = FIRST_SLOT_MINUTES; t < 24 * 60 + IMPORT_WINDOW.start; t += step) slots.push(t);
  return slots;
}

/** The first slot strictly after `now`. */
export function nextSyncTime(now: Date, intervalMinutes: number): Date {
  const today = parisWallTime(now);
  const slots = dailySlots(intervalMinutes);
  // Slots of yesterday may still be ahead (after midnight, before 04:00), then today's, then tomorrow's.
  for (const offsetDays of [-1, 0, 1]) {
    const base = new Date(Date.UTC(today.year, today.month - 1, today.day + offsetDays));
    for (const minutes of slots) {
      const at = parisInstant(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), minutes);
      if (at.getTime() > now.getTime()) return at;
    }
  }
  // Unreachable with a non-empty list of slots; a day later as a safe fallback.
  return new Date(now.getTime() + 24 * 60 * 60_000);
}
