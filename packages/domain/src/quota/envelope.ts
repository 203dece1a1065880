import { DomainError } from '../errors/domain-error.js';
import { Money, type MoneyInput } from '../money/money.js';

/**
 * A budget envelope for a provision and year. Money moves through a ledger: reserve (at city
 * approval) → post (at region approval), or void (reject, withdraw). Invariant, always:
 * 0 ≤ reserved, 0 ≤ posted, reserved + posted ≤ total. Every operation returns a new envelope
 * or throws; none can break the invariant.
 */
export interface Envelope {
  total: string;
  reserved: string;
  posted: string;
}

export type LedgerOp = 'reserve' | 'post' | 'void' | 'reverse';

function positive(amount: MoneyInput, op: string): Money {
  const m = Money.of(amount);
  if (!m.isPositive() || !m.isRounded()) {
    throw new DomainError('QUOTA_INVALID_OPERATION', {
      reason: `${op} 的金额须为大于零、精确到分的数（收到 ${m.toExactString()}）`,
      reasonEn: `the amount to ${op} must be positive and in whole fen (got ${m.toExactString()})`,
    });
  }
  return m;
}

export function createEnvelope(total: MoneyInput): Envelope {
  const t = Money.of(total);
  if (t.isNegative()) {
    throw new DomainError('QUOTA_INVALID_OPERATION', {
      reason: '预算总额不能为负数',
      reasonEn: 'the total must not be negative',
    });
  }
  return { total: t.round().toString(), reserved: '0.00', posted: '0.00' };
}

/** What can still be reserved. */
export function available(env: Envelope): Money {
  return Money.of(env.total).minus(env.reserved).minus(env.posted);
}

export function reserve(env: Envelope, amount: MoneyInput): Envelope {
  const m = positive(amount, 'reserve');
  const left = available(env);
  if (m.compare(left) > 0)
    throw new DomainError('QUOTA_EXCEEDED', { requested: m.toString(), available: left.toString() });
  return { ...env, reserved: Money.of(env.reserved).plus(m).toString() };
}

const TAKE_FROM = {
  post: { from: 'reserved', zh: ['过账', '已预留'], en: ['posting', 'reserved'] },
  void: { from: 'reserved', zh: ['释放', '已预留'], en: ['voiding', 'reserved'] },
  reverse: { from: 'posted', zh: ['冲回', '已过账'], en: ['reversing', 'posted'] },
} as const;

/** A positive amount taken out of `reserved` or `posted`, never more than is there. */
function take(env: Envelope, amount: MoneyInput, op: keyof typeof TAKE_FROM): Money {
  const m = positive(amount, op);
  const t = TAKE_FROM[op];
  if (m.compare(env[t.from]) > 0) {
    throw new DomainError('QUOTA_INVALID_OPERATION', {
      reason: `${t.zh[0]} ${m.toString()} 超过${t.zh[1]} ${env[t.from]}`,
      reasonEn: `${t.en[0]} ${m.toString()} is more than the ${env[t.from]} ${t.en[1]}`,
    });
  }
  return m;
}

/** Turn (part of) a reservation into a posting. */
export function post(env: Envelope, amount: MoneyInput): Envelope {
  const m = take(env, amount, 'post');
  return {
    ...env,
    reserved: Money.of(env.reserved).minus(m).toString(),
    posted: Money.of(env.posted).plus(m).toString(),
  };
}

/** Release (part of) a reservation: reject, withdraw, or an approved amount lower than reserved. */
export function voidReservation(env: Envelope, amount: MoneyInput): Envelope {
  const m = take(env, amount, 'void');
  return { ...env, reserved: Money.of(env.reserved).minus(m).toString() };
}

/** A correcting entry for a posted amount (clawback): never an edit of the posting. */
export function reversePosting(env: Envelope, amount: MoneyInput): Envelope {
  const m = take(env, amount, 'reverse');
  return { ...env, posted: Money.of(env.posted).minus(m).toString() };
}

/** Replays a ledger onto a fresh envelope: the counter must always equal its ledger. */
export function replayLedger(
  total: MoneyInput,
  entries: Iterable<{ op: LedgerOp; amount: string }>,
): Envelope {
  let env = createEnvelope(total);
  for (const e of entries) {
    env =
      e.op === 'reserve'
        ? reserve(env, e.amount)
        : e.op === 'post'
          ? post(env, e.amount)
          : e.op === 'void'
            ? voidReservation(env, e.amount)
            : reversePosting(env, e.amount);
  }
  return env;
}

/** True when the invariant holds (for checks after the fact, e.g. on rows read from a database). */
export function envelopeHolds(env: Envelope): boolean {
  const [t, r, p] = [Money.of(env.total), Money.of(env.reserved), Money.of(env.posted)];
  return !r.isNegative() && !p.isNegative() && r.plus(p).compare(t) <= 0;
}
