import { describe, expect, it } from 'vitest';
import { buildCanonicalQuery, parseSearchQuery } from './params';

function canonical(raw: string): string {
  const parsed = parseSearchQuery(raw);
  if (!parsed.ok) throw new Error(`${parsed.error.param}: ${parsed.error.message}`);
  return parsed.value.query;
}

describe('parseSearchQuery', () => {
  it('puts parameters in the canonical order, search_after last, with the default _count', () => {
    expect(canonical('search_after=2022-A1&_sort=_id&_must=JARDE&status=active')).toBe(
      'status=active&_must=JARDE&_sort=_id&_count=20&search_after=2022-A1',
    );
    expect(canonical('')).toBe('_count=20');
    expect(canonical('?_count=0')).toBe('_count=0');
  });

  it('normalises equivalent values and drops empty ones', () => {
    expect(canonical('_lastUpdated=eq2024-01-31&_text=')).toBe('_lastUpdated=2024-01-31&_count=20');
    expect(canonical('_lastUpdated=ge2024-01-31')).toBe('_lastUpdated=ge2024-01-31&_count=20');
    expect(canonical('_getpagesoffset=0&_count=10')).toBe('_count=10');
    expect(canonical('_text=c%C3%A2ncer+du+sein')).toBe('_text=c%C3%A2ncer%20du%20sein&_count=20');
    expect(canonical('_include=*&_sort=-_score')).toBe('_include=*&_sort=-_score&_count=20');
  });

  it('accepts the upper limits of the upstream and refuses one more', () => {
    expect(canonical('_count=100&_getpagesoffset=9900')).toBe('_count=100&_getpagesoffset=9900');
    expect(parseSearchQuery('_count=100&_getpagesoffset=9901').ok).toBe(false);
    expect(parseSearchQuery(`identifier=${'a'.repeat(64)}`).ok).toBe(true);
    expect(parseSearchQuery(`identifier=${'a'.repeat(65)}`).ok).toBe(false);
  });

  it('names the parameter at fault', () => {
    const parsed = parseSearchQuery('status=active&_count=abc');
    expect(parsed).toEqual({ ok: false, error: { param: '_count', message: expect.stringContaining('_count') } });
  });
});

describe('buildCanonicalQuery', () => {
  it('serialises in the canonical order whatever the object order', () => {
    expect(buildCanonicalQuery({ _count: '5', identifier: 'X-1', status: 'active' })).toBe('identifier=X-1&status=active&_count=5');
  });
});
