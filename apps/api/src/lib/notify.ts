import type { Tx } from '../db/client.js';
import { notifications, smsMessages, type Bilingual } from '../db/schema.js';

/** Who is told: one user, or everyone of an enterprise, an agency, a city office, or the region. */
export type Recipient =
  | { kind: 'user'; id: string }
  | { kind: 'enterprise'; id: string }
  | { kind: 'agency'; id: string }
  | { kind: 'area'; code: string }
  | { kind: 'region' };

export interface Notice {
  to: Recipient;
  /** What it is about, e.g. `rating.poor`. */
  topic: string;
  subject: { type: string; id: string };
  title: Bilingual;
  body: Bilingual;
  /** Also a text message to this phone (in Chinese, the language SMS templates are approved in). */
  sms?: { phone: string };
}

/**
 * Tells people something, in the transaction of what it tells: the notification and its text
 * message commit or roll back with the change itself. The text message is sent after commit by
 * the outbox (lib/sms.ts).
 */
export async function notify(tx: Tx, n: Notice): Promise<void> {
  const recipientId = n.to.kind === 'region' ? null : n.to.kind === 'area' ? n.to.code : n.to.id;
  await tx.insert(notifications).values({
    recipientKind: n.to.kind,
    recipientId,
    topic: n.topic,
    subjectType: n.subject.type,
    subjectId: n.subject.id,
    title: n.title,
    body: n.body,
  });
  if (n.sms) await tx.insert(smsMessages).values({ phone: n.sms.phone, text: smsText(n), topic: n.topic });
}

/** The signed text of a message: 【惠企】 and the Chinese title and body, as SMS templates are. */
export const smsText = (n: Pick<Notice, 'title' | 'body'>) => `【惠企】${n.title.zh}：${n.body.zh}`;

/** An officer's reason inside a sentence: without its own closing stop, so the sentence ends once. */
export const reasonText = (reason: string | null | undefined) =>
  (reason ?? '').trim().replace(/[。.;；\s]+$/u, '');
