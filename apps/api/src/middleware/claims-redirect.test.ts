import { describe, expect, it } from 'vitest';
import { useHarness } from '../test-support/harness.js';

const h = useHarness();

const OLD = 'http://huiqi.test/api/applications'; // the URL before the rename
const old = (rest: string) => `${OLD}${rest}`;

describe('the old /api/applications URLs', () => {
  it('answer 308 to the same path under /api/claims, query kept (GET)', async () => {
    const r = await h.app.request(old('?statuses=draft,returned&pageSize=5'));
    expect(r.status).toBe(308);
    expect(r.headers.get('location')).toBe('/api/claims?statuses=draft,returned&pageSize=5');
    const one = await h.app.request(old('/0b2a9d61-3b1f-4f7e-9d54-1c2f3a4b5c6d/attachments?x=1'));
    expect(one.status).toBe(308);
    expect(one.headers.get('location')).toBe(
      '/api/claims/0b2a9d61-3b1f-4f7e-9d54-1c2f3a4b5c6d/attachments?x=1',
    );
  });

  it('answer 308 to a POST, before any sign-in or body check, and the redirected POST creates the claim', async () => {
    const ent = await h.enterprise();
    const body = JSON.stringify({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '5000.00' },
    });
    const r = await h.app.request(old('?via=old'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(r.status).toBe(308);
    expect(r.headers.get('location')).toBe('/api/claims?via=old');
    // What a client does with a 308: the same method and body, to the new URL.
    const created = await h.app.request(`http://huiqi.test${r.headers.get('location')!}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Cookie: ent.client.cookie()! },
      body,
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { status: string }).status).toBe('draft');
  });

  it('leave every other path alone', async () => {
    expect((await h.app.request('http://huiqi.test/api/claimsx')).status).not.toBe(308);
    expect((await h.app.request(old('x'))).status).not.toBe(308);
  });
});
