import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { smsMessages } from '../db/schema.js';
import { useHarness } from '../test-support/harness.js';
import {
  deliverPendingSms,
  httpProvider,
  maskPhone,
  MAX_ATTEMPTS,
  type SmsMessage,
  type SmsProvider,
} from './sms.js';

const h = useHarness();

/** A provider that keeps what it was given, failing while `down`. */
function recorder() {
  const got: SmsMessage[] = [];
  const p = {
    name: 'test',
    down: false,
    got,
    send: async (m: SmsMessage) => {
      if (p.down) throw new Error('gateway unreachable');
      got.push(m);
      return { ref: `ref-${m.id}` };
    },
  };
  return p satisfies SmsProvider;
}

const queue = (topic: string, n: number) =>
  h.db
    .insert(smsMessages)
    .values(Array.from({ length: n }, (_, i) => ({ phone: `1390000000${i}`, text: `【惠企】${i}`, topic })))
    .returning();

describe('the text message outbox', () => {
  it('hands each pending message to the provider once, in order, and records its answer', async () => {
    const p = recorder();
    const rows = await queue('test.once', 3);
    await Promise.all([deliverPendingSms(h.db, p), deliverPendingSms(h.db, p)]);
    await deliverPendingSms(h.db, p);
    const mine = p.got.filter((m) => m.topic === 'test.once');
    expect(mine.map((m) => m.id)).toEqual(rows.map((r) => r.id));
    const after = await h.db.select().from(smsMessages).where(eq(smsMessages.topic, 'test.once'));
    for (const r of after)
      expect(r).toMatchObject({
        status: 'delivered',
        provider: 'test',
        providerRef: `ref-${r.id}`,
        attempts: 1,
      });
  });

  it('keeps a message pending while the provider fails, and gives up after the last attempt with the error', async () => {
    const p = recorder();
    p.down = true;
    const [row] = await queue('test.down', 1);
    for (let i = 0; i < MAX_ATTEMPTS; i++) await deliverPendingSms(h.db, p);
    const [failed] = await h.db.select().from(smsMessages).where(eq(smsMessages.id, row!.id));
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastError: 'gateway unreachable',
    });
    p.down = false;
    await deliverPendingSms(h.db, p);
    expect(p.got.some((m) => m.id === row!.id)).toBe(false);
  });

  it('posts to an HTTP gateway with its token; a refusal is retried', async () => {
    const seen: { auth?: string; body: unknown }[] = [];
    let answer = 503;
    const server = createServer((req: IncomingMessage, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString()));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body: JSON.parse(data) });
        res.writeHead(answer, { 'content-type': 'application/json' }).end(JSON.stringify({ ref: 'gw-1' }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
      const provider = httpProvider(url, 'token-0123456789abcdef');
      const [row] = await h.db
        .insert(smsMessages)
        .values({ phone: '13912345678', text: '【惠企】网关', topic: 'test.http' })
        .returning();
      await deliverPendingSms(h.db, provider);
      expect((await h.db.select().from(smsMessages).where(eq(smsMessages.id, row!.id)))[0]).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'the SMS gateway answered 503',
      });
      answer = 200;
      await deliverPendingSms(h.db, provider);
      expect((await h.db.select().from(smsMessages).where(eq(smsMessages.id, row!.id)))[0]).toMatchObject({
        status: 'delivered',
        provider: 'http',
        providerRef: 'gw-1',
      });
      expect(seen.at(-1)).toEqual({
        auth: 'Bearer token-0123456789abcdef',
        body: { id: row!.id, phone: '13912345678', text: '【惠企】网关', topic: 'test.http' },
      });
    } finally {
      server.close();
    }
  });

  it('texts the enterprise when its claim is returned, in the decision’s transaction', async () => {
    const { claim: s } = await h.submittedClaim({ provision: 'M7.5', evaluationFeePaid: '100.00' });
    await (
      await h.as('yinchuan')
    ).reviews.decide(s.id, {
      decision: 'return',
      comment: '请补充评估费发票',
      fixItems: ['发票'],
      version: s.version,
    });
    const texts = await h.db
      .select()
      .from(smsMessages)
      .where(like(smsMessages.text, `%${s.caseNo}%`));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ phone: '13900000000', topic: 'claim.returned', status: 'pending' });
    expect(texts[0]!.text).toContain('已退回补正：请补充评估费发票');
  });

  it('masks phone numbers for the log', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
  });
});
