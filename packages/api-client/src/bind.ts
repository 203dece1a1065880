import type { EndpointGroup, EndpointSpec, RouteEntry, RouteTable } from '@huiqi/contracts';
import type { z } from 'zod';
import { ApiClientError } from './error.js';

// Classic or mini schemas alike: both are core types.
type Schema = z.core.$ZodType;

type Ids<P extends string> = P extends `${string}{${string}}${infer Rest}` ? [string, ...Ids<Rest>] : [];
/** One string per path parameter, in the order of the path. */
type ParamArgs<E extends EndpointSpec> = Ids<E['path']>;

/** A query as the caller writes it: coerced fields (`z.coerce.number()`) take what they become. */
type QueryInput<Q extends Schema> = {
  [K in keyof z.input<Q>]: unknown extends z.input<Q>[K]
    ? K extends keyof z.output<Q>
      ? z.output<Q>[K] | undefined
      : z.input<Q>[K]
    : z.input<Q>[K];
};

/** What the caller sends: the body (JSON or form), else the query. */
export type InputOf<E extends EndpointSpec> = E extends { body: infer B extends Schema }
  ? z.input<B>
  : E extends { form: infer F extends Schema }
    ? z.input<F>
    : E extends { query: infer Q extends Schema }
      ? QueryInput<Q>
      : never;
type InputArgs<E extends EndpointSpec> = [InputOf<E>] extends [never]
  ? []
  : object extends InputOf<E>
    ? [input?: InputOf<E>]
    : [input: InputOf<E>];

/** Per call: an Idempotency-Key where the endpoint takes one; the query of an endpoint with a body too. */
export type CallOptions<E extends EndpointSpec> = { signal?: AbortSignal } & (E extends {
  idempotent: true;
}
  ? { idempotencyKey?: string }
  : unknown) &
  (E extends { query: infer Q extends Schema; body: Schema }
    ? { query?: QueryInput<Q> }
    : E extends { query: infer Q extends Schema; form: Schema }
      ? { query?: QueryInput<Q> }
      : unknown);

type Answer<R> = R extends Schema
  ? z.output<R>
  : R extends { schema: infer S extends Schema }
    ? z.output<S>
    : R extends { file: string }
      ? Blob
      : undefined;
/** What a successful call answers: the union of the declared successes. */
export type OutputOf<E extends EndpointSpec> = {
  [S in keyof E['responses']]: Answer<E['responses'][S]>;
}[keyof E['responses']];

type UrlArgs<E extends EndpointSpec> = [...ParamArgs<E>, ...InputArgs<E>];
/** The function for one endpoint; a GET also gives its address (for links and downloads). */
export type Call<E extends EndpointSpec> = ((
  ...args: [...ParamArgs<E>, ...InputArgs<E>, options?: CallOptions<E>]
) => Promise<OutputOf<E>>) &
  (E['method'] extends 'get' ? { url: (...args: UrlArgs<E>) => string } : unknown);

export type GroupClient<G extends EndpointGroup> = { [N in keyof G]: Call<G[N]> };
export type EndpointsClient<T extends Record<string, EndpointGroup>> = {
  [K in keyof T]: GroupClient<T[K]>;
};

export interface Transport {
  base: string;
  fetch: typeof fetch;
  headers?: () => Record<string, string>;
}

/** A query string of the values that are set (`?year=2026`), or "". */
export function qs(q: object = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The error a refused request answers with (the API's error shape, else the HTTP status). */
export async function failure(res: Response): Promise<ApiClientError> {
  const text = await res.text().catch(() => '');
  let e: { code?: string; zh?: string; en?: string; details?: unknown } = {};
  try {
    e = (JSON.parse(text) as { error?: typeof e }).error ?? {};
  } catch {
    // not JSON (a proxy's page): the status says it
  }
  return new ApiClientError(
    res.status,
    e.code ?? 'HTTP_ERROR',
    e.zh ?? res.statusText,
    e.en ?? res.statusText,
    e.details,
  );
}

function formOf(input: object): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(input))
    if (v !== undefined && v !== null) form.set(k, v instanceof Blob ? v : String(v));
  return form;
}

/** The function of one endpoint, made from its entry in the route table. */
export function bind(e: RouteEntry, t: Transport): (...args: unknown[]) => Promise<unknown> {
  const names = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const url = (args: unknown[], query: object | undefined) =>
    `${t.base}/api${e.path.replace(/\{(\w+)\}/g, (_, n: string) =>
      encodeURIComponent(String(args[names.indexOf(n)])),
    )}${qs(query)}`;
  const call = async (...args: unknown[]) => {
    const input = e.input ? (args[names.length] as object | undefined) : undefined;
    const options = (args[names.length + (e.input ? 1 : 0)] ?? {}) as {
      idempotencyKey?: string;
      query?: object;
      signal?: AbortSignal;
    };
    const headers: Record<string, string> = { Accept: 'application/json', ...t.headers?.() };
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    let body: BodyInit | undefined;
    if (e.input === 'form') body = formOf(input ?? {});
    else if (e.input === 'json') {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input ?? {});
    }
    const res = await t.fetch(url(args, e.input === 'query' ? input : options.query), {
      method: e.method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      body,
      signal: options.signal,
    });
    if (!res.ok) throw await failure(res);
    if (e.file) return res.blob();
    const text = await res.text();
    return text ? JSON.parse(text) : undefined;
  };
  if (e.method === 'get')
    Object.assign(call, {
      url: (...args: unknown[]) =>
        url(args, e.input === 'query' ? (args[names.length] as object) : undefined),
    });
  return call;
}

/** Every endpoint of the table bound to one transport, typed by the declarations. */
export function bindAll<T extends Record<string, EndpointGroup>>(
  table: RouteTable,
  t: Transport,
): EndpointsClient<T> {
  return Object.fromEntries(
    Object.entries(table).map(([g, group]) => [
      g,
      Object.fromEntries(Object.entries(group).map(([n, e]) => [n, bind(e, t)])),
    ]),
  ) as EndpointsClient<T>;
}
