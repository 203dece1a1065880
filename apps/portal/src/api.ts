import { createClient } from '@huiqi/api-client';

/** The API is served from the same origin as the portal. */
export const api = createClient({ baseUrl: '' });
