import { sqlState } from '../db/client.js';
import { ConfigError, type Env } from '../env.js';
import { DataDirInUse } from '../lib/data-dir-lock.js';

/** The parts of DATABASE_URL a message may show (never the password). */
function target(env: Pick<Env, 'DATABASE_URL'>) {
  const url = new URL(env.DATABASE_URL ?? 'postgres://localhost');
  return {
    user: decodeURIComponent(url.username),
    host: url.hostname,
    port: url.port || '5432',
    db: decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username),
  };
}

/**
 * Why the API could not start, in one or two lines that say what to change — or null when the
 * fault is not one of those an operator meets (then the caller shows the message, still without
 * a stack trace unless LOG_LEVEL=debug).
 */
export function explainStartupFault(
  e: unknown,
  env: Pick<Env, 'DATABASE_URL' | 'HOST' | 'PORT' | 'HUIQI_DATA_DIR'> &
    Partial<Pick<Env, 'METRICS_HOST' | 'METRICS_PORT'>>,
): string | null {
  if (e instanceof ConfigError) return e.message;
  if (e instanceof DataDirInUse) {
    return `${e.message} (another Huiqi API): stop it first, or set HUIQI_DATA_DIR to another folder.`;
  }
  const err = e as NodeJS.ErrnoException & { syscall?: string; metricsListener?: boolean };
  if (err?.syscall === 'listen') {
    // The metrics listener (METRICS_PORT on METRICS_HOST) fails in the same ways as the main one.
    const [P, H, port, host] = err.metricsListener
      ? ['METRICS_PORT', 'METRICS_HOST', env.METRICS_PORT, env.METRICS_HOST]
      : ['PORT', 'HOST', env.PORT, env.HOST];
    if (err.code === 'EADDRINUSE')
      return `port ${port} on ${host} is in use: stop what runs there, or set ${P}=… to another port (${P}=0 picks a free one).`;
    if (err.code === 'EACCES')
      return `port ${port} needs administrator rights: set ${P}=… to a port above 1023.`;
    if (err.code === 'EADDRNOTAVAIL')
      return `${H}=${host} is not an address of this machine: set ${H}=127.0.0.1 (this machine only) or ${H}=0.0.0.0 (all addresses).`;
  }
  if ((err?.code === 'EACCES' || err?.code === 'EROFS') && !env.DATABASE_URL) {
    return `cannot write the data folder HUIQI_DATA_DIR=${env.HUIQI_DATA_DIR} (${err.code}): choose a folder this user may write.`;
  }
  if (env.DATABASE_URL) {
    const t = target(env);
    const where = `${t.host}:${t.port}`;
    const state = sqlState(e);
    const text = String(err?.message ?? e);
    if (state === '3D000')
      return `database ${t.db} does not exist on ${where}: create it (createdb -h ${t.host} -p ${t.port} -U ${t.user} ${t.db}) or name another in DATABASE_URL.`;
    if (state === '28P01')
      return `PostgreSQL at ${where} refused the password for user ${t.user}: correct it in DATABASE_URL (postgres://${t.user}:PASSWORD@${where}/${t.db}).`;
    if (state === '28000')
      return `PostgreSQL at ${where} does not let user ${t.user} in (${text}): create the role (createuser -h ${t.host} -U postgres ${t.user}) or allow it in pg_hba.conf.`;
    if (state === '42501')
      return `user ${t.user} may not use database ${t.db} on ${where} (${text}): grant it (GRANT ALL ON DATABASE ${t.db} TO ${t.user}) or use the database's owner.`;
    // pg asks for a password the URL does not have.
    if (/client password must be a string|password authentication failed/i.test(text)) {
      return `PostgreSQL at ${where} asks for a password for user ${t.user}: put it in DATABASE_URL (postgres://${t.user}:PASSWORD@${where}/${t.db}).`;
    }
    if (err?.code === 'ENOTFOUND' || err?.code === 'EAI_AGAIN')
      return `the database host ${t.host} in DATABASE_URL is not known to this machine: check its name.`;
    if (/does not support SSL|server does not support SSL/i.test(text))
      return `PostgreSQL at ${where} does not offer SSL: remove sslmode from DATABASE_URL or enable SSL on the server.`;
  }
  return null;
}
