import { describe, expect, expectTypeOf, it } from 'vitest';
import { isRecordKindId, RECORD_KINDS, recordKindOf, type RecordKindId } from './record-kinds.js';

describe('a record kind looked up by an id from outside (a route, a stored record)', () => {
  it('is the kind when Ningxia declares it, undefined otherwise', () => {
    expect(recordKindOf('ip-manager')).toBe(RECORD_KINDS['ip-manager']);
    expect(recordKindOf('no-such-kind')).toBeUndefined();
    // Not an own key of the table: an inherited name is not a kind.
    expect(recordKindOf('toString')).toBeUndefined();
    expect(recordKindOf(undefined)).toBeUndefined();
    expect(isRecordKindId(['ip-manager'])).toBe(false);
  });

  it("types each kind's id, so a page passes it to the API without a cast", () => {
    expectTypeOf(RECORD_KINDS['ip-manager'].id).toEqualTypeOf<RecordKindId>();
    const id: unknown = 'ip-manager';
    if (isRecordKindId(id)) expectTypeOf(id).toEqualTypeOf<RecordKindId>();
  });
});
