import { describe, expect, it } from 'vitest';
import { uuid } from './common.js';
import { CHECKS, checkMessage } from './messages.js';

describe('CHECKS', () => {
  it('gives each check its own English, so the English zod reports finds its Chinese', () => {
    const en = Object.values(CHECKS).map((m) => m.en);
    expect(new Set(en).size).toBe(en.length);
    for (const m of Object.values(CHECKS)) expect(checkMessage(m.en)).toBe(m);
    expect(checkMessage('some other message')).toBeUndefined();
  });
  it('is what a schema reports', () => {
    const r = uuid.safeParse('12');
    expect(r.success).toBe(false);
    expect(checkMessage(r.error!.issues[0]!.message)).toEqual(CHECKS.uuid);
  });
});
