import { describe, expect, it } from 'vitest';
import { feedEntryDates, isPlausibleLastUpdated, isPlausibleSummaryLastUpdated } from './last-updated';

const ref = '2026-06-30T12:00:00.000Z';

describe('isPlausibleLastUpdated', () => {
  it('accepts a past date, refuses a future one, a fallback, a 1970 date and a missing reference', () => {
    expect(isPlausibleLastUpdated({ lastUpdated: '2025-01-20T00:00:00.000Z' }, ref)).toBe(true);
    expect(isPlausibleLastUpdated({ lastUpdated: '2027-01-01T00:00:00.000Z' }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: '2024-05-01T00:00:00.000Z', lastUpdatedFallback: true }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: '1970-04-20T00:00:00.000Z' }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: '2025-01-20T00:00:00.000Z' }, 'jamais')).toBe(false);
  });
});

describe('isPlausibleSummaryLastUpdated', () => {
  it('recognises the CTIS fallback day from the date itself, for drug trials only', () => {
    expect(isPlausibleSummaryLastUpdated({ lastUpdated: '2023-03-15T00:00:00.000Z', regulation: 'medicament' }, ref)).toBe(false);
    expect(isPlausibleSummaryLastUpdated({ lastUpdated: '2023-03-15T00:00:00.000Z', regulation: 'jarde' }, ref)).toBe(true);
  });
});

describe('feedEntryDates', () => {
  it('uses a plausible last update, then the recruitment start, then the date of the data', () => {
    expect(feedEntryDates({ lastUpdated: '2025-01-20T00:00:00.000Z', regulation: 'jarde', recruitmentStart: '2024-03-05' }, ref)).toEqual({
      updated: '2025-01-20T00:00:00.000Z',
      published: '2024-03-05T00:00:00Z',
      lastUpdated: '2025-01-20T00:00:00.000Z',
    });
    expect(feedEntryDates({ lastUpdated: '2027-01-01T00:00:00.000Z', regulation: 'jarde', recruitmentStart: '2024-03-05' }, ref)).toEqual({
      updated: '2024-03-05T00:00:00Z',
      published: '2024-03-05T00:00:00Z',
    });
    expect(feedEntryDates({ lastUpdated: '2023-03-15T00:00:00.000Z', regulation: 'medicament' }, ref)).toEqual({ updated: ref });
  });
});
