import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from './money.js';

const fenArb = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
const toText = (fen: bigint) => {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};

describe('money never loses a fen', () => {
  it('add and subtract agree with integer fen arithmetic', () => {
    fc.assert(
      fc.property(
        fc.array(fenArb, { minLength: 1, maxLength: 30 }),
        fc.array(fenArb, { maxLength: 30 }),
        (adds, subs) => {
          let m = Money.zero();
          let fen = 0n;
          for (const a of adds) {
            m = m.plus(toText(a));
            fen += a;
          }
          for (const s of subs) {
            m = m.minus(toText(s));
            fen -= s;
          }
          expect(m.toString()).toBe(Money.of(toText(fen)).toString());
          expect(m.toFen()).toBe(fen);
        },
      ),
    );
  });

  it('round() is half up to the fen (checked against integer arithmetic in tenths of a fen)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (milli) => {
        // milli = amount in thousandths of a yuan; half up to the fen = (milli + 5) / 10 for non-negatives.
        const text = `${milli / 1000n}.${(milli % 1000n).toString().padStart(3, '0')}`;
        const m = Money.of('0').plus(Money.of(1).times(text));
        expect(m.round().toFen()).toBe((milli + 5n) / 10n);
      }),
    );
  });

  it('a share with a cap never exceeds the cap', () => {
    fc.assert(
      fc.property(
        fenArb.filter((f) => f >= 0n),
        fc.integer({ min: 1, max: 100 }),
        fenArb.filter((f) => f >= 0n),
        (base, pct, cap) => {
          const share = Money.of(toText(base))
            .times(`${pct / 100}`)
            .min(toText(cap))
            .round();
          expect(share.compare(toText(cap))).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
