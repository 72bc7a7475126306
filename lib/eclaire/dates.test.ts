import { describe, expect, it } from 'vitest';
import { isLastUpdatedFallback, isPlausibleLastUpdated, parseUpstreamDate } from './dates';
import { parseNarrative } from './narrative';

describe('parseUpstreamDate', () => {
  it.each([
    ['2024-12-31', '2024-12-31'], ['2023-05-01T00:00:00.000Z', '2023-05-01'], ['31/12/2024', '2024-12-31'],
    ['1/2/2025', '2025-02-01'], ['31-12-2024', '2024-12-31'], ['31.12.2024', '2024-12-31'], ['2024/12/31', '2024-12-31'],
    ['20241231', '2024-12-31'], [' 2024-12-31 ', '2024-12-31'], ['31/12/2024 00:00', '2024-12-31'],
    // Instants are read as their day in Paris: midnight in Paris written in UTC is the next day.
    ['2023-04-30T22:00:00.000Z', '2023-05-01'], ['2023-05-01T00:00:00+02:00', '2023-05-01'], ['2023-05-01T00:00:00', '2023-05-01'],
    ['2024-12-31 fin prévue', '2024-12-31'],
    ['31/02/2024', undefined], ['fin 2025', undefined], ['', undefined], ['2024-13-01', undefined], ['1850-01-01', undefined],
    ['null', undefined], ['12/2025', undefined], ['x'.repeat(1000), undefined],
  ])('%j → %j', (raw, expected) => expect(parseUpstreamDate(raw)).toBe(expected));
});

const narrative = (items: string) => parseNarrative(`<div><ul>${items}</ul></div>`);
const none = parseNarrative(undefined);

describe('isLastUpdatedFallback', () => {
  it('recognises the CTIS fallback day when no narrative tells otherwise', () => {
    expect(isLastUpdatedFallback('2023-03-15T00:00:00.000Z', 'medicament', none)).toBe(true);
    expect(isLastUpdatedFallback('2023-03-15T00:00:00.000Z', 'jarde', none)).toBe(false);
    expect(isLastUpdatedFallback('2023-03-16T00:00:00.000Z', 'medicament', none)).toBe(false);
  });
  it('recognises 1970 dates (missing submission date)', () => {
    expect(isLastUpdatedFallback('1970-04-20T00:00:00.000Z', 'jarde', none)).toBe(true);
  });
  it('trusts the narrative: no dated history nor authorisation means a fallback, a date means a real one', () => {
    const undated = narrative('<li> historique: null </li><li> dates_avis_favorable_ms_mns: null </li>');
    expect(isLastUpdatedFallback('2026-09-01T00:00:00.000Z', 'jarde', undated)).toBe(true);
    const dated = narrative('<li> historique: 2023-03-15:En cours </li><li> dates_avis_favorable_ms_mns: null </li>');
    expect(isLastUpdatedFallback('2023-03-15T00:00:00.000Z', 'medicament', dated)).toBe(false);
    const avis = narrative('<li> historique: undefined </li><li> dates_avis_favorable_ms_mns: 21.01155.000011-MS01:2021-11-09 </li>');
    expect(isLastUpdatedFallback('2021-11-09T00:00:00.000Z', 'dispositif', avis)).toBe(false);
  });
  it('says nothing about absent or unreadable values', () => {
    expect(isLastUpdatedFallback(undefined, 'medicament', none)).toBe(false);
    expect(isLastUpdatedFallback('pas une date', 'medicament', none)).toBe(false);
  });
});

describe('isPlausibleLastUpdated', () => {
  const ref = '2026-06-30T12:00:00.000Z';
  it('accepts a past, real date', () => {
    expect(isPlausibleLastUpdated({ lastUpdated: '2025-01-20T00:00:00.000Z' }, ref)).toBe(true);
    expect(isPlausibleLastUpdated({ lastUpdated: '2026-06-30T00:00:00.000Z' }, new Date(ref))).toBe(true);
    expect(isPlausibleLastUpdated({ lastUpdated: '2023-10-17T04:13:22.512Z' }, Date.parse(ref))).toBe(true);
  });
  it('rejects dates after the reference, fallbacks, 1970, absent or unreadable values', () => {
    expect(isPlausibleLastUpdated({ lastUpdated: '2027-01-01T00:00:00.000Z' }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: '2026-07-01T00:00:00.000Z' }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: '2023-03-15T00:00:00.000Z', lastUpdatedFallback: true }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: '1970-04-20T00:00:00.000Z' }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({}, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: 'hier' }, ref)).toBe(false);
    expect(isPlausibleLastUpdated({ lastUpdated: '2025-01-20T00:00:00.000Z' }, 'pas une date')).toBe(false);
  });
});
