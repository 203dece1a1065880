import { defineProjectConfig } from '@huiqi/vitest-config';

export default defineProjectConfig();
