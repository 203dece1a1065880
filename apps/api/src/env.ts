import { z } from 'zod';

/**
 * The only place that reads process.env. Every setting is validated; a bad one stops start-up
 * with a message naming it.
 */
/** A whole number in a range, with the range in the message ("PORT=abc" says what would do). */
const int = (min: number, max: number, def: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .default(def);
};
const minutes = (def: number) => int(1, 60 * 24 * 30, def);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(0, 65535, 8080),
  /** postgres://… for PostgreSQL; unset = embedded PGlite in HUIQI_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    // Without one, the driver signs in as the operating-system user, which is rarely what was meant.
    .refine(
      (url) => !URL.canParse(url) || new URL(url).username !== '',
      'has no user name: postgres://USER@HOST/DB (or postgres://USER:PASSWORD@HOST/DB)',
    )
    .optional(),
  HUIQI_DATA_DIR: z.string().default('./.huiqi-data'),
  /**
   * The address people use to reach the platform (scheme, host, port), e.g. https://huiqi.nx.gov.cn.
   * State-changing requests must come from it (or ALLOWED_ORIGINS); unset in development, it is
   * http://HOST:PORT — never the request's own Host header, which a DNS-rebinding page controls.
   */
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://huiqi.example.cn' })
    .transform((u) => new URL(u).origin)
    .optional(),
  /** More origins allowed to make state-changing requests, comma separated (e.g. a development server of an app). */
  ALLOWED_ORIGINS: z.string().default(''),
  /**
   * How many reverse proxies in front of the API append to X-Forwarded-For (0: none, the peer's
   * address is the client's). Only then is the header believed: otherwise anyone could claim any address.
   */
  TRUST_PROXY_HOPS: int(0, 5, 0),
  SESSION_IDLE_MINUTES: minutes(30),
  SESSION_ABSOLUTE_MINUTES: minutes(12 * 60),
  /** Failed sign-ins to one account from one source address before that source is locked out of it. */
  LOCKOUT_THRESHOLD: int(1, 100, 5),
  /** Failed sign-ins to one account from all sources before the account itself is locked (an administrator can unlock it). */
  ACCOUNT_LOCKOUT_THRESHOLD: int(1, 1000, 20),
  /** Failed sign-ins from one source address (to any accounts) before the source is refused for LOCKOUT_MINUTES. */
  SOURCE_FAILURE_LIMIT: int(1, 10_000, 30),
  LOCKOUT_MINUTES: minutes(30),
  /** Requests per source address: sign-ins per minute, registrations per hour, calculator runs per minute; password changes per user per hour. */
  RATE_LOGIN_PER_MINUTE: int(1, 1_000_000, 30),
  RATE_REGISTER_PER_HOUR: int(1, 1_000_000, 10),
  RATE_ASSESS_PER_MINUTE: int(1, 1_000_000, 60),
  RATE_PASSWORD_PER_HOUR: int(1, 1_000_000, 10),
  PASSWORD_MIN_LENGTH: int(8, 128, 8),
  PASSWORD_MIN_CLASSES: int(1, 4, 3),
  NOTICE_DAYS: int(1, 60, 7),
  MAX_UPLOAD_MB: int(1, 100, 20),
  MAX_JSON_KB: int(1, 10_240, 256),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /**
   * Evidence files and photos in an S3-compatible bucket instead of HUIQI_DATA_DIR/attachments
   * (set S3_BUCKET to use it). S3_ENDPOINT for anything but AWS (MinIO, OSS, COS: https://host:port);
   * keys from S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY or the SDK's usual sources.
   */
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name (3–63 lower-case letters, digits, dots, hyphens)',
    )
    .optional(),
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://minio.internal:9000' })
    .optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Bucket in the path (https://host/bucket/key), as most S3-compatible servers want; false for virtual-hosted AWS style. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9._-]+\/)*$/, 'must be empty or end with / (e.g. attachments/)')
    .default('attachments/'),
  /**
   * Text messages: `log` (the default) writes each message the platform would send to the log and
   * records it as delivered to the log — nothing reaches a phone; `http` posts each one as JSON
   * ({ phone, text, topic, id }) to SMS_HTTP_URL with `Authorization: Bearer <SMS_HTTP_TOKEN>`, the
   * shape an SMS gateway adapter (Aliyun, Tencent Cloud…) in front of it takes.
   */
  SMS_PROVIDER: z.enum(['log', 'http']).default('log'),
  SMS_HTTP_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL of the SMS gateway' })
    .optional(),
  SMS_HTTP_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Who issues the approval notices (the first line of the notice, and its signature line). */
  NOTICE_AUTHORITY: z
    .string()
    .trim()
    .min(2, "must be the issuing authority's name, 2 to 40 characters")
    .max(40, "must be the issuing authority's name, 2 to 40 characters")
    .default('宁夏回族自治区知识产权局'),
  /** The 文号's agency prefix: 宁知惠企〔2026〕3号. */
  NOTICE_NUMBER_PREFIX: z
    .string()
    .regex(/^\p{Script=Han}{2,8}$/u, 'must be 2 to 8 Chinese characters, such as 宁知惠企')
    .default('宁知惠企'),
  /**
   * The Ed25519 private key (PKCS#8 PEM) notices are signed with. Unset: HUIQI_DATA_DIR/notice-signing-key.pem,
   * generated on first use. Several API processes must share one key: set this to the same file.
   */
  NOTICE_SIGNING_KEY_FILE: z.string().min(1).optional(),
  /**
   * The CJK font embedded (as a subset) in the notices: an OpenType/TrueType file. Unset: Noto Sans
   * SC from the @embedpdf/fonts-sc package. A collection (.ttc) takes its face after '#', e.g.
   * /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular.
   */
  NOTICE_FONT_FILE: z.string().min(1).optional(),
  /** GET /metrics on the main port answers only with `Authorization: Bearer <METRICS_TOKEN>`; unset, it is 404 there. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** A second listener that serves only /metrics, without a token, on an internal address (METRICS_HOST). */
  METRICS_PORT: int(0, 65535, 0).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  /** Where the built apps are served from (apps/<name>/dist). */
  APPS_DIR: z.string().default(''),
  /** Set by npm: the folder the user ran `npm run …` in; command-line paths are relative to it. */
  INIT_CWD: z.string().optional(),
  /** Cookies marked Secure: by default under NODE_ENV=production (served over HTTPS), not otherwise. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
});

type RawEnv = z.infer<typeof envSchema>;
export type Env = Omit<RawEnv, 'COOKIE_SECURE' | 'PUBLIC_ORIGIN'> & {
  COOKIE_SECURE: boolean;
  PUBLIC_ORIGIN: string;
  /** Who may make state-changing requests: PUBLIC_ORIGIN, ALLOWED_ORIGINS, and in development without PUBLIC_ORIGIN, this machine. */
  TRUSTED_ORIGINS: { exact: readonly string[]; anyLoopbackPort: boolean };
};

/** The settings that default from others: Secure cookies from NODE_ENV, the public origin from HOST and PORT. */
function derive(raw: RawEnv): Env {
  const host =
    raw.HOST === '0.0.0.0' || raw.HOST === '::'
      ? 'localhost'
      : raw.HOST.includes(':')
        ? `[${raw.HOST}]`
        : raw.HOST;
  const publicOrigin = raw.PUBLIC_ORIGIN ?? `http://${host}:${raw.PORT}`;
  const extra = raw.ALLOWED_ORIGINS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    ...raw,
    COOKIE_SECURE:
      raw.COOKIE_SECURE === undefined ? raw.NODE_ENV === 'production' : raw.COOKIE_SECURE === 'true',
    PUBLIC_ORIGIN: publicOrigin,
    // Developing on this machine (no PUBLIC_ORIGIN, not production), the apps' Vite servers on other
    // loopback ports call the API too. A rebinding page never has a loopback origin, so this stays safe.
    TRUSTED_ORIGINS: {
      exact: [publicOrigin, ...extra],
      anyLoopbackPort: !raw.PUBLIC_ORIGIN && raw.NODE_ENV !== 'production',
    },
  };
}

/** A configuration that cannot start: the message names every setting at fault, one a line. */
export class ConfigError extends Error {}

/** What production needs that the defaults only fake: each a line naming the setting and what it is for. */
function productionGaps(source: Record<string, string | undefined>, env: RawEnv): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const gaps: string[] = [];
  if (!source.PUBLIC_ORIGIN)
    gaps.push(
      '  PUBLIC_ORIGIN: required in production — the address users open, e.g. https://huiqi.example.gov.cn',
    );
  // With PostgreSQL and a bucket nothing is kept on the machine's disk.
  if (!source.HUIQI_DATA_DIR && !(env.DATABASE_URL && env.S3_BUCKET)) {
    gaps.push(
      `  HUIQI_DATA_DIR: required in production — a folder on persistent storage for ${env.DATABASE_URL ? 'the evidence files (or S3_BUCKET for a bucket)' : 'the embedded database and the evidence files'}`,
    );
  }
  return gaps;
}

export function loadEnv(given: Record<string, string | undefined> = process.env): Env {
  // `NAME=` (an empty line of an env file) means unset, as it does for most tools.
  const source = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = i.path.join('.');
      const given = source[name];
      // The value is shown unless it may hold a secret (a DATABASE_URL can carry a password).
      return `  ${name}${given === undefined || name === 'DATABASE_URL' ? '' : `=${JSON.stringify(given)}`}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.SMS_PROVIDER === 'http' && !parsed.data.SMS_HTTP_URL)
    throw new ConfigError(
      'Invalid configuration:\n  SMS_HTTP_URL: required with SMS_PROVIDER=http — the SMS gateway that takes { phone, text }',
    );
  const gaps = productionGaps(source, parsed.data);
  if (gaps.length) throw new ConfigError(`NODE_ENV=production needs these settings:\n${gaps.join('\n')}`);
  return derive(parsed.data);
}
