import type { ForeignItem } from '../../policy/claim-types.js';
import { itemKey } from '../../claims/item-key.js';
import type { Assessment } from '../assessment.js';
import type { Evaluation } from '../evaluation.js';

interface Item {
  key: string;
  label: string;
  family: string;
}

function itemsOf(list: readonly (string | ForeignItem)[]): Item[] {
  return list.map((i) => {
    const key = itemKey(i);
    return typeof i === 'string'
      ? { key, label: i, family: key }
      : { key, label: `${i.jurisdiction} ${i.number}`, family: i.family ?? key };
  });
}

/**
 * `per-item-award`: a fixed sum per item (a patent with an award, a grant or registration
 * abroad); an item already paid is not paid again; an optional cap on jurisdictions per family.
 */
export function perItemAward(claim: Readonly<Record<string, unknown>>, ev: Evaluation): Assessment {
  const id = ev.provision.id;
  const perItem = ev.money('amountPerItem');
  const items = itemsOf(claim[ev.field('items').key] as (string | ForeignItem)[]);
  const familyCap = ev.has('maxJurisdictionsPerFamily') ? ev.integer('maxJurisdictionsPerFamily') : null;

  let payable = 0;
  const perFamily = familyCap === null ? undefined : new Map<string, number>();
  for (const item of items) {
    if (ev.ctx.paidItems.has(item.key)) {
      ev.step('itemAlreadyPaid', { item: item.label });
      continue;
    }
    if (perFamily) {
      const n = perFamily.get(item.family) ?? 0;
      if (n >= familyCap!) {
        ev.step('itemOverFamilyCap', { item: item.label, cap: String(familyCap) }, [
          `${id}.maxJurisdictionsPerFamily`,
        ]);
        continue;
      }
      perFamily.set(item.family, n + 1);
    }
    payable++;
  }

  const total = perItem.times(payable);
  ev.step('perItemTotal', { perItem, items: String(payable), total }, [`${id}.amountPerItem`]);
  if (payable === 0) ev.fail('NO_PAYABLE_ITEMS');
  return ev.finish(total);
}
