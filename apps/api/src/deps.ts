import { join } from 'node:path';
import { openDatabase } from './db/client.js';
import type { Env } from './env.js';
import type { Deps } from './lib/context.js';
import { FileStore } from './lib/file-store.js';
import { createLogger } from './lib/logger.js';
import { PolicyStore } from './lib/policy-store.js';

/** Opens the database (PGlite unless DATABASE_URL), migrates it, and wires the services. */
export async function createDeps(env: Env): Promise<Deps> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : env.HUIQI_DATA_DIR });
  await database.migrate();
  return {
    database,
    db: database.db,
    env,
    policy: new PolicyStore(database.db),
    files: new FileStore(join(env.HUIQI_DATA_DIR, 'attachments')),
    log: createLogger(env.LOG_LEVEL),
  };
}
