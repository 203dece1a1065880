import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, smsMessages } from '../../db/schema.js';
import { notify, type Recipient } from '../../lib/notify.js';
import { useHarness, failure } from '../../test-support/harness.js';

const h = useHarness();

const tell = (to: Recipient, topic = 'test.topic', sms?: { phone: string }) =>
  h.db.transaction((tx) =>
    notify(tx, {
      to,
      topic,
      subject: { type: 'test', id: '1' },
      title: { zh: '测试消息', en: 'A test message' },
      body: { zh: '正文', en: 'Body' },
      sms,
    }),
  );

describe('the notification centre', () => {
  it('tells the enterprise of every state change of its own claims only, and counts what it has not read', async () => {
    const mine = await h.submittedClaim({ provision: 'M7.5', evaluationFeePaid: '100.00' });
    const a = mine.claim;
    const other = await h.enterprise();
    await (
      await h.as('yinchuan')
    ).reviews.decide(a.id, {
      decision: 'return',
      comment: '请补正',
      fixItems: ['补充发票'],
      version: a.version,
    });
    const body = await mine.client.notifications.list({});
    expect(body.items.map((n) => n.claim?.action)).toEqual(['review.city.return', 'claim.submitted']);
    expect(body.items[0]).toMatchObject({
      read: false,
      subject: { type: 'claim', id: a.id },
      claim: { claimId: a.id, status: 'returned', comment: '请补正' },
    });
    expect(body.unread).toBe(2);
    expect((await other.client.notifications.list({})).items).toEqual([]);
    expect((await other.client.notifications.unread()).unread).toBe(0);

    // Read one, then the rest.
    expect((await mine.client.notifications.read({ keys: [body.items[0]!.key] })).unread).toBe(1);
    expect((await mine.client.notifications.list({ unread: 'true' })).items.map((n) => n.key)).toEqual([
      body.items[1]!.key,
    ]);
    expect((await mine.client.notifications.read({ all: true })).unread).toBe(0);
    expect((await mine.client.notifications.list({})).items.every((n) => n.read)).toBe(true);
  });

  it('delivers what is addressed to a user, an organisation, a city office or the region to them only', async () => {
    const ent = await h.enterprise();
    const before = {
      yinchuan: (await (await h.as('yinchuan')).notifications.unread()).unread,
      guyuan: (await (await h.as('guyuan')).notifications.unread()).unread,
      region: (await (await h.as('region')).notifications.unread()).unread,
      agency: (await (await h.as('agency')).notifications.unread()).unread,
    };
    await tell({ kind: 'area', code: '640100' }, 'test.area');
    await tell({ kind: 'region' }, 'test.region');
    await tell({ kind: 'enterprise', id: ent.enterprise.id }, 'test.enterprise');
    await tell({ kind: 'user', id: ent.user.id }, 'test.user');

    const yinchuan = await h.as('yinchuan');
    const items = (await yinchuan.notifications.list({})).items;
    expect(items[0]).toMatchObject({ topic: 'test.area', title: { zh: '测试消息' }, claim: null });
    expect((await yinchuan.notifications.unread()).unread).toBe(before.yinchuan + 1);
    expect((await (await h.as('guyuan')).notifications.unread()).unread).toBe(before.guyuan);
    expect((await (await h.as('region')).notifications.unread()).unread).toBe(before.region + 1);
    expect((await (await h.as('agency')).notifications.unread()).unread).toBe(before.agency);
    expect((await ent.client.notifications.list({})).items.map((n) => n.topic)).toEqual([
      'test.user',
      'test.enterprise',
    ]);

    // Another reader's key marks nothing of theirs: the city's read leaves the region's unread.
    const regionKey = (await (await h.as('region')).notifications.list({})).items[0]!.key;
    await yinchuan.notifications.read({ keys: [regionKey] });
    expect((await (await h.as('region')).notifications.unread()).unread).toBe(before.region + 1);
    // Each reader of an office reads for themselves.
    await yinchuan.notifications.read({ all: true });
    expect((await yinchuan.notifications.unread()).unread).toBe(0);
  });

  it('refuses malformed marks with the error shape, and anonymous callers', async () => {
    const ent = await h.enterprise();
    for (const body of [{ keys: [] }, { keys: ['x:1'] }, { all: false }, { keys: ['n:1'], all: true }, {}]) {
      const e = await failure(ent.client.notifications.read(body as never));
      expect(e.status).toBe(400);
      expect(e.zh).toBeTruthy();
      expect(e.en).toBeTruthy();
    }
    expect((await h.app.request('/api/notifications')).status).toBe(401);
    expect((await h.app.request('/api/notifications/unread')).status).toBe(401);
  });

  it('writes a text message with the notification, in the same transaction', async () => {
    const phone = '13800138000';
    await expect(
      h.db.transaction(async (tx) => {
        await notify(tx, {
          to: { kind: 'region' },
          topic: 'test.rolled-back',
          subject: { type: 'test', id: '2' },
          title: { zh: '不应出现', en: 'Never' },
          body: { zh: '回滚', en: 'Rolled back' },
          sms: { phone },
        });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(
      await h.db.select().from(notifications).where(eq(notifications.topic, 'test.rolled-back')),
    ).toEqual([]);
    expect(await h.db.select().from(smsMessages).where(eq(smsMessages.topic, 'test.rolled-back'))).toEqual(
      [],
    );

    await tell({ kind: 'region' }, 'test.sms', { phone });
    const [m] = await h.db.select().from(smsMessages).where(eq(smsMessages.topic, 'test.sms'));
    expect(m).toMatchObject({ phone, status: 'pending', text: '【惠企】测试消息：正文' });
  });
});
