// `node tooling/scripts/check-postgres.mjs URL`: can the tests use this PostgreSQL? Exit 0 when it
// lets the URL's user in and that user may create databases; otherwise one line saying why and
// what to set, and exit 1 (the password never printed).
import { createRequire } from 'node:module';

const pg = createRequire(new URL('../../apps/api/package.json', import.meta.url))('pg');
const url = new URL(process.argv[2]);
const who = `${decodeURIComponent(url.username) || '(no user)'} at ${url.hostname}:${url.port || 5432}`;
const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  const { rows } = await client.query(
    'select rolcreatedb or rolsuper as ok from pg_roles where rolname = current_user',
  );
  await client.end();
  if (!rows[0]?.ok) {
    console.log(
      `PostgreSQL lets ${who} in, but that role may not create databases (the tests make throwaway ones): ALTER ROLE … CREATEDB, or name another role in TEST_DATABASE_URL.`,
    );
    process.exit(1);
  }
} catch (e) {
  const text = String(e?.message ?? e);
  if (e?.code === '28P01' || /password must be a string|password authentication/i.test(text)) {
    console.log(
      `PostgreSQL asks ${who} for a password: set TEST_DATABASE_URL=postgres://USER:PASSWORD@${url.hostname}:${url.port || 5432}/postgres`,
    );
  } else if (e?.code === 'ECONNREFUSED')
    console.log(
      `nothing answers at ${url.hostname}:${url.port || 5432}: start PostgreSQL there or correct the address`,
    );
  else console.log(`PostgreSQL does not let ${who} in: ${text}`);
  process.exit(1);
}
