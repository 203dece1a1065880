import { ApiClientError } from '@huiqi/api-client';
import { describe, expect, it } from 'vitest';
import { apiFieldErrors, refusalWords } from './field-errors.js';

const validation = (details: unknown) =>
  new ApiClientError(
    400,
    'VALIDATION_FAILED',
    '请求有误：comment — 请填写给企业的审核意见。',
    'The request is not valid: comment — write the comment to the enterprise',
    details,
  );

describe('refusalWords', () => {
  it("says a validation refusal's problems in their own words, without the fields' codes", () => {
    const e = validation([
      { path: 'comment', zh: '请填写给企业的审核意见。', en: 'write the comment to the enterprise' },
      { path: 'issues.0.reason', zh: '请写明退回原因', en: 'Give the reason.' },
    ]);
    expect(refusalWords(e)).toEqual({
      zh: '请填写给企业的审核意见。请写明退回原因。',
      en: 'Write the comment to the enterprise. Give the reason.',
    });
  });

  it('says each problem once, the first three at most', () => {
    const same = { path: 'a', zh: '请输入用户名。', en: 'enter the username' };
    const e = validation([
      same,
      { ...same, path: 'b' },
      ...['一', '二', '三'].map((n) => ({ path: n, zh: `第${n}项。`, en: n })),
    ]);
    expect(refusalWords(e).zh).toBe('请输入用户名。第一项。第二项。');
  });

  it('keeps the words of any other refusal, and of a validation refusal without problems', () => {
    const conflict = new ApiClientError(409, 'BUDGET_EXHAUSTED', '预算不足。', 'Not enough budget.', {
      available: '0.00',
    });
    expect(refusalWords(conflict)).toEqual({ zh: '预算不足。', en: 'Not enough budget.' });
    expect(refusalWords(validation(undefined)).zh).toBe('请求有误：comment — 请填写给企业的审核意见。');
    expect(refusalWords(validation([{ path: 'x' }])).zh).toBe('请求有误：comment — 请填写给企业的审核意见。');
  });
});

describe('apiFieldErrors', () => {
  it('puts each problem under its top-level field, in the reader’s language', () => {
    const e = validation([{ path: 'data.size', zh: '请填写金额。', en: 'Enter the amount.' }]);
    expect(apiFieldErrors(e, 'zh-CN')).toEqual({ data: '请填写金额。' });
    expect(apiFieldErrors(e, 'en')).toEqual({ data: 'Enter the amount.' });
    expect(apiFieldErrors(new Error('x'), 'zh-CN')).toBeNull();
  });
});
