import { DomainError } from '../errors/domain-error.js';
import { Money, type MoneyInput } from './money.js';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
const SECTIONS = ['', '万', '亿'] as const;
/** The largest integer part we can write with 万 and 亿: 9999 9999 9999. */
const MAX_YUAN = 10n ** 12n;

/** One group of four digits (0 < n < 10000), with 零 for inner zeros. */
function section(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + PLACES[place]!;
  }
  return out;
}

function yuanInWords(yuan: bigint): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0n; rest /= 10000n) groups.push(Number(rest % 10000n));
  let out = '';
  let zeroPending = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      if (out) zeroPending = true;
      continue;
    }
    // A group under 1000 after a higher non-zero group reads with 零: 10,0500 → 壹拾万零伍佰.
    if (out && (zeroPending || g < 1000)) out += '零';
    zeroPending = false;
    out += section(g) + SECTIONS[i]!;
  }
  return out;
}

/**
 * 大写金额 as the payment-settlement rules (《支付结算办法》附件《正确填写票据和结算凭证的基本规定》)
 * ask: 1409.50 → 壹仟肆佰零玖元伍角, 16409.02 → 壹万陆仟肆佰零玖元零贰分, 1005 → 壹仟零伍元整,
 * 10 → 壹拾元整. 整 only after 元; 零 after 元 when 角 is zero and 分 is not, and when the 元
 * digit is zero before a 角 (1680.32 → 壹仟陆佰捌拾元零叁角贰分). Up to 亿.
 */
export function amountInWords(amount: MoneyInput): string {
  const money = Money.of(amount).round();
  if (money.isNegative()) throw new DomainError('AMOUNT_NEGATIVE_FOR_WORDS', { value: money.toString() });
  const fen = money.toFen();
  const yuan = fen / 100n;
  if (yuan >= MAX_YUAN) throw new DomainError('AMOUNT_TOO_LARGE_FOR_WORDS', { value: money.toString() });
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);

  if (yuan === 0n && jiao === 0 && cents === 0) return '零元整';
  let out = yuan > 0n ? yuanInWords(yuan) + '元' : '';
  if (jiao === 0 && cents === 0) return out + '整';
  if (jiao > 0) {
    if (yuan > 0n && yuan % 10n === 0n) out += '零';
    out += DIGITS[jiao]! + '角';
  } else if (yuan > 0n) {
    out += '零';
  }
  if (cents > 0) out += DIGITS[cents]! + '分';
  return out;
}
