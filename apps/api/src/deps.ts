import { isUnavailable, openDatabase } from './db/client.js';
import type { Env } from './env.js';
import type { Deps } from './lib/context.js';
import { auditSealingLag } from './lib/audit.js';
import { withAuditSealer } from './lib/audit-sealer.js';
import { openEvidenceStore } from './lib/evidence-store.js';
import { createLogger } from './lib/logger.js';
import { createMetrics } from './lib/metrics.js';
import { PolicyStore } from './lib/policy-store.js';
import { SmsOutbox, smsProviderFor } from './lib/sms.js';

/**
 * Opens the database (PGlite unless DATABASE_URL), migrates it, and wires the services. When
 * PostgreSQL cannot be reached at start, the API still starts: it says so in the log, answers 503
 * (health included) and retries every 2 s, serving as soon as the database returns — no restart.
 */
export async function createDeps(env: Env): Promise<Deps> {
  const log = createLogger(env.LOG_LEVEL);
  const { database, sealer } = withAuditSealer(
    await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : env.HUIQI_DATA_DIR }),
    log,
  );
  const readiness = { ready: false };
  const sms = new SmsOutbox(database.db, smsProviderFor(env, log), log);
  const migrate = async () => {
    await database.migrate();
    readiness.ready = true;
    sealer.start();
    sms.start();
  };
  try {
    await migrate();
  } catch (e) {
    if (database.kind === 'pglite' || !isUnavailable(e)) throw e;
    log.error('database unreachable at start: answering 503 and retrying every 2 s', { err: e });
    // The next try is scheduled when this one has ended, never on a fixed interval: migrations on a
    // loaded machine can take longer than 2 s, and overlapping tries would queue behind each other.
    const retry = () => {
      migrate()
        .then(() => log.info('database reachable: migrations applied, serving'))
        .catch(() => setTimeout(retry, 2_000).unref());
    };
    setTimeout(retry, 2_000).unref();
  }
  return {
    database: {
      ...database,
      close: async () => {
        await sms.stop();
        await database.close();
      },
    },
    db: database.db,
    env,
    policy: new PolicyStore(database.db),
    files: openEvidenceStore(env),
    log,
    sealer,
    sms,
    metrics: createMetrics(database, { processMetrics: true, auditLag: () => auditSealingLag(database.db) }),
    readiness,
  };
}
