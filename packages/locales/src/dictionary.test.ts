import { describe, expect, it } from 'vitest';
import { createDictionary, loadSharedEn, mergeCatalogs, sharedZh } from './index.js';
import { issueText, localized } from './types.js';

const appZh = { record: { title: '记录服务', saved: '已保存 {n} 条' }, common: { search: '搜索' } };
const appEn = { record: { title: 'Record', saved: '{n} saved' }, common: { search: 'Search' } };

describe('createDictionary', () => {
  it('answers in Chinese first, fills {name}, and loads English only when asked', async () => {
    let loads = 0;
    const d = createDictionary(appZh, async () => {
      loads += 1;
      return { default: appEn };
    });
    expect(d.t('record.saved', { n: 3 })).toBe('已保存 3 条');
    expect(d.t('common.cancel')).toBe('取消');
    expect(loads).toBe(0);
    await d.setLanguage('en');
    expect(d.language.value).toBe('en');
    expect(d.t('record.title')).toBe('Record');
    expect(d.t('common.cancel')).toBe('Cancel');
    expect(d.t('common.search')).toBe('Search');
    await d.setLanguage('zh-CN');
    await d.setLanguage('en');
    expect(loads).toBe(1);
    expect(d.L({ zh: '银川市', en: 'Yinchuan' })).toBe('Yinchuan');
  });
});

describe('the shared catalog', () => {
  it('has the same keys in English as in Chinese, none of them empty', async () => {
    const en = await loadSharedEn();
    const keys = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${at}${k}`] : keys(v as object, `${at}${k}.`),
      );
    expect(keys(en)).toEqual(keys(sharedZh));
    expect(
      keys(en).filter((k) => !k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)),
    ).toEqual([]);
  });
  it('merges namespaces an app extends', () => {
    expect(mergeCatalogs({ common: { a: '1' } }, { common: { b: '2' }, x: { c: '3' } })).toEqual({
      common: { a: '1', b: '2' },
      x: { c: '3' },
    });
  });
});

describe('bilingual texts', () => {
  it('picks the reader’s half; an issue without params has none', () => {
    expect(localized({ zh: '企业', en: 'Enterprise' }, 'zh-CN')).toBe('企业');
    expect(issueText({ params: { zh: '请填写金额', en: 'Enter an amount' } }, 'en')).toBe('Enter an amount');
    expect(issueText({ message: 'x' }, 'en')).toBeUndefined();
  });
});
