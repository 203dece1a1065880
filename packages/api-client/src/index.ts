import type { Endpoints } from '@huiqi/contracts';
import { routeTable } from '@huiqi/contracts/route-table';
import { bindAll } from './bind.js';

export { ApiClientError } from './error.js';
export type { Call, CallOptions, InputOf, OutputOf } from './bind.js';

export interface ClientOptions {
  /** Where the API is: "" for the same origin (the apps), "http://127.0.0.1:8080" elsewhere. */
  baseUrl?: string;
  /** A fetch to use (tests pass the app's own request function). */
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. a cookie outside a browser). */
  headers?: () => Record<string, string>;
}

/**
 * A typed client over the Huiqi API for the apps: `client.<group>.<name>(…path ids, input?,
 * options?)` for every endpoint declared in @huiqi/contracts, with the types derived from the
 * declarations. It knows nothing of the API's code.
 */
export function createClient(opts: ClientOptions = {}) {
  const base = opts.baseUrl ?? '';
  const doFetch = opts.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  return bindAll<Endpoints>(routeTable, { base, fetch: doFetch, headers: opts.headers });
}

export type HuiqiClient = ReturnType<typeof createClient>;
