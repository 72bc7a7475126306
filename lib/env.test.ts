import { afterEach, describe, expect, it } from 'vitest';
import { getEnv, resetEnvForTests } from './env';

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

function envWith(values: Record<string, string | undefined>) {
  process.env = { ...saved, ...values };
  resetEnvForTests();
  return getEnv();
}

describe('PHARE_TRUSTED_PROXIES', () => {
  it('defaults to 0: no forwarded header is trusted', () => {
    expect(envWith({ PHARE_TRUSTED_PROXIES: undefined }).PHARE_TRUSTED_PROXIES).toBe(0);
  });

  it('accepts an integer ≥ 0', () => {
    expect(envWith({ PHARE_TRUSTED_PROXIES: '0' }).PHARE_TRUSTED_PROXIES).toBe(0);
    expect(envWith({ PHARE_TRUSTED_PROXIES: '2' }).PHARE_TRUSTED_PROXIES).toBe(2);
  });

  it.each(['-1', '1.5', 'deux', 'true'])('refuses %s, naming the variable', (value) => {
    expect(() => envWith({ PHARE_TRUSTED_PROXIES: value })).toThrow(/PHARE_TRUSTED_PROXIES/);
  });
});

describe('PHARE_TEST_TILES', () => {
  it('is off unless set to 1', () => {
    expect(envWith({ PHARE_TEST_TILES: undefined }).PHARE_TEST_TILES).toBe('0');
    expect(envWith({ PHARE_TEST_TILES: '1' }).PHARE_TEST_TILES).toBe('1');
    expect(() => envWith({ PHARE_TEST_TILES: 'yes' })).toThrow(/PHARE_TEST_TILES/);
  });
});
