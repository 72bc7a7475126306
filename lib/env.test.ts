import { afterEach, describe, expect, it } from 'vitest';
import { getEnv, resetEnvForTests } from './env';

const KEYS = ['PHARE_OPERATOR_NAME', 'PHARE_CONTACT_EMAIL', 'PHARE_ACCESSIBILITY_EMAIL', 'PHARE_LOG_RETENTION_DAYS'] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

function withEnv(values: Partial<Record<(typeof KEYS)[number], string>>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, values);
  resetEnvForTests();
  return getEnv();
}

afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvForTests();
});

describe('operator settings of the legal pages', () => {
  it('are absent when unset or blank (the pages then say « à configurer »)', () => {
    for (const env of [withEnv({}), withEnv({ PHARE_OPERATOR_NAME: '  ', PHARE_CONTACT_EMAIL: '', PHARE_LOG_RETENTION_DAYS: ' ' })]) {
      expect(env.PHARE_OPERATOR_NAME).toBeUndefined();
      expect(env.PHARE_CONTACT_EMAIL).toBeUndefined();
      expect(env.PHARE_ACCESSIBILITY_EMAIL).toBeUndefined();
      expect(env.PHARE_LOG_RETENTION_DAYS).toBeUndefined();
    }
  });

  it('are read, trimmed and checked when set', () => {
    const env = withEnv({ PHARE_OPERATOR_NAME: ' Association Exemple ', PHARE_CONTACT_EMAIL: 'dpo@exemple.fr', PHARE_LOG_RETENTION_DAYS: '14' });
    expect(env).toMatchObject({ PHARE_OPERATOR_NAME: 'Association Exemple', PHARE_CONTACT_EMAIL: 'dpo@exemple.fr', PHARE_LOG_RETENTION_DAYS: 14 });
    expect(() => withEnv({ PHARE_CONTACT_EMAIL: 'pas une adresse' })).toThrow(/PHARE_CONTACT_EMAIL/);
    expect(() => withEnv({ PHARE_LOG_RETENTION_DAYS: '0' })).toThrow(/PHARE_LOG_RETENTION_DAYS/);
  });
});
