import { pino, stdSerializers, type DestinationStream, type Logger as Pino } from 'pino';

export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** A logger whose every line also carries `bindings` (the request id of one request, say). */
  child(bindings: Record<string, unknown>): Logger;
}

/**
 * What never reaches a log line, wherever a caller puts it: cookies, authorization headers,
 * passwords, tokens and session ids, at the top level or one or two objects down (pino's
 * fast-redact paths; a wildcard covers any key at that depth).
 */
const SECRET_KEYS = [
  'cookie',
  '"set-cookie"',
  'authorization',
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'secret',
  'sessionId',
  'DATABASE_URL',
  'METRICS_TOKEN',
  'S3_SECRET_ACCESS_KEY',
];
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) =>
  key.startsWith('"') ? [`[${key}]`, `*[${key}]`, `*.*[${key}]`] : [key, `*.${key}`, `*.*.${key}`],
);

function wrap(p: Pino): Logger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') => (msg: string, fields?: Record<string, unknown>) =>
      fields ? p[level](fields, msg) : p[level](msg);
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (bindings) => wrap(p.child(bindings)),
  };
}

/**
 * Structured JSON logs through pino, one line per event, to stdout (ship them with any log
 * collector): `time` as ISO text, `level` as its name, errors under `err` with type, message and
 * stack, secrets redacted. `destination` lets tests read the lines.
 */
export function createLogger(level: Level, destination?: DestinationStream): Logger {
  const p = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err, error: stdSerializers.err },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    // Synchronous: the last lines before an exit ("shutting down", a start-up fault) are never lost.
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
  return wrap(p);
}
