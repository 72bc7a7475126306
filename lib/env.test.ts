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

describe('operator settings of the legal pages', () => {
  it('are absent when unset or blank (the pages then say « à configurer »)', () => {
    for (const env of [envWith({ PHARE_OPERATOR_NAME: undefined, PHARE_CONTACT_EMAIL: undefined, PHARE_ACCESSIBILITY_EMAIL: undefined, PHARE_LOG_RETENTION_DAYS: undefined }), envWith({ PHARE_OPERATOR_NAME: '  ', PHARE_CONTACT_EMAIL: '', PHARE_LOG_RETENTION_DAYS: ' ' })]) {
      expect(env.PHARE_OPERATOR_NAME).toBeUndefined();
      expect(env.PHARE_CONTACT_EMAIL).toBeUndefined();
      expect(env.PHARE_ACCESSIBILITY_EMAIL).toBeUndefined();
      expect(env.PHARE_LOG_RETENTION_DAYS).toBeUndefined();
    }
  });

  it('are read, trimmed and checked when set', () => {
    const env = envWith({ PHARE_OPERATOR_NAME: ' Association Exemple ', PHARE_CONTACT_EMAIL: 'dpo@exemple.fr', PHARE_LOG_RETENTION_DAYS: '14' });
    expect(env).toMatchObject({ PHARE_OPERATOR_NAME: 'Association Exemple', PHARE_CONTACT_EMAIL: 'dpo@exemple.fr', PHARE_LOG_RETENTION_DAYS: 14 });
    expect(() => envWith({ PHARE_CONTACT_EMAIL: 'pas une adresse' })).toThrow(/PHARE_CONTACT_EMAIL/);
    expect(() => envWith({ PHARE_LOG_RETENTION_DAYS: '0' })).toThrow(/PHARE_LOG_RETENTION_DAYS/);
  });
});
