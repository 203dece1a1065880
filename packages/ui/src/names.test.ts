import { describe, expect, it } from 'vitest';
import { actionName, nameIn, TARGET_NAMES } from './names.js';

describe('the names of audit codes', () => {
  it("names a claim's audit rows from before the rename (application.*) as the claim's", () => {
    expect(actionName('application.paid')).toEqual(actionName('claim.paid'));
    expect(actionName('claim.paid').zh).toBe('资金拨付');
    expect(nameIn(TARGET_NAMES, 'application', 'zh')).toBe('申报');
    expect(actionName('priority-exam.passed').en).toBe('Prioritized examination application passed');
  });
});
