import { join } from 'node:path';
// The same measure as each app's build (tooling/scripts/size-check.mjs).
import { firstLoad } from '@huiqi/scripts/size-check';

const APPS = [
  { app: 'portal', budget: 200, landing: 'PolicyPage' },
  { app: 'console', budget: 250, landing: 'LoginPage|DashboardPage' },
  { app: 'station', budget: 120, landing: 'RecordPage' },
];

export function sizes(root: string) {
  return APPS.map((a) => {
    const { bytes, files } = firstLoad(join(root, 'apps', a.app), `/${a.app}/`, a.landing) as {
      bytes: number;
      files: number;
    };
    return { app: a.app, budget: a.budget, kb: bytes / 1024, files };
  });
}
