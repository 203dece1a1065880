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
    expect(() => loadEnv({ NOTICE_NUMBER_PREFIX: 'NX-IP' })).toThrow(
      /NOTICE_NUMBER_PREFIX="NX-IP": must be 2 to 8 Chinese characters, such as 宁知惠企/,
    );
    expect(() => loadEnv({ NOTICE_AUTHORITY: '局' })).toThrow(
      /NOTICE_AUTHORITY="局": must be the issuing authority/,
    );
  });

  it('approval notices: the authority and the 文号 prefix by default; the key and font files only when set', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NOTICE_AUTHORITY: '宁夏回族自治区知识产权局',
      NOTICE_NUMBER_PREFIX: '宁知惠企',
    });
    expect(env.NOTICE_SIGNING_KEY_FILE).toBeUndefined();
    expect(env.NOTICE_FONT_FILE).toBeUndefined();
  });
});
