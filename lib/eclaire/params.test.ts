import { describe, expect, it } from 'vitest';
import { EclaireParamsError } from './errors';
import { buildSearchQuery } from './params';

describe('buildSearchQuery', () => {
  it('keeps the caller order and encodes values', () => {
    expect(buildSearchQuery([['_text', 'cancer du sein'], ['_count', 20], ['status', 'active']])).toBe(
      '_text=cancer%20du%20sein&_count=20&status=active',
    );
    expect(buildSearchQuery({ _must: 'REG536', _count: 0 })).toBe('_must=REG536&_count=0');
  });

  it('drops empty, blank, null and undefined values (the upstream stops at the first empty one)', () => {
    expect(buildSearchQuery([['_text', ''], ['status', undefined], ['x', null], ['y', '  '], ['_count', 10]])).toBe(
      '_count=10',
    );
    expect(buildSearchQuery({})).toBe('');
  });

  it('puts search_after last wherever it was given', () => {
    expect(buildSearchQuery([['search_after', '2021-A01022-39'], ['_sort', '_id'], ['_count', 50]])).toBe(
      '_sort=_id&_count=50&search_after=2021-A01022-39',
    );
    expect(buildSearchQuery({ search_after: 'a,b', _text: 'x' })).toBe('_text=x&search_after=a%2Cb');
  });

  it('refuses a repeated name with a typed error', () => {
    expect(() => buildSearchQuery([['status', 'active'], ['status', 'approved']])).toThrow(EclaireParamsError);
    try {
      buildSearchQuery([['_text', 'a'], ['_count', 1], ['_text', 'b']]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EclaireParamsError);
      expect((err as EclaireParamsError).param).toBe('_text');
    }
  });

  it('does not count a dropped empty value as a repetition', () => {
    expect(buildSearchQuery([['_text', ''], ['_text', 'covid']])).toBe('_text=covid');
  });

  it('refuses _getpagesoffset together with search_after, in any order', () => {
    expect(() => buildSearchQuery([['_getpagesoffset', 20], ['search_after', 'x']])).toThrow(EclaireParamsError);
    expect(() => buildSearchQuery([['search_after', 'x'], ['_getpagesoffset', 20]])).toThrow(EclaireParamsError);
    expect(buildSearchQuery([['_getpagesoffset', 20], ['search_after', '']])).toBe('_getpagesoffset=20');
  });

  it('refuses bracketed names that qs would turn into objects', () => {
    expect(() => buildSearchQuery([['a[b]', 'c']])).toThrow(EclaireParamsError);
  });
});
