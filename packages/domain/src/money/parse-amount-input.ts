import { Dec } from './decimal.js';

/** The unit a form field asks in: 元 (the default) or 万元, where a bare number means ten thousands. */
export type AmountUnit = 'yuan' | 'wan';

export type AmountInputProblem = 'empty' | 'invalid' | 'fen' | 'negative';

export type ParsedAmountInput =
  | { ok: true; /** The amount in yuan as the API takes it: "5000000.00". */ value: string }
  | { ok: false; problem: AmountInputProblem; zh: string; en: string };

const EXAMPLE = { zh: '例如 5000000 或 500万', en: 'e.g. 5000000 or 500万' };
const PROBLEMS: Record<AmountInputProblem, (input: string) => { zh: string; en: string }> = {
  empty: () => ({ zh: `请填写金额，${EXAMPLE.zh}`, en: `Enter an amount, ${EXAMPLE.en}` }),
  invalid: (input) => ({
    zh: `“${input}”不是金额，请只填数字，${EXAMPLE.zh}`,
    en: `"${input}" is not an amount: use digits only, ${EXAMPLE.en}`,
  }),
  fen: () => ({
    zh: '金额最多精确到分（小数点后两位）',
    en: 'An amount goes to the fen at most (two decimals)',
  }),
  negative: () => ({ zh: '金额不能为负数', en: 'The amount cannot be negative' }),
};

// Full-width digits, point, comma and minus (what Chinese input methods type) as their ASCII forms.
function halfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\u3002]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x3002) return '.';
    return String.fromCharCode(c - 0xfee0);
  });
}

/** Thousands separators only where they group by three: "5,000,000" yes, "50,00" no. */
const GROUPED = /^(\d{1,3})(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

/**
 * What a person types into an amount field, as the amount it means. Accepted: full-width digits
 * (５００００００), thousands separators (5,000,000), spaces, a leading ¥ and a trailing 元; 万 or 万元
 * multiplies by ten thousand ("500万" is 5,000,000.00). In a field that asks in 万元 a bare number
 * is 万元 and "元" makes it yuan. The result is yuan with two decimals, or the problem in plain words.
 */
export function parseAmountInput(
  input: string,
  o: { unit?: AmountUnit; allowNegative?: boolean } = {},
): ParsedAmountInput {
  const fail = (problem: AmountInputProblem): ParsedAmountInput => ({
    ok: false,
    problem,
    ...PROBLEMS[problem](input.trim()),
  });
  let s = halfWidth(input).replace(/[\s\u3000]/g, '');
  if (s === '') return fail('empty');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(/^[¥￥]/, '');
  let scale = o.unit === 'wan' ? 10_000 : 1;
  if (/万元?$/.test(s)) {
    scale = 10_000;
    s = s.replace(/万元?$/, '');
  } else if (/[元圆]$/.test(s)) {
    scale = 1;
    s = s.slice(0, -1);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN.test(s)) return fail('invalid');
  const yuan = new Dec(s).times(scale);
  if (yuan.decimalPlaces() > 2) return fail('fen');
  if (negative && !yuan.isZero()) {
    if (!o.allowNegative) return fail('negative');
    return { ok: true, value: yuan.negated().toFixed(2) };
  }
  return { ok: true, value: yuan.toFixed(2) };
}
