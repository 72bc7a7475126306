import { describe, expect, it } from 'vitest';
import { dailySlots, isInImportWindow, nextSyncTime, parisWallTime } from './schedule';

const paris = (d: Date) => {
  const w = parisWallTime(d);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')} ${String(Math.floor(w.minutes / 60)).padStart(2, '0')}:${String(w.minutes % 60).padStart(2, '0')}`;
};

describe('sync schedule (Europe/Paris)', () => {
  it('runs at 08:00 and 20:00 with the default period, whatever the start time', () => {
    expect(dailySlots(720)).toEqual([480, 1200]);
    expect(paris(nextSyncTime(new Date('2026-11-30T10:37:00Z'), 720))).toBe('2026-11-30 20:00');
    expect(paris(nextSyncTime(new Date('2026-11-30T19:30:00Z'), 720))).toBe('2026-12-01 08:00');
    expect(paris(nextSyncTime(new Date('2026-11-30T02:00:00Z'), 720))).toBe('2026-11-30 08:00');
  });

  it('never schedules inside ECLAIRE’s nightly import (04:00–07:30)', () => {
    for (const interval of [15, 60, 90, 180, 360, 720, 1440]) {
      let t = new Date('2026-03-27T00:00:00Z');
      for (let i = 0; i < 200; i++) {
        t = nextSyncTime(t, interval);
        expect(isInImportWindow(t), `${interval} min: ${paris(t)}`).toBe(false);
      }
    }
  });

  it('keeps local times across the changes of time (summer and winter)', () => {
    // 29 March 2026: clocks go forward at 02:00; 25 October 2026: back at 03:00.
    expect(paris(nextSyncTime(new Date('2026-03-28T20:00:00Z'), 720))).toBe('2026-03-29 08:00');
    expect(nextSyncTime(new Date('2026-03-28T20:00:00Z'), 720).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(nextSyncTime(new Date('2026-10-24T20:00:00Z'), 720).toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });

  it('adds slots after midnight up to the import, for short periods', () => {
    expect(paris(nextSyncTime(new Date('2026-11-30T23:10:00Z'), 60))).toBe('2026-12-01 01:00');
    expect(paris(nextSyncTime(new Date('2026-12-01T02:30:00Z'), 60))).toBe('2026-12-01 08:00');
  });

  it('knows the import window', () => {
    expect(isInImportWindow(new Date('2026-11-30T03:00:00Z'))).toBe(true); // 04:00 Paris
    expect(isInImportWindow(new Date('2026-11-30T06:29:00Z'))).toBe(true); // 07:29
    expect(isInImportWindow(new Date('2026-11-30T06:30:00Z'))).toBe(false); // 07:30
  });
});
