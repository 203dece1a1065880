import type { BenchClaim } from './mixed-claims.js';

/**
 * The same batch computed with plain integer fen arithmetic (BigInt), no validation, no trace:
 * the floor that an exact, explained assessment is compared against. Numbers are those of the
 * draft; this is a yardstick, not a rule.
 */
const toFen = (s: string) => {
  const [w, f = ''] = s.split('.');
  return BigInt(w!) * 100n + BigInt((f + '00').slice(0, 2));
};
const halfUp = (num: bigint, den: bigint) => (num * 2n + den) / (den * 2n);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

export function integerBaseline(batch: BenchClaim[]): bigint {
  let total = 0n;
  for (const { claim: c, context } of batch) {
    const granted = toFen(context.grantedThisYear);
    switch (c.provision) {
      case 'M5.1': {
        const left = 100_000_000n - granted;
        total += min(halfUp(toFen(c.transactionAmount as string) * 5n, 100n), left > 0n ? left : 0n);
        break;
      }
      case 'M7.5': {
        const left = 50_000_000n - granted;
        total += min(halfUp(toFen(c.evaluationFeePaid as string) * 9n, 10n), left > 0n ? left : 0n);
        break;
      }
      case 'M7.4': {
        // principal × 3.45% × 301 days / 360 × ratio, in fen
        const ratioTenths = BigInt((c.pledgeShareRatio as string).slice(2));
        const interest = min(
          toFen(c.principal as string) * 345n * 301n,
          toFen(c.interestPaid as string) * 10_000n * 360n,
        );
        const left = 50_000_000n - granted;
        total += min(halfUp(interest * ratioTenths, 10_000n * 360n * 10n), left > 0n ? left : 0n);
        break;
      }
      case 'M1.1':
        total += 20_000_000n;
        break;
      case 'M1.4':
        total += 50_000_000n * BigInt((c.patents as string[]).length);
        break;
      default:
        total += 2_000_000n;
    }
  }
  return total;
}
