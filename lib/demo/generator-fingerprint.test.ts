import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, generateDemoRecords } from './generator';

/**
 * The dataset's fingerprint: SHA-256 of the JSON of the first 2,000 records for the default seed. A refactoring
 * must leave it unchanged; a deliberate change of the data updates it in its own commit, saying why.
 */
const FINGERPRINT_2000 = '31e37009f32b9c11b52d4c4f391ffd86287ca5bf71d844f43d65e158f5b7a261';

describe('generateDemoRecords: fingerprint', () => {
  it('produces the same 2,000 records, byte for byte, for the default seed', () => {
    const json = JSON.stringify(generateDemoRecords({ count: 2000, seed: DEFAULT_DEMO_SEED }));
    expect(createHash('sha256').update(json).digest('hex')).toBe(FINGERPRINT_2000);
  });
});
