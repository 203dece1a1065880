import { createSession, errorText } from '@huiqi/ui';
import { api } from './api.js';

/** The console's session: who is signed in, shared by its pages. */
const store = createSession(api);
export const session = store.state;
export const refreshSession = store.refresh;
export const logout = store.logout;
export { errorText };

/** Roles that use the console; an enterprise or agency account is sent to its own app. */
export const CONSOLE_ROLES = ['city-admin', 'region-admin', 'auditor', 'industry-dept'] as const;
/**
 * The pages the industry department opens (M9.1: it reads the SRDI lists, the registry with each
 * enterprise's IP profile, claims and cases, and the adjudication register of its area; nothing
 * else). The server refuses it everything else; the menu and the router show it only these.
 */
export const INDUSTRY_PAGES = ['srdi-lists', 'enterprises', 'adjudication', 'messages'] as const;
export const isIndustry = () => session.me?.user.role === 'industry-dept';
/** Whether the signed-in official may open a page (by its route name). */
export const mayOpen = (page: string) =>
  !isIndustry() || (INDUSTRY_PAGES as readonly string[]).includes(page);
export const isRegion = () => session.me?.user.role === 'region-admin';
export const canReview = () =>
  session.me?.user.role === 'city-admin' || session.me?.user.role === 'region-admin';
