import { DomainError } from '../errors/domain-error.js';
import { Dec } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { provisionParameterAt, type ParameterUse } from '../policy/policy-book.js';
import type { ClaimField, Provision } from '../policy/schema.js';
import type { PolicyVersion } from '../policy/version.js';
import type { ReasonCode } from './reasons.js';
import { Exact, Reason, TraceStep, type Assessment, type StepValue } from './assessment.js';
import type { ResolvedContext } from './context.js';
import type { StepCode } from './step-texts.js';

// What is derived from a parameter value (the parsed Money, the Decimal) is derived once per dated
// value: ParameterUse objects are shared and frozen, so they can key a cache.
const moneyOf = new WeakMap<ParameterUse, Money>();
const decOf = new WeakMap<ParameterUse, Dec>();

// Which field plays which role, once per provision (provisions are frozen).
const rolesOf = new WeakMap<Provision, Map<string, ClaimField>>();
function roles(p: Provision): Map<string, ClaimField> {
  let m = rolesOf.get(p);
  if (!m) {
    m = new Map((p.claim?.fields ?? []).filter((f) => f.role).map((f) => [f.role!, f]));
    rolesOf.set(p, m);
  }
  return m;
}

/**
 * The working state of one assessment: reads parameters (recording each as used), records trace
 * steps as values (their sentences are written when read) and failed conditions, and produces the
 * Assessment with the single rounding at the end.
 */
export class Evaluation {
  readonly trace: TraceStep[] = [];
  readonly reasons: Reason[] = [];
  // The parameters read, in order (a provision reads a handful: a list beats a map).
  readonly #used: ParameterUse[] = [];

  constructor(
    readonly version: PolicyVersion<unknown>,
    readonly provision: Provision,
    readonly ctx: ResolvedContext,
  ) {}

  get provisionId(): string {
    return this.provision.id;
  }

  /** A parameter of this provision, as in force on asOf. */
  param(key: string): ParameterUse {
    for (const u of this.#used) if (u.key === key) return u;
    const use = provisionParameterAt(this.version, this.provision, key, this.ctx.asOf);
    this.#used.push(use);
    return use;
  }

  has(key: string): boolean {
    return key in this.provision.parameters;
  }

  money(key: string): Money {
    const p = this.param(key);
    let m = moneyOf.get(p);
    if (!m) {
      if (p.unit !== 'CNY' || p.value === null)
        throw new DomainError('PARAMETER_VALUE_INVALID', {
          parameter: p.id,
          value: String(p.value),
          unit: p.unit,
        });
      moneyOf.set(p, (m = Money.of(p.value)));
    }
    return m;
  }

  ratio(key: string): Dec {
    const p = this.param(key);
    let d = decOf.get(p);
    if (!d) {
      if (p.unit !== 'ratio' || p.value === null)
        throw new DomainError('PARAMETER_VALUE_INVALID', {
          parameter: p.id,
          value: String(p.value),
          unit: p.unit,
        });
      decOf.set(p, (d = new Dec(p.value)));
    }
    return d;
  }

  /** A whole number (days, years, count); null when the parameter says "none". */
  integer(key: string): number | null {
    const p = this.param(key);
    if (p.value === null) return null;
    if (p.unit === 'CNY' || p.unit === 'ratio' || p.unit === 'choice')
      throw new DomainError('PARAMETER_VALUE_INVALID', { parameter: p.id, value: p.value, unit: p.unit });
    return Number(p.value);
  }

  /** A choice parameter's value ("stack"). */
  choice(key: string): string {
    const p = this.param(key);
    if (p.unit !== 'choice' || p.value === null)
      throw new DomainError('PARAMETER_VALUE_INVALID', {
        parameter: p.id,
        value: String(p.value),
        unit: p.unit,
      });
    return p.value;
  }

  /** The claim field that plays a role for this provision's kind (checked when the version was parsed). */
  field(role: string): ClaimField {
    return roles(this.provision).get(role)!;
  }

  optionalField(role: string): ClaimField | undefined {
    return roles(this.provision).get(role);
  }

  step(step: StepCode, values: Record<string, StepValue>, parameters?: readonly string[]): void {
    this.trace.push(new TraceStep(this.provision, step, values, parameters));
  }

  fail(code: ReasonCode, values?: Record<string, string>): void {
    this.reasons.push(new Reason(code, this.provision.id, values));
  }

  /** Dates that must have happened by the assessment date (recognized, contract signed, loan repaid). */
  checkHappened(claim: Readonly<Record<string, unknown>>): void {
    for (const f of this.provision.claim?.fields ?? []) {
      if (!f.mustHaveHappened) continue;
      const date = claim[f.key] as string;
      if (date > this.ctx.asOf)
        this.fail(f.mustHaveHappened, {
          fieldZh: f.label.zh,
          fieldEn: f.label.en,
          date,
          asOf: this.ctx.asOf,
        });
    }
  }

  /**
   * Applies the annual cap (cap − already granted in the period) to an exact amount. Records the
   * step; returns the amount and whether the cap bit. A cap already used up is a failed condition.
   */
  applyAnnualCap(exact: Money, capKey: string): { amount: Money; capped: boolean } {
    const cap = this.money(capKey);
    const granted = this.ctx.granted;
    const left = granted.isZero() ? cap : cap.minus(granted).max(Money.zero());
    const capped = exact.compare(left) > 0;
    const amount = capped ? left : exact;
    this.step(
      'annualCap',
      { cap, grantedThisYear: granted, left, afterCap: new Exact(amount), capped: capped ? 'yes' : 'no' },
      [`${this.provision.id}.${capKey}`],
    );
    if (left.isZero()) this.fail('ANNUAL_CAP_REACHED', { granted: granted.toString(), cap: cap.toString() });
    return { amount, capped };
  }

  /** The one rounding, and the Assessment. Not eligible → "0.00" with every failed condition. */
  finish(exact: Money, capped = false): Assessment {
    const eligible = this.reasons.length === 0;
    const amount = eligible ? exact.round() : Money.zero();
    if (eligible) this.step('rounded', { exact: new Exact(exact), amount });
    return {
      provision: this.provision.id,
      eligible,
      amount: amount.toString(),
      capped: eligible && capped,
      trace: this.trace,
      reasons: this.reasons,
      policyVersion: this.version.id,
      asOf: this.ctx.asOf,
      fundingYear: this.ctx.fundingYear,
      parameters: this.#used,
    };
  }
}
