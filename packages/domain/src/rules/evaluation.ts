import { DomainError } from '../errors/domain-error.js';
import { Dec } from '../money/decimal.js';
import { formatExact } from '../money/format-exact.js';
import { formatYuan } from '../money/format-yuan.js';
import { Money } from '../money/money.js';
import { parameterAt, versionInForce, findProvision, type ParameterUse } from '../policy/policy-book.js';
import type { PolicyVersion, Provision } from '../policy/schema.js';
import type { Assessment, Reason, TraceStep } from './assessment.js';
import type { ResolvedContext } from './context.js';

// What is derived from a parameter value (the parsed Money, its display text) is derived once
// per dated value: ParameterUse objects are shared and frozen, so they can key a cache.
const derived = new WeakMap<ParameterUse, Map<string, unknown>>();
function once<T>(p: ParameterUse, what: string, make: () => T): T {
  let m = derived.get(p);
  if (!m) derived.set(p, (m = new Map()));
  if (!m.has(what)) m.set(what, make());
  return m.get(what) as T;
}

/**
 * The working state of one assessment: reads parameters (recording each as used), writes trace
 * steps and failed conditions, and produces the Assessment with the single rounding at the end.
 */
export class Evaluation {
  readonly version: PolicyVersion;
  readonly provision: Provision;
  readonly trace: TraceStep[] = [];
  readonly reasons: Reason[] = [];
  readonly #used = new Map<string, ParameterUse>();

  constructor(
    readonly provisionId: string,
    readonly ctx: ResolvedContext,
  ) {
    this.version = versionInForce(ctx.policy, ctx.asOf);
    this.provision = findProvision(this.version, provisionId);
  }

  /** A parameter of this provision, as in force on asOf. */
  param(key: string): ParameterUse {
    const id = `${this.provisionId}.${key}`;
    let use = this.#used.get(id);
    if (!use) {
      use = parameterAt(this.version, id, this.ctx.asOf);
      this.#used.set(id, use);
    }
    return use;
  }

  money(key: string): Money {
    const p = this.param(key);
    if (p.unit !== 'CNY' || p.value === null) throw new DomainError('PARAMETER_VALUE_INVALID', { parameter: p.id, value: String(p.value), unit: p.unit });
    return once(p, 'money', () => Money.of(p.value!));
  }

  ratio(key: string): Dec {
    const p = this.param(key);
    if (p.unit !== 'ratio' || p.value === null) throw new DomainError('PARAMETER_VALUE_INVALID', { parameter: p.id, value: String(p.value), unit: p.unit });
    return once(p, 'dec', () => new Dec(p.value!));
  }

  /** A CNY parameter as a person reads it: "¥500,000.00". */
  moneyText(key: string): string {
    const p = this.param(key);
    return once(p, 'yuan', () => formatYuan(this.money(key)));
  }

  /** A ratio parameter as a percentage: "5%". */
  percentText(key: string): string {
    const p = this.param(key);
    return once(p, 'percent', () => `${this.ratio(key).times(100).toFixed()}%`);
  }

  /** A whole number (days, years, count); null when the parameter says "none". */
  integer(key: string): number | null {
    const p = this.param(key);
    if (p.value === null) return null;
    if (p.unit === 'CNY' || p.unit === 'ratio') throw new DomainError('PARAMETER_VALUE_INVALID', { parameter: p.id, value: p.value, unit: p.unit });
    return Number(p.value);
  }

  step(zh: string, en: string, values: Record<string, string> = {}, parameters?: string[]): void {
    this.trace.push(parameters ? { clause: this.provisionId, zh, en, values, parameters } : { clause: this.provisionId, zh, en, values });
  }

  fail(code: string, zh: string, en: string): void {
    this.reasons.push({ code, clause: this.provisionId, zh, en });
  }

  /**
   * Applies the annual cap (cap − already granted this year) to an exact amount. Records the
   * step; returns the amount and whether the cap bit. A cap already used up is a failed condition.
   */
  applyAnnualCap(exact: Money, capKey: string): { amount: Money; capped: boolean } {
    const cap = this.money(capKey);
    const capText = this.moneyText(capKey);
    const granted = this.ctx.granted;
    const left = granted.isZero() ? cap : cap.minus(granted).max(Money.zero());
    const capped = exact.compare(left) > 0;
    const amount = capped ? left : exact;
    const [grantedText, leftText] = [formatYuan(granted), granted.isZero() ? capText : formatYuan(left)];
    this.step(
      `年度上限 ${capText}，本年度已获 ${grantedText}，尚余 ${leftText}${capped ? '，按上限核定' : '，未触及上限'}。`,
      `Annual cap ${capText}; already granted this year ${grantedText}; ${leftText} left${capped ? ', so the cap applies' : ', not reached'}.`,
      { cap: cap.toString(), grantedThisYear: granted.toString(), left: left.toString(), afterCap: amount.toExactString() },
      [`${this.provisionId}.${capKey}`],
    );
    if (left.isZero()) {
      this.fail(
        'ANNUAL_CAP_REACHED',
        `本年度在本条已获补助 ${grantedText}，已达年度上限 ${capText}。`,
        `Already granted ${grantedText} under this provision this year: the annual cap of ${capText} is reached.`,
      );
    }
    return { amount, capped };
  }

  /** The one rounding, and the Assessment. Not eligible → "0.00" with every failed condition. */
  finish(exact: Money, capped = false): Assessment {
    const eligible = this.reasons.length === 0;
    const amount = eligible ? exact.round() : Money.zero();
    if (eligible) {
      const [exactText, amountText] = [formatExact(exact), formatYuan(amount)];
      this.step(
        `金额四舍五入到分：${exactText} → ${amount.toString()} 元（${amountText}）。`,
        `Rounded half up to the fen: ${exactText} → ${amount.toString()} yuan (${amountText}).`,
        { exact: exact.toExactString(), amount: amount.toString() },
      );
    }
    return {
      provision: this.provisionId,
      eligible,
      amount: amount.toString(),
      capped: eligible && capped,
      trace: this.trace,
      reasons: this.reasons,
      policyVersion: this.version.id,
      asOf: this.ctx.asOf,
      fundingYear: this.ctx.fundingYear,
      parameters: [...this.#used.values()],
    };
  }
}
