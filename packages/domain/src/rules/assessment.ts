import type { CalendarDate } from '../dates/calendar-date.js';
import { Money } from '../money/money.js';
import type { ParameterUse } from '../policy/policy-book.js';
import type { Provision } from '../policy/schema.js';
import { REASONS, type ReasonCode } from './reasons.js';
import { STEP_TEXTS, type StepCode } from './step-texts.js';

/** An intermediate amount kept with every digit (a trace's `values` show it exactly). */
export class Exact {
  constructor(readonly money: Money) {}
}

/** What a step records: text, an amount to the fen (Money), or an exact intermediate (Exact). */
export type StepValue = string | Money | Exact;

/**
 * One step of "why this amount": the clause it applies, the values it used, the parameters it
 * read — and its sentence in each language. Amounts are turned into strings, and sentences
 * written, only when read (`values`, `zh`, `en`) or serialized (`toJSON`): computing formats nothing.
 */
export class TraceStep {
  readonly clause: string;
  readonly #provision: Provision;
  readonly #raw: Readonly<Record<string, StepValue>>;
  #values: Record<string, string> | undefined;

  constructor(
    provision: Provision,
    /** What the step did, naming its sentence (STEP_TEXTS). */
    readonly step: StepCode,
    raw: Readonly<Record<string, StepValue>>,
    /** Ids of the parameters this step read ("M7.4.annualCap"). */
    readonly parameters?: readonly string[],
  ) {
    this.clause = provision.id;
    this.#provision = provision;
    this.#raw = raw;
  }

  /** The values the step used, as decimal strings ("500000.00", "349791.666…" in full). */
  get values(): Readonly<Record<string, string>> {
    if (!this.#values) {
      const out: Record<string, string> = {};
      for (const k in this.#raw) {
        const v = this.#raw[k]!;
        out[k] = typeof v === 'string' ? v : v instanceof Money ? v.toString() : v.money.toExactString();
      }
      this.#values = out;
    }
    return this.#values;
  }

  get zh(): string {
    return STEP_TEXTS[this.step].zh(this.values, this.#provision);
  }

  get en(): string {
    return STEP_TEXTS[this.step].en(this.values, this.#provision);
  }

  toJSON(): {
    clause: string;
    step: StepCode;
    zh: string;
    en: string;
    values: Record<string, string>;
    parameters?: string[];
  } {
    const out = {
      clause: this.clause,
      step: this.step,
      zh: this.zh,
      en: this.en,
      values: { ...this.values },
    };
    return this.parameters ? { ...out, parameters: [...this.parameters] } : out;
  }
}

/** A condition the claim did not meet: a stable code (REASONS), its clause and values, its text when read. */
export class Reason {
  constructor(
    readonly code: ReasonCode,
    readonly clause: string,
    readonly values: Readonly<Record<string, string>> = {},
  ) {}

  get zh(): string {
    return REASONS[this.code].zh(this.values);
  }

  get en(): string {
    return REASONS[this.code].en(this.values);
  }

  toJSON(): { code: ReasonCode; clause: string; zh: string; en: string; values: Record<string, string> } {
    return { code: this.code, clause: this.clause, zh: this.zh, en: this.en, values: { ...this.values } };
  }
}

export interface Assessment<P extends string = string> {
  provision: P;
  eligible: boolean;
  /** Payable amount, rounded once, half up to the fen: "209875.00"; "0.00" when not eligible. */
  amount: string;
  /** True when an annual cap lowered the amount. */
  capped: boolean;
  trace: TraceStep[];
  reasons: Reason[];
  /** What the assessment was made with, so it can be frozen with a claim and explained later. */
  policyVersion: string;
  asOf: CalendarDate;
  fundingYear: number;
  parameters: ParameterUse[];
}
