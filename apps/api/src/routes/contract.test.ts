import { OpenAPIHono } from '@hono/zod-openapi';
import { createClient } from '@huiqi/api-client';
import { endpoints, pathParams, type EndpointSpec } from '@huiqi/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeOf } from '../lib/endpoints.js';
import { readJson, type Json } from '../test-support/read-json.js';
import { useHarness } from '../test-support/harness.js';

/**
 * The declarations of @huiqi/contracts, the OpenAPI document the API serves and the client the
 * apps use agree: every declared endpoint is in the document with its method, path, parameters,
 * bodies and answers exactly as the declaration alone makes them, and the client has a function
 * for each that calls that method and path.
 */
const h = useHarness();
let doc: Json;
beforeAll(async () => {
  doc = await readJson(await h.app.request('/api/openapi.json'));
});

const declared = Object.entries(endpoints).flatMap(([group, g]) =>
  Object.entries(g as Record<string, EndpointSpec>).map(([name, e]) => ({ group, name, e })),
);

/**
 * A document's operation with every `$ref` replaced by what it refers to. A nullable shared schema
 * is written `allOf: [its $ref, { type: [type, 'null'] }]` where it is a component, inline with the
 * null type where it is not: both are read as the latter.
 */
function resolved(value: Json, root: Json): Json {
  if (Array.isArray(value)) return value.map((v) => resolved(v, root));
  if (value && typeof value === 'object') {
    if (typeof value.$ref === 'string') {
      const target = (value.$ref as string)
        .slice(2)
        .split('/')
        .reduce((o: Json, k: string) => o?.[k], root);
      return resolved(target, root);
    }
    const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolved(v, root)]));
    const [shared, nullable, ...more] = Array.isArray(out.allOf) ? (out.allOf as Json[]) : [];
    const nullType = nullable?.type;
    if (
      Object.keys(out).length === 1 &&
      !more.length &&
      Object.keys(nullable ?? {}).length === 1 &&
      Array.isArray(nullType) &&
      nullType.length === 2 &&
      nullType[0] === shared?.type &&
      nullType[1] === 'null'
    )
      return { ...shared, type: nullType };
    return out;
  }
  return value;
}

describe('contracts, document and client agree', () => {
  it('declares endpoints at all (the lists below are not empty)', () => {
    expect(declared.length).toBeGreaterThan(3);
  });

  it.each(declared)('$group.$name is in the document as declared', ({ e }) => {
    const served = doc.paths[`/api${e.path}`]?.[e.method];
    expect(served, `${e.method.toUpperCase()} /api${e.path}`).toBeDefined();
    const alone = new OpenAPIHono();
    alone.openapi(routeOf(e) as never, (() => new Response(null)) as never);
    const own = alone.getOpenAPI31Document({ openapi: '3.1.0', info: { title: '', version: '' } });
    expect(resolved(served, doc)).toEqual(resolved(own.paths![e.path]![e.method], own));
  });

  it.each(declared)('the client calls $group.$name by its method and path', async ({ group, name, e }) => {
    const calls: { method: string; url: string; type: string | null }[] = [];
    const client = createClient({
      baseUrl: 'http://huiqi.test',
      fetch: (async (url: string, init: RequestInit) => {
        calls.push({ method: init.method!, url, type: new Headers(init.headers).get('content-type') });
        return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
      }) as typeof fetch,
    });
    const fn = (client as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>)[
      group
    ]![name]!;
    expect(fn, `client.${group}.${name}`).toBeTypeOf('function');
    const ids = pathParams(e.path).map((p, i) => `${p}-${i}`);
    await fn(...ids, e.body || e.form || e.query ? {} : undefined);
    expect(calls).toHaveLength(1);
    const path = e.path.replace(/\{(\w+)\}/g, (_, p: string) => `${p}-${pathParams(e.path).indexOf(p)}`);
    expect(calls[0]!.method).toBe(e.method.toUpperCase());
    expect(new URL(calls[0]!.url).pathname).toBe(`/api${path}`);
    expect(doc.paths[`/api${e.path}`]?.[e.method]).toBeDefined();
    if (e.body) expect(calls[0]!.type).toBe('application/json');
  });

  it('the client has no function of its own beside the declared ones', () => {
    const client = createClient() as unknown as Record<string, Record<string, unknown>>;
    for (const [group, g] of Object.entries(endpoints))
      expect(Object.keys(client[group]!).sort(), group).toEqual(Object.keys(g).sort());
  });
});
