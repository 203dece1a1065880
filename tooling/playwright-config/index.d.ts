import type { PlaywrightTestConfig, Project } from '@playwright/test';
export function appConfig(o: { app: string; port: number; projects: Project[]; appDir: string }): PlaywrightTestConfig;
