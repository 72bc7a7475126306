import { describe, expect, it } from 'vitest';
import { makeStudy } from '@/lib/study/testing';
import { toSearchDocument } from './search-document';

describe('toSearchDocument', () => {
  it('puts title, conditions and the rest in their columns, with identifiers in two spellings', () => {
    const study = makeStudy({
      id: '2022-500014-26-00',
      title: 'Essai de phase 3 dans la sclérose en plaques',
      conditions: [{ text: 'Sclérose en plaques récurrente' }],
      acronym: 'SEPRO',
      sponsor: 'CHU de Lille',
      meddra: [{ code: '10028245', label: 'Sclérose en plaques' }],
      identifiers: [
        { value: '2022-500014-26-00', kind: 'eu-ct', primary: true },
        { value: 'NCT01234567', kind: 'nct', primary: false },
      ],
      summary: 'Une étude sur les poussées.',
    });
    const doc = toSearchDocument(study);
    expect(doc.title).toBe('essai phas 3 scleros plaqu');
    expect(doc.conditions).toBe('scleros plaqu recurrent');
    expect(doc.body).toContain('sepro');
    expect(doc.body).toContain('chu lill');
    expect(doc.body).toContain('20225000142600');
    expect(doc.body).toContain('nct01234567');
    expect(doc.body).toContain('pouss');
    expect(doc.body).not.toMatch(/[^a-z0-9 ]/);
  });
});
