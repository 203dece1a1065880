import { findProvision, formatWan, type PolicyVersion } from '@huiqi/domain';
import { sql } from 'drizzle-orm';
import { writeLast, type Tx } from '../db/client.js';
import { ph, prepared } from '../db/prepared.js';
import { enterprises, smsMessages } from '../db/schema.js';

/** A reviewer's comment as a text message carries it: the first 60 characters (the centre has it all). */
const brief = (s: string) => ([...s].length > 60 ? `${[...s].slice(0, 60).join('')}…` : s);

/**
 * The text message an enterprise's contact gets when a decision asks something of it or ends its
 * claim: returned for correction, not approved, approved by the region. The other steps (the
 * city's approval, a 公示) are told in the notification centre only. Written in the decision's
 * transaction; the outbox sends it after commit. The provision's title is the one of the policy
 * version the claim was assessed under (a later version may rename it), not the built-in one.
 */
export async function textClaimDecision(
  tx: Tx,
  claim: {
    enterpriseId: string | null;
    caseNo: string | null;
    provision: string;
    approvedAmount: string | null;
  },
  outcome: { status: string; comment: string },
  version: PolicyVersion,
): Promise<void> {
  if (!claim.enterpriseId) return; // an agency's own claim (M11.1): its admin reads the station
  const what = (() => {
    switch (outcome.status) {
      case 'returned':
        return `已退回补正：${brief(outcome.comment)}。请登录惠企平台查看一次性告知，补正后重新提交`;
      case 'rejected':
        return `未通过审核：${brief(outcome.comment)}`;
      case 'approved':
        return `已通过自治区审核，核定金额${formatWan(claim.approvedAmount ?? '0')}，公示无异议后拨付`;
      default:
        return null;
    }
  })();
  if (!what) return;
  const title = findProvision(version, claim.provision).title.zh;
  // The contact's phone read by the insert itself (none: nothing sent), sent with the commit.
  const send = () =>
    smsToContact(tx, {
      enterpriseId: claim.enterpriseId,
      topic: `claim.${outcome.status}`,
      text: `【惠企】您的申报（${claim.caseNo ?? '—'}，${title}）${what}。`,
    });
  if (!writeLast(tx, send)) await send();
}

/** A text to an enterprise's contact phone, if it has one; built once (prepared.ts). */
const smsToContact = prepared<unknown>(
  () => sql`
    insert into ${smsMessages} (phone, topic, text)
    select contact_phone, ${ph('topic')}, ${ph('text')} from ${enterprises}
    where id = ${ph('enterpriseId')} and coalesce(contact_phone, '') <> ''`,
);
