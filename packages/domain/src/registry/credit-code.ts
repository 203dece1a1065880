/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the 18th is a mod-31 check over the first 17
 * with weights 3^i mod 31.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'empty' | 'length' | 'alphabet' | 'checksum';

export type CreditCodeCheck =
  | { valid: true; code: string; registrationAuthority: string; entityType: string; regionCode: string }
  | { valid: false; problem: CreditCodeProblem; zh: string; en: string; position?: number };

/** The check character for the first 17 characters (they must be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`character ${i + 1} of "${first17}" is not in the credit-code alphabet`);
    sum += v * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Checks a code and says what is wrong, for a form to show as the person types.
 * Lower-case letters and surrounding spaces are accepted and normalised.
 */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  if (!code)
    return {
      valid: false,
      problem: 'empty',
      zh: '请填写统一社会信用代码。',
      en: 'Enter the unified social credit code.',
    };
  if (code.length !== 18) {
    return {
      valid: false,
      problem: 'length',
      zh: `统一社会信用代码为18位，当前为${code.length}位。`,
      en: `A unified social credit code has 18 characters; this one has ${code.length}.`,
    };
  }
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(code[i]!)) {
      return {
        valid: false,
        problem: 'alphabet',
        position: i + 1,
        zh: `第${i + 1}位“${code[i]}”不是有效字符：只能使用数字和除 I、O、S、V、Z 以外的大写字母。`,
        en: `Character ${i + 1} ("${code[i]}") is not allowed: only digits and capital letters other than I, O, S, V, Z.`,
      };
    }
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      valid: false,
      problem: 'checksum',
      position: 18,
      zh: '校验位不符：请核对是否有输错或颠倒的字符。',
      en: 'The check character does not match: look for a mistyped or swapped character.',
    };
  }
  return {
    valid: true,
    code,
    registrationAuthority: code[0]!,
    entityType: code[1]!,
    regionCode: code.slice(2, 8),
  };
}

export function isValidCreditCode(code: string): boolean {
  return typeof code === 'string' && checkCreditCode(code).valid && code === code.trim().toUpperCase();
}
