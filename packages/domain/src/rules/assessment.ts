import type { CalendarDate } from '../dates/calendar-date.js';
import type { ParameterUse } from '../policy/policy-book.js';

/** One step of "why this amount": the clause it applies, a sentence in each language, the values it used. */
export interface TraceStep {
  clause: string;
  zh: string;
  en: string;
  values: Record<string, string>;
  /** Ids of the parameters this step read ("M7.4.annualCap"). */
  parameters?: string[];
}

/** A condition the claim did not meet. */
export interface Reason {
  code: string;
  clause: string;
  zh: string;
  en: string;
}

export interface Assessment {
  provision: string;
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
