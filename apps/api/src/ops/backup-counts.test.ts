import { describe, expect, it } from 'vitest';
import { countsMatch } from './backup.js';

describe('a restore compares the counts its backup has', () => {
  it('the same rows under the same names', () => {
    expect(countsMatch({ claims: 3, users: 2 }, { users: 2, claims: 3 })).toBe(true);
  });
  it('a table renamed since the backup is read under its new name', () => {
    expect(countsMatch({ applications: 3, users: 2 }, { claims: 3, users: 2 })).toBe(true);
    expect(countsMatch({ applications: 3 }, { claims: 4 })).toBe(false);
  });
  it('a table added since the backup (an older version did not count it) is not a difference', () => {
    expect(countsMatch({ claims: 3 }, { claims: 3, approvalNotices: 0 })).toBe(true);
  });
  it('a row missing from a table the backup counted is', () => {
    expect(countsMatch({ claims: 3, users: 2 }, { claims: 3, users: 1 })).toBe(false);
    expect(countsMatch({ claims: 3, users: 2 }, { claims: 3 })).toBe(false);
  });
});
