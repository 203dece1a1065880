import { createClient } from '@huiqi/api-client';

/** The API is served from the same origin as the console. */
export const api = createClient({ baseUrl: '' });
