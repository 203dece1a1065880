import { createSession, errorText } from '@huiqi/ui';
import { api } from './api.js';

/** The portal's session: who is signed in, shared by its pages. */
const store = createSession(api);
export const session = store.state;
export const refreshSession = store.refresh;
export const logout = store.logout;
export { errorText };
