import { defineProjectConfig } from '@huiqi/vitest-config';

// Route tests each start their own PGlite; PostgreSQL tests share one server but own schemas.
export default defineProjectConfig({ test: { testTimeout: 60_000, fileParallelism: false } });
