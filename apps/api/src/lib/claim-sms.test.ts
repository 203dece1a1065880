import { ningxia, type PolicyVersion } from '@huiqi/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { smsMessages } from '../db/schema.js';
import { useHarness } from '../test-support/harness.js';
import { textClaimDecision } from './claim-sms.js';

const h = useHarness();

/** The built-in version with M7.5's title changed, as a later version of a deployment might name it. */
const renamed: PolicyVersion = {
  ...ningxia,
  provisions: ningxia.provisions.map((p) =>
    p.id === 'M7.5' ? { ...p, title: { zh: '改名后的补助', en: 'Renamed support' } } : p,
  ),
};

describe('the text message of a claim decision', () => {
  it('names the provision as the version the claim was assessed under names it', async () => {
    const { enterprise } = await h.enterprise();
    const claim = { enterpriseId: enterprise.id, caseNo: 'TEST-1', provision: 'M7.5', approvedAmount: null };
    await h.db.transaction((tx) =>
      textClaimDecision(tx, claim, { status: 'rejected', comment: '材料不全' }, renamed),
    );
    const [m] = await h.db.select().from(smsMessages).where(eq(smsMessages.topic, 'claim.rejected'));
    expect(m?.text).toBe('【惠企】您的申报（TEST-1，改名后的补助）未通过审核：材料不全。');
  });
});
