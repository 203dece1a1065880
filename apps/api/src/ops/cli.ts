import { resolve } from 'node:path';
import { loadEnv } from '../env.js';
import { backup, restore } from './backup.js';

/**
 *   pnpm backup  <folder>   back up the database (DATABASE_URL, or the embedded one in HUIQI_DATA_DIR) and the evidence files
 *   pnpm restore <folder>   restore into an empty target, then check it against the backup's manifest
 */
const [command, arg] = process.argv.slice(2);
if (!arg || (command !== 'backup' && command !== 'restore')) {
  console.error('usage: backup <folder> | restore <folder>');
  process.exit(2);
}
try {
  const env = loadEnv();
  // Run through `npm run backup -- <folder>`: the folder is where the user typed it, not the API's folder.
  const dir = resolve(env.INIT_CWD ?? process.cwd(), arg);
  const m = command === 'backup' ? await backup(env, dir) : await restore(env, dir);
  console.log(
    `${command === 'backup' ? 'backed up' : 'restored and checked'}: ${JSON.stringify(m.counts)}; audit ${m.audit.rows} rows sealed${m.audit.unsealed ? ` (+${m.audit.unsealed} to seal)` : ''}, head ${m.audit.lastHash.slice(0, 16)}…; ${m.files} files`,
  );
} catch (e) {
  console.error(`${command} failed: ${(e as Error).message}`);
  process.exit(1);
}
