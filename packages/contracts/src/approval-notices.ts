import { z } from 'zod';
import { claimStatus } from './claims.js';
import { dateString, moneyString, uuid } from './common.js';

/**
 * 批准通知书: the verifiable approval notice of an approved claim — a PDF the server makes and signs
 * (Ed25519), with its 文号 (宁知惠企〔2026〕3号), and a public page that shows its facts and checks a copy.
 */

/** What a notice says, as the server keeps it (the PDF prints exactly these). */
export const approvalNoticeSchema = z.object({
  id: uuid,
  claimId: uuid,
  /** 文号: "宁知惠企〔2026〕3号" — the year of issue (China time) and its number in that year, from 1, without gaps. */
  number: z.string(),
  year: z.number().int(),
  serial: z.number().int(),
  authority: z.string(),
  /** The day of issue in China, and as the notice writes it ("二〇二六年十二月二日"). */
  issuedOn: dateString,
  issuedOnText: z.string(),
  enterpriseName: z.string(),
  /** 办件编号 of the claim. */
  caseNo: z.string().nullable(),
  provision: z.string(),
  /** The provision's name in the registry (what the notice calls the item). */
  item: z.object({ zh: z.string(), en: z.string() }),
  amount: moneyString,
  /** 大写: "人民币壹拾万元整". */
  amountInWords: z.string(),
  /** The claim's state now (a notice stays genuine when its claim is later clawed back: the page says so). */
  claimStatus: claimStatus,
  /** The page of the portal its QR code opens. */
  verifyUrl: z.string(),
  /** SHA-256 (hex) of the signed bytes, and the signing key's id. */
  sha256: z.string(),
  keyId: z.string(),
});
export type ApprovalNotice = z.infer<typeof approvalNoticeSchema>;

/** The facts anyone may read by a notice's id or 文号 (no sign-in): what the notice states. */
export const publicNoticeSchema = approvalNoticeSchema.omit({ claimId: true });
export type PublicNotice = z.infer<typeof publicNoticeSchema>;

/**
 * What a copy is: `genuine` (signed by the platform's key, unchanged, and a notice the platform
 * issued), `altered` (it names a notice of the platform but its bytes are not those signed), or
 * `unknown` (no signature of the platform in it: not a notice it issued).
 */
export const VERIFY_RESULTS = ['genuine', 'altered', 'unknown'] as const;
export type VerifyResult = (typeof VERIFY_RESULTS)[number];

export const noticeVerification = z.object({
  result: z.enum(VERIFY_RESULTS),
  /** Why, in both languages. */
  zh: z.string(),
  en: z.string(),
  /** The notice the copy names, as the server keeps it (genuine or altered copies of a known notice). */
  notice: publicNoticeSchema.nullable(),
  sha256: z.string(),
});
export type NoticeVerification = z.infer<typeof noticeVerification>;

export const noticeSigningKey = z.object({
  algorithm: z.literal('Ed25519'),
  keyId: z.string(),
  /** SubjectPublicKeyInfo, PEM. */
  publicKeyPem: z.string(),
  /** How a copy is checked without the platform: what is signed and where the signature is. */
  format: z.string(),
});
