import { describe, expect, it } from 'vitest';
import { recordDialogState } from './record-dialog.js';

describe('the record dialog opening', () => {
  it('opens empty for a new record', () => {
    expect(recordDialogState('new')).toEqual({
      open: true,
      mode: 'new',
      id: '',
      closed: false,
      enterpriseId: '',
      data: {},
      errors: {},
    });
  });

  it("opens on a copy of the record's data, knowing whether it is closed", () => {
    const row = { id: 'r1', data: { name: '张三' }, closedAt: '2026-11-01', enterpriseId: 'e1' };
    const state = recordDialogState('amend', row);
    expect(state).toMatchObject({ mode: 'amend', id: 'r1', closed: true, enterpriseId: 'e1' });
    state.data.name = '李四';
    expect(row.data.name).toBe('张三');
    expect(recordDialogState('close', { id: 'r2', data: {}, closedAt: null }).closed).toBe(false);
  });
});
