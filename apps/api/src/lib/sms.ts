import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { smsMessages } from '../db/schema.js';
import type { Env } from '../env.js';
import type { Logger } from './logger.js';

/** One text message handed to a provider. */
export interface SmsMessage {
  id: number;
  phone: string;
  text: string;
  topic: string;
}

/**
 * Where text messages go. `send` resolves with the provider's reference once the provider has
 * accepted the message, and rejects when it has not (the outbox retries it).
 */
export interface SmsProvider {
  readonly name: string;
  send(m: SmsMessage): Promise<{ ref: string }>;
}

/** A phone number as the log shows it: 139****5670 (the log is read by more people than the SMS). */
export const maskPhone = (phone: string) =>
  phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';

/** The demo's provider: the message is written to the log, and nothing reaches a phone. */
export function logProvider(log: Logger): SmsProvider {
  return {
    name: 'log',
    send: async (m) => {
      log.info('text message (SMS_PROVIDER=log: written here, not sent to a phone)', {
        sms: { id: m.id, to: maskPhone(m.phone), topic: m.topic, text: m.text },
      });
      return { ref: `log-${m.id}` };
    },
  };
}

/** A gateway over HTTP: POST { id, phone, text, topic } as JSON; a 2xx is accepted, with `{ ref }` or not. */
export function httpProvider(url: string, token: string | undefined): SmsProvider {
  return {
    name: 'http',
    send: async (m) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ id: m.id, phone: m.phone, text: m.text, topic: m.topic }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`the SMS gateway answered ${res.status}`);
      const body = (await res.json().catch(() => ({}))) as { ref?: unknown };
      return { ref: typeof body.ref === 'string' ? body.ref : `http-${m.id}` };
    },
  };
}

export function smsProviderFor(env: Env, log: Logger): SmsProvider {
  return env.SMS_PROVIDER === 'http' ? httpProvider(env.SMS_HTTP_URL!, env.SMS_HTTP_TOKEN) : logProvider(log);
}

/** Attempts before a message is given up as failed (shown on the record with the last error). */
export const MAX_ATTEMPTS = 5;

/**
 * Hands pending messages to the provider, oldest first, and records each answer. Each message is
 * claimed with FOR UPDATE SKIP LOCKED inside its own transaction, so two API processes never send
 * one message twice; a process that dies mid-send leaves the row pending (its lock ends with its
 * connection) and the next pass sends it — at least once to the provider, never twice from here
 * once the provider's acceptance is recorded.
 */
export async function deliverPendingSms(db: Db, provider: SmsProvider, limit = 50): Promise<number> {
  let delivered = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction(async (tx) => {
      const [m] = await tx
        .select()
        .from(smsMessages)
        .where(and(eq(smsMessages.status, 'pending'), lt(smsMessages.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(smsMessages.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!m) return null;
      try {
        const { ref } = await provider.send(m);
        await tx
          .update(smsMessages)
          .set({
            status: 'delivered',
            provider: provider.name,
            providerRef: ref,
            attempts: m.attempts + 1,
            deliveredAt: sql`now()`,
          })
          .where(eq(smsMessages.id, m.id));
        return true;
      } catch (e) {
        const attempts = m.attempts + 1;
        await tx
          .update(smsMessages)
          .set({
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            provider: provider.name,
            attempts,
            lastError: e instanceof Error ? e.message.slice(0, 500) : String(e).slice(0, 500),
          })
          .where(eq(smsMessages.id, m.id));
        return false;
      }
    });
    if (done === null) break;
    if (done) delivered++;
    else break; // the provider is failing: wait for the next pass rather than burn every attempt now
  }
  return delivered;
}

/** Runs deliveries every `everyMs` (and when woken after a write), until stopped. */
export class SmsOutbox {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  constructor(
    private readonly db: Db,
    readonly provider: SmsProvider,
    private readonly log: Logger,
    private readonly everyMs = 2_000,
  ) {}
  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.wake(), this.everyMs);
    this.#timer.unref();
  }
  /** One pass now, unless one is running. */
  wake(): void {
    this.#running ??= deliverPendingSms(this.db, this.provider)
      .catch((err: unknown) => this.log.warn('text messages: a delivery pass failed; retrying', { err }))
      .finally(() => (this.#running = undefined));
  }
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
