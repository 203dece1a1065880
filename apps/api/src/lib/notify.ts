import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { enterprises, notifications, smsMessages, type Bilingual } from '../db/schema.js';

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
  /**
   * Also a text message (in Chinese, the language SMS templates are approved in): to this phone, or
   * (`'contact'`) to the contact phone of the enterprise it is sent to, when it has one. Texts are
   * for what asks something of the enterprise or ends its matter; steps on the way are told in the
   * notification centre only.
   */
  sms?: { phone: string } | 'contact';
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
  const phone =
    n.sms === 'contact'
      ? n.to.kind === 'enterprise'
        ? await contactPhone(tx, n.to.id)
        : null
      : n.sms?.phone;
  if (phone) await tx.insert(smsMessages).values({ phone, text: smsText(n), topic: n.topic });
}

/**
 * One notice to several recipients, each its own notification, in this order; a recipient that
 * does not apply (null: an offer without a licensor enterprise, say) is passed over.
 */
export async function notifyEach(tx: Tx, to: (Recipient | null)[], n: Omit<Notice, 'to'>): Promise<void> {
  for (const recipient of to) if (recipient) await notify(tx, { ...n, to: recipient });
}

/** An enterprise as a recipient, or null without one. */
export const enterpriseRecipient = (id: string | null): Recipient | null =>
  id ? { kind: 'enterprise', id } : null;

/** The phone an enterprise gave for its contact person, if any. */
export async function contactPhone(tx: Tx, enterpriseId: string): Promise<string | null> {
  const [e] = await tx
    .select({ phone: enterprises.contactPhone })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId));
  return e?.phone || null;
}

/** The signed text of a message: 【惠企】 and the Chinese title and body, as SMS templates are. */
export const smsText = (n: Pick<Notice, 'title' | 'body'>) => `【惠企】${n.title.zh}：${n.body.zh}`;

/** An officer's reason inside a sentence: without its own closing stop, so the sentence ends once. */
export const reasonText = (reason: string | null | undefined) =>
  (reason ?? '').trim().replace(/[。.;；\s]+$/u, '');
