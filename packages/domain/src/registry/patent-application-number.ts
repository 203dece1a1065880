/**
 * 中国专利申请号 (CNIPA application number, the format since 1 October 2003, ZC 0006-2003): 12 digits
 * — the year of filing (4), the kind (1: invention, 2: utility model, 3: design, 8: PCT invention
 * entering China, 9: PCT utility model entering China), a serial number (7) — then a point and a
 * check character: the 12 digits weighted 2,3,4,5,6,7,8,9,2,3,4,5, summed mod 11, 10 written "X".
 * People type it with spaces, full-width digits (２０２４…), a "CN" prefix or without the point:
 * all are read; it is kept as `202410123456.0`.
 */
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

export const PATENT_APPLICATION_KINDS = {
  '1': { zh: '发明', en: 'Invention' },
  '2': { zh: '实用新型', en: 'Utility model' },
  '3': { zh: '外观设计', en: 'Design' },
  '8': { zh: '发明（PCT 进入中国）', en: 'Invention (PCT entering China)' },
  '9': { zh: '实用新型（PCT 进入中国）', en: 'Utility model (PCT entering China)' },
} as const;
export type PatentApplicationKind = keyof typeof PATENT_APPLICATION_KINDS;

export type PatentApplicationNumberProblem = 'empty' | 'format' | 'year' | 'kind' | 'checksum';

export type PatentApplicationNumberCheck =
  | { valid: true; number: string; year: number; kind: PatentApplicationKind }
  | { valid: false; problem: PatentApplicationNumberProblem; zh: string; en: string };

/** The check character of the first 12 digits. */
export function patentApplicationCheckChar(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new RangeError(`"${first12}" is not 12 digits`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * WEIGHTS[i]!;
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

const EXAMPLE = '2024 1 0123456.0';

/**
 * Checks an application number and says what is wrong, for a form to show as the person types.
 * `latestYear` is the last filing year that can exist (this year, China time).
 */
export function checkPatentApplicationNumber(
  input: string,
  latestYear: number,
): PatentApplicationNumberCheck {
  const s = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u3000]/g, '')
    .replace(/^(CN|ZL)/, '');
  if (!s)
    return {
      valid: false,
      problem: 'empty',
      zh: '请填写专利申请号。',
      en: 'Enter the patent application number.',
    };
  const m = /^(\d{12})\.?([\dX])$/.exec(s);
  if (!m)
    return {
      valid: false,
      problem: 'format',
      zh: `专利申请号为12位数字加校验位，如 ${EXAMPLE}。`,
      en: `An application number is 12 digits and a check character, e.g. ${EXAMPLE}.`,
    };
  const digits = m[1]!;
  const year = Number(digits.slice(0, 4));
  if (year < 2003 || year > latestYear)
    return {
      valid: false,
      problem: 'year',
      zh: `申请年份 ${year} 不在 2003 至 ${latestYear} 年之间。`,
      en: `The filing year ${year} is not between 2003 and ${latestYear}.`,
    };
  const kind = digits[4]!;
  if (!(kind in PATENT_APPLICATION_KINDS))
    return {
      valid: false,
      problem: 'kind',
      zh: `第5位“${kind}”不是专利类型：应为 1、2、3、8 或 9。`,
      en: `Digit 5 ("${kind}") is not a patent kind: it is 1, 2, 3, 8 or 9.`,
    };
  if (m[2] !== patentApplicationCheckChar(digits))
    return {
      valid: false,
      problem: 'checksum',
      zh: '校验位不符：请核对是否有输错或颠倒的数字。',
      en: 'The check character does not match: look for a mistyped or swapped digit.',
    };
  return { valid: true, number: `${digits}.${m[2]}`, year, kind: kind as PatentApplicationKind };
}
