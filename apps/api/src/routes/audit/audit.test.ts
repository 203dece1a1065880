import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { sqlState } from '../../db/client.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

describe('the audit trail', () => {
  it('records state changes with actor, before/after and request id, and the chain verifies', async () => {
    const { client } = await h.enterprise();
    const a = await client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    const auditor = await h.as('auditor');
    await h.sealed();
    const rows = await auditor.audit.list({ targetId: a.id });
    expect(rows.items[0]).toMatchObject({
      action: 'claim.created',
      actorRole: 'enterprise',
      targetType: 'claim',
    });
    expect(rows.items[0]!.requestId).toBeTruthy();
    const v = await auditor.audit.verify();
    expect(v.ok).toBe(true);
    expect(v.rows).toBeGreaterThanOrEqual(4);
    expect(v.checkpoints).toBeGreaterThan(0);
  });

  it('logins and failed logins are audited', async () => {
    await failure(h.client().auth.login({ username: 'region', password: 'bad' }));
    const auditor = await h.as('auditor');
    expect((await auditor.audit.list({ action: 'auth.login-failed' })).total).toBeGreaterThan(0);
  });

  it('the database refuses UPDATE and DELETE of audit rows and of their checkpoints', async () => {
    const tryIt = async (q: ReturnType<typeof sql>) => {
      try {
        await h.db.execute(q);
        return 'changed';
      } catch (e) {
        return sqlState(e) ?? String(e);
      }
    };
    expect(await tryIt(sql`update audit_log set action = 'x'`)).toBe('42501');
    expect(await tryIt(sql`delete from audit_log`)).toBe('42501');
    expect(await tryIt(sql`truncate audit_log`)).toBe('42501');
    await h.sealed();
    expect(await tryIt(sql`update audit_checkpoints set hash = 'x'`)).toBe('42501');
    expect(await tryIt(sql`delete from audit_checkpoints`)).toBe('42501');
    expect(await tryIt(sql`truncate audit_checkpoints`)).toBe('42501');
    // Every row from now on must carry its content hash.
    expect(
      await tryIt(sql`insert into audit_log (at, action, target_type) values (now(), 'no-hash', 'x')`),
    ).toBe('23514');
    expect((await (await h.as('auditor')).audit.verify()).ok).toBe(true);
  });

  it('verification finds a forged row slipped below the sealed head', async () => {
    const auditor = await h.as('auditor');
    await h.sealed();
    expect(await auditor.audit.verify()).toMatchObject({ ok: true, unsealed: 0 });
    // A row inside the sealed range (an id no checkpoint accounts for).
    const [low] = (
      (await h.db.execute(sql`select min(id) as id from audit_log`)) as unknown as { rows: { id: string }[] }
    ).rows;
    await h.db.execute(
      sql`insert into audit_log (id, at, action, target_type, content_hash) values (${Number(low!.id) - 1}, now(), 'forged', 'x', 'abc')`,
    );
    expect(await auditor.audit.verify()).toMatchObject({ ok: false, brokenAt: Number(low!.id) - 1 });
  });

  it('only auditors and region admins read it', async () => {
    expect(await failure((await h.as('yinchuan')).audit.list())).toMatchObject({ status: 403 });
    expect(await failure(h.client().audit.verify())).toMatchObject({ status: 401 });
  });
});
