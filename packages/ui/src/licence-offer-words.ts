import type { MessageKey, Named } from '@huiqi/locales';
import type { licenceOffer } from '@huiqi/locales/zh-CN/licence-offer';
import { formatChinaTime, formatPercent, formatYuan, ningxia } from '@huiqi/domain';

/**
 * What the shared open-licence pieces translate with: the app's own `t`, which must hold the
 * `licenceOffer` catalog (@huiqi/locales/zh-CN/licence-offer, merged into the app's) and `common.cancel`.
 */
export type LicenceOfferT = (
  key: MessageKey<{ licenceOffer: typeof licenceOffer; common: { cancel: string } }>,
  named?: Named,
) => string;

/** The registry's open-licensing terms (licensor kinds, fee kinds) of the provision declaring them. */
export const openLicensingTerms = () => ningxia.provisions.find((p) => p.openLicensing)?.openLicensing;

type Kinds = readonly { id: string; label: { zh: string; en: string } }[] | undefined;
/** A kind's name in the registry, in the reader's language; the id itself if the registry has none. */
export const kindName = (list: Kinds, id: string, L: (b: { zh: string; en: string }) => string) => {
  const k = list?.find((x) => x.id === id);
  return k ? L(k.label) : id;
};

/** An offer's fee terms as people read them: ¥80,000.00 / 年, 按销售额 3.5% 提成, 免费许可. */
export function feeTermsText(
  o: { feeKind: string; feeAmount: string | null; feeRate: string | null },
  t: LicenceOfferT,
  L: (b: { zh: string; en: string }) => string,
): string {
  if (o.feeKind === 'lump-sum' && o.feeAmount)
    return t('licenceOffer.feePerYear', { amount: formatYuan(o.feeAmount) });
  if (o.feeKind === 'royalty' && o.feeRate)
    return t('licenceOffer.royalty', { rate: formatPercent(o.feeRate) });
  return kindName(openLicensingTerms()?.feeKinds, o.feeKind, L);
}

/** The China day of an instant (an amendment's), as every date a person sees. */
export const chinaDay = (at: string) => formatChinaTime(at, 'date');
