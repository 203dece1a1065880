import { createSession, errorText } from '@huiqi/ui';
import { api } from './api.js';

/** The console's session: who is signed in, shared by its pages. */
const store = createSession(api);
export const session = store.state;
export const refreshSession = store.refresh;
export const logout = store.logout;
export { errorText };

/** Roles that use the console; an enterprise or agency account is sent to its own app. */
export const CONSOLE_ROLES = ['city-admin', 'region-admin', 'auditor'] as const;
export const isRegion = () => session.me?.user.role === 'region-admin';
export const canReview = () =>
  session.me?.user.role === 'city-admin' || session.me?.user.role === 'region-admin';
