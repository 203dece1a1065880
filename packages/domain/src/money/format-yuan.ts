import { Money, type MoneyInput } from './money.js';

/** "1234567" → "1,234,567" (a loop, not a look-ahead regex: this runs in every trace step). */
function group(whole: string): string {
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += ',';
    out += whole[i];
  }
  return out;
}

/**
 * "¥1,234,567.89"; negative amounts as "-¥1,234.00". Rounds half up to the fen first, since a
 * display is the end of a computation.
 */
export function formatYuan(amount: MoneyInput): string {
  const m = Money.of(amount);
  const text = (m.isRounded() ? m : m.round()).toString();
  const negative = text.charCodeAt(0) === 45; // '-'
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  return `${negative ? '-' : ''}¥${group(body.slice(0, dot))}${body.slice(dot)}`;
}
