import { describe, expect, it } from 'vitest';
import { createCatalogI18n } from './vue-i18n.js';

const appZh = { claims: { title: '我的申报', tooBig: '文件不能超过 {mb} MB' }, common: { year: '资助年度' } };
const appEn = {
  claims: { title: 'My claims', tooBig: 'Files up to {mb} MB' },
  common: { year: 'Funding year' },
};

describe('createCatalogI18n', () => {
  it('starts in Chinese with the shared words and loads English once, when chosen', async () => {
    let loads = 0;
    const { i18n, setLanguage } = createCatalogI18n(appZh, async () => {
      loads += 1;
      return { default: appEn };
    });
    const t = i18n.global.t;
    expect(i18n.global.availableLocales).toEqual(['zh-CN']);
    expect(t('claims.tooBig', { mb: 20 })).toBe('文件不能超过 20 MB');
    expect(t('common.cancel')).toBe('取消');
    expect(t('common.year')).toBe('资助年度');
    await setLanguage('en');
    expect(i18n.global.locale.value).toBe('en');
    expect(t('claims.title')).toBe('My claims');
    expect(t('common.cancel')).toBe('Cancel');
    expect(t('common.year')).toBe('Funding year');
    await setLanguage('zh-CN');
    expect(t('claims.title')).toBe('我的申报');
    await setLanguage('en');
    expect(loads).toBe(1);
  });
});
