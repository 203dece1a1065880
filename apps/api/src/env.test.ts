import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';

describe('configuration', () => {
  it('has safe defaults: embedded database, 30-minute idle sessions, 12-hour lifetime, lockout after 5', () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      HUIQI_DATA_DIR: './.huiqi-data',
      SESSION_IDLE_MINUTES: 30,
      SESSION_ABSOLUTE_MINUTES: 720,
      LOCKOUT_THRESHOLD: 5,
      LOCKOUT_MINUTES: 30,
      NOTICE_DAYS: 7,
    });
  });

  it('a bad setting stops start-up with a message naming it', () => {
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres/);
    expect(() => loadEnv({ PASSWORD_MIN_LENGTH: '4' })).toThrow(/PASSWORD_MIN_LENGTH/);
  });
});
