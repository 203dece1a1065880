import { formatYuan } from '../money/format-yuan.js';
import type { ForeignPatentClaim, ForeignTrademarkClaim, PatentAwardClaim } from '../claims/schema.js';
import { itemKey } from '../claims/item-key.js';
import type { Assessment } from './assessment.js';
import type { Evaluation } from './evaluation.js';

interface Item {
  key: string;
  label: string;
  family: string;
}

function itemsOf(claim: PatentAwardClaim | ForeignPatentClaim | ForeignTrademarkClaim): Item[] {
  if ('patents' in claim) return claim.patents.map((p) => ({ key: itemKey(p), label: p, family: itemKey(p) }));
  const list = 'grants' in claim ? claim.grants : claim.registrations;
  return list.map((g) => ({ key: itemKey(g), label: `${g.jurisdiction} ${g.number}`, family: g.family ?? itemKey(g) }));
}

/**
 * M1.4–M1.6 (patent awards) and M1.7–M1.8 (grants and registrations abroad): a fixed sum per
 * item; an item already paid is not paid again; an optional cap on jurisdictions per family.
 */
export function perItemAward(claim: PatentAwardClaim | ForeignPatentClaim | ForeignTrademarkClaim, ev: Evaluation): Assessment {
  const perItem = ev.money('amountPerItem');
  const items = itemsOf(claim);
  const familyCap = 'maxJurisdictionsPerFamily' in ev.provision.parameters ? ev.integer('maxJurisdictionsPerFamily') : null;

  const payable: Item[] = [];
  const perFamily = new Map<string, number>();
  for (const item of items) {
    if (ev.ctx.paidItems.has(item.key)) {
      ev.step(`${item.label} 已获支持，不再重复支持。`, `${item.label} was already paid and is not paid again.`, { item: item.label });
      continue;
    }
    const n = perFamily.get(item.family) ?? 0;
    if (familyCap !== null && n >= familyCap) {
      ev.step(
        `${item.label} 超出同族 ${familyCap} 个法域的上限，不予支持。`,
        `${item.label} is over the cap of ${familyCap} jurisdictions per family and is not paid.`,
        { item: item.label, cap: String(familyCap) },
        [`${ev.provisionId}.maxJurisdictionsPerFamily`],
      );
      continue;
    }
    perFamily.set(item.family, n + 1);
    payable.push(item);
  }

  const total = perItem.times(payable.length);
  const [perItemText, totalText] = [ev.moneyText('amountPerItem'), formatYuan(total)];
  ev.step(
    `${ev.provisionId}（${ev.provision.title.zh}）每件 ${perItemText}；可支持 ${payable.length} 件，合计 ${totalText}。`,
    `${ev.provisionId} (${ev.provision.title.en}) pays ${perItemText} each; ${payable.length} payable, ${totalText} in all.`,
    { perItem: perItem.toString(), items: String(payable.length), total: total.toString() },
    [`${ev.provisionId}.amountPerItem`],
  );
  if (payable.length === 0) {
    ev.fail('NO_PAYABLE_ITEMS', '没有可支持的项目：所列项目均已获支持或超出上限。', 'Nothing payable: every item listed was already paid or is over a cap.');
  }
  return ev.finish(total);
}

