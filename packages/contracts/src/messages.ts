import { AREA_CODES } from '@huiqi/domain';

/**
 * Every message of the contracts' own checks, in both languages, by a stable id (as dinero.js keeps
 * its assertion messages in one file): a schema says `CHECKS.phone.en`, and the API's validation
 * errors answer `{ zh, en }` from this table (`checkMessage`). zod's standard checks get its
 * Chinese locale; the domain's checks carry their own `{ zh, en }`.
 */
/** A text asked for with a least length, said the same way by every message that asks for one. */
const atLeast = (chars: number, en: string, zh: string) => ({
  en: `${en} (at least ${chars} characters)`,
  zh: `${zh}（至少 ${chars} 个字）。`,
});

export const CHECKS = {
  uuid: { en: 'an id (UUID)', zh: '须为有效的编号（UUID）。' },
  date: { en: 'a date YYYY-MM-DD', zh: '须为 YYYY-MM-DD 格式的日期。' },
  amount: {
    en: 'an amount such as "1234.50": not negative, at most two decimals',
    zh: '金额须为不小于零、最多两位小数的数字，如 1234.50。',
  },
  areaCode: {
    en: `an area code: ${AREA_CODES.join(', ')}`,
    zh: `地区代码须为其中之一：${AREA_CODES.join('、')}。`,
  },
  phone: { en: 'a mobile (11 digits) or landline number', zh: '请填写 11 位手机号或带区号的固话号码。' },
  usernameChars: { en: 'letters, digits and _ . @ -', zh: '只能包含字母、数字和 _ . @ -。' },
  companyName: { en: 'the registered name', zh: '请填写营业执照上的企业名称（至少 2 个字）。' },
  industry: { en: 'one of the focus industries (六新六特六优)', zh: '请选择“六新六特六优”重点产业之一。' },
  enterUsername: { en: 'enter the username', zh: '请输入用户名。' },
  enterPassword: { en: 'enter the password', zh: '请输入密码。' },
  verifyNote: { en: 'say what was checked', zh: '请说明核验了哪些材料。' },
  reviewComment: { en: 'a comment for the enterprise', zh: '请填写给企业的审核意见。' },
  noticeRef: {
    en: 'the notice number (宁知惠企〔2026〕3号) or its id',
    zh: '请填写通知书文号（如 宁知惠企〔2026〕3号）或编号。',
  },
  reportSummary: {
    en: 'summarise the navigation report in 10 to 2000 characters',
    zh: '请用 10 至 2000 个字概述专利导航报告的结论。',
  },
  parameterId: { en: 'a parameter id such as "M5.1.rate"', zh: '参数编号格式如 “M5.1.rate”。' },
  ratePercent: { en: 'a rate in percent such as "3.10"', zh: '利率以百分数表示，如 “3.10”。' },
  parameterReason: {
    en: 'say why (the document or decision behind the new value)',
    zh: '请说明依据（新取值所依据的文件或决定）。',
  },
  shortTitle: { en: 'a short title', zh: '请填写简短标题（至少 2 个字）。' },
  needDescription: { en: 'describe the need in at least 10 characters', zh: '请用至少 10 个字说明需求。' },
  durationMin: { en: 'duration: at least 1 minute', zh: '时长至少 1 分钟。' },
  durationMax: { en: 'duration: at most a day (1440 minutes)', zh: '时长最多一天（1440 分钟）。' },
  participantsMin: { en: 'participants: at least 1', zh: '参加人数至少 1 人。' },
  handleDays: {
    en: 'the working days to handle it: a whole number from 1 to 120',
    zh: '办理时限须为 1 至 120 之间的整数个工作日。',
  },
  reassignReason: atLeast(2, 'say why the request moves to another agency', '请说明改派的原因'),
  handlingNote: atLeast(2, 'say what was done', '请说明办理情况'),
  attendeesMin: { en: 'name at least one attending enterprise', zh: '请至少添加一家参加企业。' },
  typeTwoChars: { en: 'type at least 2 characters', zh: '请至少输入 2 个字。' },
  serviceType: { en: 'serviceType: one of the service types of SERVICE_TYPES', zh: '请选择服务类型。' },
  partyName: atLeast(2, "the party's name", '请填写当事人名称'),
  party: {
    en: 'a party: an enterprise of the registry, or its name',
    zh: '请选择企业库中的企业，或填写当事人名称。',
  },
  patentNumber: {
    en: 'a Chinese patent number such as ZL202310123456.7',
    zh: '请填写中国专利号，如 ZL202310123456.7。',
  },
  patentTitle: { en: 'the title of the patent', zh: '请填写专利名称（至少 2 个字）。' },
  assertedClaims: {
    en: 'the claims relied on, e.g. claims 1-3',
    zh: '请填写涉案权利要求，如“权利要求1—3”。',
  },
  caseRequests: atLeast(5, 'what the requester asks', '请填写请求事项'),
  stepReason: { en: 'the reason, in at least 5 characters', zh: '请说明理由（至少 5 个字）。' },
  decisionSummary: atLeast(10, 'the decision in a sentence or more', '请概述裁决或结案情况'),
  applicationNumbersMin: { en: 'at least one patent application number', zh: '请至少填写一个专利申请号。' },
  applicationNumbersMax: { en: 'at most 10 application numbers', zh: '专利申请号最多 10 个。' },
  applicationNumbersUnique: { en: 'this application number is listed twice', zh: '该申请号重复填写。' },
  technicalField: atLeast(2, 'the technical field', '请填写技术领域'),
  priorityReason: atLeast(10, 'why prioritized examination is needed', '请说明申请优先审查的理由'),
  returnReason: atLeast(5, 'the reason for returning it', '请说明退回理由'),
  notRecommendedReason: atLeast(5, 'the reason it is not recommended', '请说明不予推荐的理由'),
  overReason: atLeast(5, 'the reason for recommending past the number', '请说明超出推荐数量的理由'),
  trademarkName: {
    en: 'the trademark as registered (1 to 50 characters)',
    zh: '请填写注册商标名称（1 至 50 个字）。',
  },
  registrationNo: {
    en: 'the registration number: 6 to 10 digits, as on the certificate',
    zh: '注册号须为 6 至 10 位数字，与商标注册证一致。',
  },
  niceClass: { en: 'a Nice class from 1 to 45', zh: '请选择 1 至 45 之间的尼斯分类。' },
  trademarkOwner: atLeast(2, 'the registrant', '请填写商标注册人'),
  brandStatement: {
    en: 'at most 2000 characters',
    zh: '品牌说明最多 2000 字。',
  },
  evidenceKind: {
    en: 'distinctiveness or reputation',
    zh: '请选择证明材料类别：显著性或市场信誉。',
  },
  choice: { en: 'one of the choices offered', zh: '请从给出的选项中选择。' },
  royaltyRate: {
    en: 'a royalty as a share of sales between 0 and 1, e.g. 0.03 for 3%',
    zh: '提成比例须为 0 至 1 之间的小数（最多 4 位），如 0.03 表示 3%。',
  },
  licenceFee: { en: 'the licence fee in yuan, more than 0', zh: '请填写大于 0 的许可使用费（元）。' },
  periodOrder: { en: 'the period ends on or after it starts', zh: '许可期限的截止日期不能早于起始日期。' },
  licensorName: atLeast(2, "the licensor's name", '请填写许可人名称'),
  interestMessage: { en: 'at most 500 characters', zh: '意向说明最多 500 字。' },
  offerDescription: { en: 'a description of at most 1000 characters', zh: '专利简介最多 1000 字。' },
  withdrawalReason: {
    en: 'say why the offer is withdrawn (5 to 500 characters)',
    zh: '请说明撤回开放许可的原因（5 至 500 个字）。',
  },
  amendNothing: {
    en: 'change at least one of the field, the fee terms or the description',
    zh: '请至少修改技术领域、许可使用费或专利简介中的一项。',
  },
  ratingLevel: {
    en: 'choose one of the five levels, from very satisfied to very dissatisfied',
    zh: '请选择评价等级（非常满意至非常不满意）。',
  },
  ratingComment: { en: 'a comment of at most 500 characters', zh: '评价内容最多 500 字。' },
  ratingSubject: { en: 'a claim or a service request', zh: '请选择评价的办件：申报或服务需求。' },
  followUpKind: { en: 'rectification (整改) or return visit (回访)', zh: '请选择跟进方式：整改或回访。' },
  followUpDate: { en: 'the day it was done, not after today', zh: '请填写办理日期（不晚于今天）。' },
  followUpAction: {
    en: 'what was done, in 5 to 2000 characters',
    zh: '请填写整改或回访情况（5 至 2000 字）。',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

const byEnglish = new Map<string, { zh: string; en: string }>(Object.values(CHECKS).map((m) => [m.en, m]));

/** The `{ zh, en }` of a contracts check, from the English zod reports for it; undefined for any other. */
export function checkMessage(en: string): { zh: string; en: string } | undefined {
  return byEnglish.get(en);
}

/**
 * A form's problems by its top-level field, in both languages, from a schema's issues (what the
 * API would refuse, checked before sending): the contracts' own messages, else zod's as they are.
 */
export function fieldChecks(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, { zh: string; en: string }> {
  const out: Record<string, { zh: string; en: string }> = {};
  for (const i of issues)
    out[String(i.path[0] ?? '')] ??= checkMessage(i.message) ?? { zh: i.message, en: i.message };
  return out;
}
