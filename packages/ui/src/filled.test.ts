import { describe, expect, it } from 'vitest';
import { filled } from './filled.js';

describe('filled', () => {
  it('keeps the filters that are set and drops the cleared ones', () => {
    expect(filled({ status: 'open', kind: '', overdue: undefined, q: null })).toEqual({ status: 'open' });
    expect(filled({ flag: '' })).toEqual({});
  });
});
