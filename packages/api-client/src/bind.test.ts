import { endpoints } from '@huiqi/contracts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ApiClientError, createClient } from './index.js';

/** A fetch that answers what it is given and keeps every request it saw. */
function recording(status = 200, body: unknown = {}) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { seen, client: createClient({ baseUrl: 'http://x', fetch }) };
}

describe('the client derived from the declarations', () => {
  it('puts path ids in the path, a GET input in the query and a body as JSON', async () => {
    const { seen, client } = recording();
    await client.serviceRecords.list({ year: 2026, page: 2 });
    await client.serviceRecords.create({
      clientId: '0b7c1f0e-0000-4000-8000-000000000001',
      enterpriseId: '0b7c1f0e-0000-4000-8000-000000000002',
      serviceType: 'trademark-use',
      servedOn: '2026-01-02',
      durationMinutes: 30,
      participants: 1,
    });
    expect(seen.map((s) => `${s.init.method} ${s.url}`)).toEqual([
      'GET http://x/api/service-records?year=2026&page=2',
      'POST http://x/api/service-records',
    ]);
    expect(JSON.parse(seen[1]!.init.body as string)).toMatchObject({ durationMinutes: 30 });
    expect(client.serviceRecords.photo.url('a/b')).toBe('http://x/api/service-photos/a%2Fb');
  });

  it('sends an upload as multipart form data with its file', async () => {
    const { seen, client } = recording(201, { id: 'p', size: 3, mime: 'image/png' });
    const photo = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    const answer = await client.serviceRecords.addPhoto('r1', { file: photo, clientId: 'c1' });
    expect(answer.size).toBe(3);
    const form = seen[0]!.init.body as FormData;
    expect(form.get('clientId')).toBe('c1');
    expect((form.get('file') as Blob).size).toBe(3);
  });

  it('turns a refusal into an ApiClientError with both languages', async () => {
    const { client } = recording(403, {
      error: { code: 'FORBIDDEN', zh: '无权', en: 'The role x may not do this.' },
    });
    const e = await client.rounds.create({} as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiClientError);
    expect(e).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      zh: '无权',
      en: 'The role x may not do this.',
    });
  });

  it('derives every type from the declaration', () => {
    const client = createClient();
    expectTypeOf(client.serviceRecords.addPhoto).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.serviceRecords.addPhoto)
      .parameter(1)
      .toEqualTypeOf<{ file: Blob; clientId?: string | undefined }>();
    expectTypeOf(client.serviceRecords.list)
      .parameter(0)
      .toEqualTypeOf<
        { year?: number | undefined; page?: number | undefined; pageSize?: number | undefined } | undefined
      >();
    expectTypeOf<Awaited<ReturnType<typeof client.serviceRecords.photo>>>().toEqualTypeOf<Blob>();
    expectTypeOf<
      Awaited<ReturnType<typeof client.rounds.list>>['items'][number]['open']
    >().toEqualTypeOf<boolean>();
    expect(Object.keys(client.rounds)).toEqual(Object.keys(endpoints.rounds));
  });
});
