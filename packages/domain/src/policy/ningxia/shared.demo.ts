import { patentApplicationCheckChar } from '../../registry/patent-application-number.js';
import { notAfter, pad2, type DemoClaimContext } from '../provision-demo.js';

/**
 * DEMO DATA: example-claim parts several Ningxia provisions' demos share (shared.ts's fields,
 * filled in). Numbers are made from the claim's index, so no two demo claims name the same item.
 */

/** M1.1–M1.3: recognized in the year before the funding year (newly recognized), a day from the index. */
export function recognizedLastYear({ index, fundingYear, today }: DemoClaimContext) {
  return notAfter(`${fundingYear - 1}-${pad2(1 + (index % 12))}-${pad2(1 + (index % 28))}`, today);
}

/** M1.4–M1.6: one awarded invention patent, a valid number (check character) filed three years back. */
export function awardedPatent({ index, fundingYear }: DemoClaimContext): string {
  const first12 = `${fundingYear - 3}1${String(2_300_000 + index * 37).padStart(7, '0')}`;
  return `ZL${first12}.${patentApplicationCheckChar(first12)}`;
}
