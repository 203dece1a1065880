import { z } from 'zod';

/**
 * The only place that reads process.env. Every setting is validated; a bad one stops start-up
 * with a message naming it.
 */
const minutes = (def: number) => z.coerce.number().int().min(1).max(60 * 24 * 30).default(def);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** postgres://… for PostgreSQL; unset = embedded PGlite in HUIQI_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  HUIQI_DATA_DIR: z.string().default('./.huiqi-data'),
  /** Origins allowed to make state-changing requests, comma separated; default: the server's own. */
  ALLOWED_ORIGINS: z.string().default(''),
  SESSION_IDLE_MINUTES: minutes(30),
  SESSION_ABSOLUTE_MINUTES: minutes(12 * 60),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: minutes(30),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(128).default(8),
  PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  NOTICE_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(100).default(20),
  MAX_JSON_KB: z.coerce.number().int().min(1).max(10_240).default(256),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Where the built apps are served from (apps/<name>/dist). */
  APPS_DIR: z.string().default(''),
  /** Set by npm: the folder the user ran `npm run …` in; command-line paths are relative to it. */
  INIT_CWD: z.string().optional(),
  /** Cookies marked Secure (behind HTTPS in production). */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof envSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
