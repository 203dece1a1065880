import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { claims, enterprises, serviceRequests } from '../db/schema.js';
import { jsonDepth, stringProblem } from '../middleware/input-hygiene.js';
import { readJson } from '../test-support/read-json.js';
import { PASSWORD, useHarness, type Harness } from '../test-support/harness.js';

/**
 * The inputs that answered 500 or were stored mangled: NUL, lone surrogates, bidirectional
 * overrides, invisible-only names, 20,000-deep JSON, invalid UTF-8 — each 400 with the field named,
 * nothing written. (The OpenAPI fuzz test feeds them to every route as well.)
 */
const h = useHarness();
let ent: Awaited<ReturnType<Harness['enterprise']>>;
beforeAll(async () => {
  ent = await h.enterprise();
});

const send = (
  method: string,
  path: string,
  body: string | Uint8Array | undefined,
  cookie?: string,
  extra: Record<string, string> = {},
) =>
  h.app.request(`http://huiqi.test/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { Cookie: cookie } : {}), ...extra },
    body,
  });
async function expectRefused(res: Response, path: string) {
  const text = await res.text();
  expect(res.status, text).toBe(400);
  const { error } = JSON.parse(text) as {
    error: { code: string; zh: string; en: string; details?: { path: string }[] };
  };
  expect(error.en).toContain(path);
  expect(error.zh).toContain(path);
  return error;
}
const rows = async (t: typeof enterprises | typeof claims | typeof serviceRequests) =>
  (await h.db.select({ n: count() }).from(t))[0]!.n;

describe('input hygiene at the boundary', () => {
  it('NUL in a login username: 400 naming the field (was 500)', async () => {
    const e = await expectRefused(
      await send('POST', '/auth/login', JSON.stringify({ username: 'region\u0000', password: PASSWORD })),
      'username',
    );
    expect(e.code).toBe('INVALID_CHARACTERS');
  });

  it('registration: a lone surrogate, a bidi override or an invisible-only name is refused and nothing stored', async () => {
    const { creditCodeCheckChar } = await import('@huiqi/domain');
    const first17 = '91640100MA7HYG001';
    const reg = (name: string) =>
      JSON.stringify({
        creditCode: first17 + creditCodeCheckChar(first17),
        name,
        areaCode: '640100',
        industry: 'new-materials',
        srdiLevel: 'provincial',
        contactName: '张三',
        contactPhone: '13900000000',
        username: 'hygiene.user',
        password: PASSWORD,
      });
    const before = await rows(enterprises);
    // JSON.stringify keeps a lone surrogate as the escape \ud800 — exactly what a hostile client sends.
    expect(
      (await expectRefused(await send('POST', '/enterprises', reg('AB\ud800CD')), 'name')).details,
    ).toEqual([{ path: 'name', problem: 'surrogate' }]);
    expect(
      (await expectRefused(await send('POST', '/enterprises', reg('宁夏\u202e司公限有')), 'name')).details,
    ).toEqual([{ path: 'name', problem: 'bidi' }]);
    expect(
      (await expectRefused(await send('POST', '/enterprises', reg('\u200b\u200b\u200b')), 'name')).details,
    ).toEqual([{ path: 'name', problem: 'invisible' }]);
    expect(
      (await expectRefused(await send('POST', '/enterprises', reg('\u3164\u3164')), 'name')).details,
    ).toEqual([{ path: 'name', problem: 'invisible' }]);
    expect(await rows(enterprises)).toBe(before);
  });

  it('a query with %00: 400 naming the parameter (was 500)', async () => {
    const region = await h.as('region');
    await expectRefused(
      await h.app.request('http://huiqi.test/api/enterprises?q=%00', {
        headers: { Cookie: region.cookie()! },
      }),
      'query.q',
    );
    expect(
      (
        await h.app.request('http://huiqi.test/api/enterprises?q=%E5%AE%81', {
          headers: { Cookie: region.cookie()! },
        })
      ).status,
    ).toBe(200);
  });

  it('a service-request title with NUL, a review comment with a lone surrogate: 400, nothing written', async () => {
    const before = await rows(serviceRequests);
    await expectRefused(
      await send(
        'POST',
        '/service-requests',
        JSON.stringify({ kind: 'assistance', title: 'help\u0000me', description: '需要协助' }),
        ent.client.cookie(),
      ),
      'title',
    );
    expect(await rows(serviceRequests)).toBe(before);
    const a = await ent.client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    const s = await ent.client.claims.submit(a.id, { version: a.version });
    const city = await h.as('yinchuan');
    await expectRefused(
      await send(
        'POST',
        `/claims/${a.id}/reviews`,
        JSON.stringify({ decision: 'approve', comment: 'ok\udc00', version: s.version }),
        city.cookie(),
      ),
      'comment',
    );
    expect((await ent.client.claims.get(a.id)).status).toBe('submitted');
  });

  it('a 20,000-deep claim with an Idempotency-Key: 400 before anything parses it (was 500)', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const before = await rows(claims);
    const res = await send(
      'POST',
      '/claims',
      `{"roundId":"${h.round.id}","claim":${deep}}`,
      ent.client.cookie(),
      { 'Idempotency-Key': 'deep-claim-0001' },
    );
    expect(res.status).toBe(400);
    expect((await readJson(res)).error.zh).toContain('嵌套');
    expect(await rows(claims)).toBe(before);
  });

  it('a body that is not UTF-8 is refused, not stored as replacement characters', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"username":"AB'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('CD","password":"x"}'),
    ]);
    const res = await send('POST', '/auth/login', bytes);
    expect(res.status).toBe(400);
    expect((await readJson(res)).error.code).toBe('MALFORMED_REQUEST');
  });

  it('ordinary text passes: Chinese, emoji (a surrogate pair), line breaks, a name with a zero-width joiner inside', () => {
    for (const ok of ['宁夏回族自治区某某有限公司', '👩‍🔬 lab', 'line 1\nline 2\ttab', 'A\u200dB', '', '   '])
      expect(stringProblem(ok), JSON.stringify(ok)).toBeNull();
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
  });
});
