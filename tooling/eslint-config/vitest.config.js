import { defineProjectConfig } from '@huiqi/vitest-config';

export default defineProjectConfig({ test: { include: ['*.test.js'] } });
