import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../../test-support/read-json.js';
import { startHarness, type Harness } from '../../test-support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('notifications', () => {
  it('tell the enterprise of every state change of its own claims only', async () => {
    const mine = await h.enterprise();
    const other = await h.enterprise();
    const a = await mine.client.applications.create({ roundId: h.round.id, claim: { provision: 'M7.5', evaluationFeePaid: '100.00' } });
    const s = await mine.client.applications.submit(a.id, 1);
    await (await h.as('yinchuan')).applications.review(a.id, { decision: 'return', comment: '请补正', fixItems: ['补充发票'], version: s.version });
    const res = await h.app.request('/api/notifications', { headers: { Cookie: mine.client.cookie()! } });
    const body = await readJson(res);
    expect(body.items.map((n: { action: string }) => n.action)).toEqual(['review.city.return', 'application.submitted']);
    expect(body.items[0]).toMatchObject({ applicationId: a.id, status: 'returned', comment: '请补正' });
    const theirs = await readJson(await h.app.request('/api/notifications', { headers: { Cookie: other.client.cookie()! } }));
    expect(theirs.items).toEqual([]);
    expect((await h.app.request('/api/notifications', { headers: { Cookie: (await h.as('region')).cookie()! } })).status).toBe(403);
  });
});
