import { describe, expect, it, vi } from 'vitest';
import type { ConditionTerm } from '@/lib/store/reads';
import { suggestDiseases } from './disease-suggestions';

const TERMS: ConditionTerm[] = [
  { text: 'asthme sévère', studies: 40, open: 12 },
  { text: 'Asthme allergique', studies: 9, open: 9 },
  { text: 'cancer du sein métastatique', studies: 30, open: 20 },
  { text: 'mucoviscidose', studies: 5, open: 1 },
];
/** The store's own matching (start of the term or of a word), for a table of terms. */
const store = {
  listConditionTerms: (prefix: string, limit: number) =>
    TERMS.filter((t) => t.text.toLowerCase().split(' ').some((_, i, w) => w.slice(i).join(' ').startsWith(prefix)))
      .sort((a, b) => Number(b.text.toLowerCase().startsWith(prefix)) - Number(a.text.toLowerCase().startsWith(prefix)) || b.open - a.open)
      .slice(0, limit),
};
const labels = (q: string, s: Parameters<typeof suggestDiseases>[0] = store) => suggestDiseases(s, q).map((x) => x.label);

describe('suggestDiseases', () => {
  it('offers the synonym table first, then the mirror’s conditions with the most recruiting studies', () => {
    const list = suggestDiseases(store, 'asth');
    expect(list.slice(0, 3).map((s) => s.label)).toEqual(['asthma', 'asthme', 'asthmatique']);
    expect(list.slice(3)).toEqual([
      { label: 'asthme sévère', studies: 40, open: 12 },
      { label: 'Asthme allergique', studies: 9, open: 9 },
    ]);
  });

  it('matches the start of a word too, folded, one suggestion per spelling', () => {
    expect(labels('sein')).toEqual(expect.arrayContaining(['cancer du sein', 'cancer du sein métastatique']));
    expect(labels('MUCO')).toEqual(['mucoviscidose']);
    expect(labels('Alzhei')[0]).toBe('Alzheimer');
    expect(new Set(labels('cancer').map((l) => l.toLowerCase())).size).toBe(labels('cancer').length);
    expect(labels('cancer')).toHaveLength(8);
  });

  it('works without the mirror, and says nothing for too little or nonsense', () => {
    expect(labels('muco', undefined)).toEqual(['mucoviscidose']);
    expect(labels('a')).toEqual([]);
    expect(labels('  ')).toEqual([]);
    expect(labels('zzqx')).toEqual([]);
    expect(suggestDiseases(store, 'asthme', 0)).toEqual([]);
    expect(suggestDiseases(store, null as unknown as string)).toEqual([]);
  });

  it('keeps the synonym table when the mirror cannot be read', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { listConditionTerms: () => { throw new Error('disk'); } };
    expect(labels('muco', broken)).toEqual(['mucoviscidose']);
    spy.mockRestore();
  });
});
