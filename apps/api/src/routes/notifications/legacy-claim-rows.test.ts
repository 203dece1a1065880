import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit.js';
import { useHarness } from '../../test-support/harness.js';

const h = useHarness();

/**
 * Audit rows written before migration 0022 say `application` for a claim, and are never rewritten
 * (the chain is tamper-evident): the notification centre and the auditor's filters read them as claims.
 */
describe('audit rows in the vocabulary before the claim rename', () => {
  it('tell the enterprise under the claim code, are found by the claim filters, and the chain still verifies', async () => {
    const mine = await h.enterprise();
    const a = await mine.client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    await h.db.transaction((tx) =>
      audit(tx, {
        actorId: null,
        actorRole: 'region-admin',
        action: 'application.paid', // an old row
        targetType: 'application', // an old row
        targetId: a.id,
        after: { status: 'approved' },
        requestId: null,
      }),
    );
    const notes = await mine.client.notifications.list({});
    expect(notes.items.map((n) => n.claim?.action)).toEqual(['claim.paid']);
    expect(notes.items[0]).toMatchObject({ topic: 'claim.paid', subject: { type: 'claim', id: a.id } });

    const auditor = await h.as('auditor');
    await h.sealed();
    const paid = await auditor.audit.list({ action: 'claim.paid', targetId: a.id });
    // The row as it was written: the auditor sees what the chain hashes.
    expect(paid.items.map((r) => [r.action, r.targetType])).toEqual([['application.paid', 'application']]);
    const all = await auditor.audit.list({ targetType: 'claim', targetId: a.id });
    expect(all.items.map((r) => r.action)).toEqual(['application.paid', 'claim.created']);
    expect((await auditor.audit.verify()).ok).toBe(true);
  });
});
