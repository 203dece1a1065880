import type { PlaywrightTestConfig, Project } from '@playwright/test';
export function appConfig(o: { app: string; projects: Project[]; appDir: string }): PlaywrightTestConfig;
