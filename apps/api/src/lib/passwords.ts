import { hash, verify } from '@node-rs/argon2';
import { ApiError } from './api-error.js';

/** argon2id (the library's default algorithm) with OWASP's recommended minimum: 19 MiB, 2 iterations, 1 lane. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows, verified against when the user does not exist, so timing does not tell. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`no-such-user-${Math.random()}`);
  return dummy;
}

/** The most common passwords (and the local favourites); a password on this list is refused. */
const COMMON = new Set(
  [
    'password',
    'password1',
    'password123',
    'passw0rd',
    'p@ssw0rd',
    'p@ssword1',
    'qwerty123',
    'qwertyuiop',
    'abc12345',
    'abcd1234',
    'admin123',
    'admin@123',
    'administrator',
    'welcome1',
    'welcome123',
    'letmein1',
    'iloveyou1',
    '12345678',
    '123456789',
    '1234567890',
    '11111111',
    '88888888',
    '66666666',
    '5201314',
    'woaini1314',
    'a123456789',
    'aa123456',
    'qq123456',
    'zxcvbnm1',
    '1qaz2wsx',
    '1q2w3e4r',
    'Aa123456',
    'Aa123456!',
    'Abc@1234',
    'Abc123456',
    'Qwer1234',
    'Qwerty1!',
    'Admin@123',
    'Huiqi@123',
    'Ningxia@123',
    'Password1',
    'Password1!',
    'Password@1',
    'Password123!',
    'Welcome@1',
    'Changeme1',
    'changeme1',
    'P@ssw0rd',
    'P@ssword1',
  ].map((p) => p.toLowerCase()),
);

export interface PasswordRules {
  minLength: number;
  minClasses: number;
}

/** MLPS level 3 practice: long enough, mixed classes, not a common password. Returns the problems, in both languages. */
export function passwordProblems(
  password: string,
  rules: PasswordRules,
  username?: string,
): { zh: string; en: string }[] {
  const problems: { zh: string; en: string }[] = [];
  if (password.length < rules.minLength) {
    problems.push({
      zh: `密码至少 ${rules.minLength} 位。`,
      en: `The password needs at least ${rules.minLength} characters.`,
    });
  }
  if (password.length > 128)
    problems.push({ zh: '密码最多 128 位。', en: 'The password may have at most 128 characters.' });
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < rules.minClasses) {
    problems.push({
      zh: `密码须包含大写字母、小写字母、数字、符号中的至少 ${rules.minClasses} 类。`,
      en: `The password needs at least ${rules.minClasses} of: lower-case, upper-case, digits, symbols.`,
    });
  }
  if (COMMON.has(password.toLowerCase()))
    problems.push({ zh: '该密码过于常见，请换一个。', en: 'This password is too common; choose another.' });
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ zh: '密码不能包含用户名。', en: 'The password must not contain the username.' });
  }
  return problems;
}

/** Refuses a weak password with 422 WEAK_PASSWORD and every problem, in both languages. */
export function assertStrongPassword(
  password: string,
  env: { PASSWORD_MIN_LENGTH: number; PASSWORD_MIN_CLASSES: number },
  username?: string,
): void {
  const problems = passwordProblems(
    password,
    { minLength: env.PASSWORD_MIN_LENGTH, minClasses: env.PASSWORD_MIN_CLASSES },
    username,
  );
  if (problems.length)
    throw new ApiError(
      422,
      'WEAK_PASSWORD',
      problems.map((p) => p.zh).join(''),
      problems.map((p) => p.en).join(' '),
      problems,
    );
}

/**
 * A new account's name and credentials from its form: a weak password refused (422), else hashed
 * before any transaction opens (hashing is slow by design).
 */
export async function newAccount(
  input: { username: string; displayName: string; password: string },
  env: { PASSWORD_MIN_LENGTH: number; PASSWORD_MIN_CLASSES: number },
) {
  assertStrongPassword(input.password, env, input.username);
  return {
    username: input.username,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
  };
}

/**
 * For a `.catch()` on a transaction that creates a user: the unique index on the username answers
 * 409 USERNAME_TAKEN with the name; anything else passes through.
 */
export function usernameTaken(username: string) {
  return (e: unknown): never => {
    if (
      String((e as { cause?: { constraint?: string } }).cause?.constraint ?? e).includes('users_username_uq')
    ) {
      throw new ApiError(
        409,
        'USERNAME_TAKEN',
        `用户名 ${username} 已被使用。`,
        `Username ${username} is taken.`,
      );
    }
    throw e;
  };
}
