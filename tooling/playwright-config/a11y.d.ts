import type { Page } from '@playwright/test';
export function expectAccessible(page: Page, o?: { exclude?: string[] }): Promise<void>;
