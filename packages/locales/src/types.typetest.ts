/**
 * Type-level tests, checked by `typecheck` (each `@ts-expect-error` fails the check if the line it
 * guards stops being an error): a missing key, a missing or extra translation, a redefined shared
 * message.
 */
import { mergeCatalogs, type Catalog, type Translate } from './types.js';

const _zh = { claims: { withdraw: '撤回', title: '我的申报' }, ok: '确定' };

export const complete = { claims: { withdraw: 'Withdraw', title: 'My claims' }, ok: 'OK' } satisfies Catalog<
  typeof _zh
>;
// @ts-expect-error a message missing in English
export const missing = { claims: { withdraw: 'Withdraw' }, ok: 'OK' } satisfies Catalog<typeof _zh>;
export const extra = {
  claims: { withdraw: 'Withdraw', title: 'My claims' },
  ok: 'OK',
  // @ts-expect-error a message Chinese does not have
  surplus: 'More',
} satisfies Catalog<typeof _zh>;

declare const t: Translate<typeof _zh>;
t('claims.withdraw');
t('ok', { n: 1 });
// @ts-expect-error a key no catalog has
t('claims.withdrawn');
// @ts-expect-error a namespace is not a message
t('claims');

mergeCatalogs({ common: { cancel: '取消' } }, { common: { year: '年度' }, nav: { home: '首页' } });
// @ts-expect-error an app's catalog may not redefine a shared message
mergeCatalogs({ common: { cancel: '取消' } }, { common: { cancel: '算了' } });
