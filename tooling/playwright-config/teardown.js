import { rmSync } from 'node:fs';

/** The run's data folders (the API's embedded database and evidence files) go when the run ends. */
export default function teardown() {
  for (const [key, dir] of Object.entries(process.env)) {
    if (key.startsWith('HUIQI_E2E_DATA_') && dir) rmSync(dir, { recursive: true, force: true });
  }
}
