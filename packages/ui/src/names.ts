/**
 * What people read instead of codes: roles, review stages and decisions, audit actions. Claim states
 * are in status.ts; areas, provisions and fields come from @huiqi/domain.
 */
import { currentClaimCode } from '@huiqi/contracts';
import type { Name } from './role-names.js';

export { ROLE_NAMES } from './role-names.js';

export const STAGE_NAMES: Record<string, Name> = {
  city: { zh: '市级审核', en: 'City review' },
  region: { zh: '自治区审核', en: 'Region review' },
};

export const DECISION_NAMES: Record<string, Name> = {
  approve: { zh: '通过', en: 'Approved' },
  return: { zh: '退回补正', en: 'Returned for corrections' },
  reject: { zh: '不予支持', en: 'Rejected' },
};

const ACTION_NAMES: Record<string, Name> = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.login-failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.locked': { zh: '登录失败次数过多，账号锁定', en: 'Account locked after failed sign-ins' },
  'auth.login-locked': { zh: '锁定期间尝试登录', en: 'Sign-in while locked' },
  'auth.password-changed': { zh: '修改密码', en: 'Password changed' },
  'user.created': { zh: '创建账号', en: 'Account created' },
  'user.disabled': { zh: '停用账号', en: 'Account disabled' },
  'user.enabled': { zh: '启用账号', en: 'Account enabled' },
  'enterprise.registered': { zh: '企业注册', en: 'Enterprise registered' },
  'enterprise.verified': { zh: '企业资质审核通过', en: 'Enterprise verified' },
  'enterprise.rejected': { zh: '企业资质审核未通过', en: 'Enterprise verification refused' },
  'enterprise.pending': { zh: '企业资质改为待审核', en: 'Enterprise set to pending' },
  'enterprise.srdi-imported': { zh: '导入专精特新名单', en: 'SRDI list imported' },
  'enterprise.member.added': { zh: '添加企业成员', en: 'Member added' },
  'enterprise.member.disabled': { zh: '停用企业成员', en: 'Member disabled' },
  'enterprise.ip-asset.added': { zh: '登记知识产权', en: 'IP asset recorded' },
  'enterprise.ip-asset.removed': { zh: '删除知识产权', en: 'IP asset removed' },
  'claim.created': { zh: '创建申报', en: 'Claim created' },
  'claim.proactive': { zh: '免申即享生成申报', en: 'Claim started proactively' },
  'claim.edited': { zh: '修改申报', en: 'Claim edited' },
  'claim.submitted': { zh: '提交申报', en: 'Claim submitted' },
  'claim.withdrawn': { zh: '撤回申报', en: 'Claim withdrawn' },
  'claim.paid': { zh: '资金拨付', en: 'Paid' },
  'claim.clawed-back': { zh: '资金追回', en: 'Clawed back' },
  'review.conflict-declared': { zh: '申明回避', en: 'Conflict of interest declared' },
  'attachment.added': { zh: '上传材料', en: 'Evidence uploaded' },
  'notice.published': { zh: '发布公示', en: 'Notice published' },
  'budget.created': { zh: '设定预算', en: 'Budget set' },
  'quota.created': { zh: '设定名额', en: 'Quota set' },
  'quota.member-added': { zh: '计入名额', en: 'Counted towards a quota' },
  'quota.member-added-over': { zh: '超额计入名额', en: 'Counted over a quota' },
  'round.created': { zh: '创建申报批次', en: 'Funding round created' },
  'policy.parameter-value-added': { zh: '新增政策参数值', en: 'Policy parameter value added' },
  'lpr.publication-added': { zh: '录入LPR报价', en: 'LPR publication added' },
  'service-request.created': { zh: '提出服务需求', en: 'Service requested' },
  'service-request.assigned': { zh: '分派服务需求', en: 'Service request assigned' },
  'service-request.reassigned': { zh: '改派服务需求', en: 'Service request reassigned' },
  'service-request.accepted': { zh: '受理服务需求', en: 'Service request accepted' },
  'service-request.progress': { zh: '服务进展', en: 'Service progress' },
  'service-request.closed': { zh: '服务办结', en: 'Service request closed' },
  'rating.created': { zh: '好差评', en: 'Rated' },
  'rating.follow-up': { zh: '差评整改回访', en: 'Followed up' },
  'approval-notice.issued': { zh: '出具批准通知书', en: 'Approval notice issued' },
  'service-record.created': { zh: '登记服务记录', en: 'Service recorded' },
  'service-record.photo-added': { zh: '上传服务照片', en: 'Service photo added' },
  'service-event.created': { zh: '登记服务活动', en: 'Service event recorded' },
  'agency.worker-added': { zh: '添加机构人员', en: 'Agency worker added' },
  'agency.worker-disabled': { zh: '停用机构人员', en: 'Agency worker disabled' },
  'adjudication-case.filed': { zh: '登记行政裁决请求', en: 'Adjudication request filed' },
  'adjudication-case.accept': { zh: '裁决案件立案', en: 'Adjudication case accepted' },
  'adjudication-case.refuse': { zh: '裁决请求不予受理', en: 'Adjudication request refused' },
  'adjudication-case.serve': { zh: '送达被请求人', en: 'Served on the respondent' },
  'adjudication-case.hearing': { zh: '安排口头审理', en: 'Oral hearing set' },
  'adjudication-case.extend': { zh: '延长结案期限', en: 'Time to decide extended' },
  'adjudication-case.close': { zh: '裁决结案', en: 'Adjudication case closed' },
  'adjudication-case.document': { zh: '上传裁决文书', en: 'Decision document uploaded' },
  'user.unlocked': { zh: '解锁账号', en: 'Account unlocked' },
  'enterprise.member.enabled': { zh: '启用企业成员', en: 'Member enabled' },
  'navigation-report.filed': { zh: '提交专利导航报告', en: 'Navigation report filed' },
  'open-licence.offered': { zh: '发布专利开放许可', en: 'Open licence offered' },
  'open-licence.amended': { zh: '修改开放许可条款', en: 'Open licence terms amended' },
  'open-licence.withdrawn': { zh: '撤回专利开放许可', en: 'Open licence withdrawn' },
  'open-licence.interest': { zh: '表达许可意向', en: 'Licence interest expressed' },
  'open-licence.concluded': { zh: '登记许可达成', en: 'Licence concluded' },
  'brand.nominated': { zh: '申报百城百品', en: 'Brand nominated' },
  'brand.evidence-added': { zh: '上传品牌证明材料', en: 'Brand evidence added' },
  'brand.selected': { zh: '百城百品入选', en: 'Brand selected' },
  'brand.refused': { zh: '百城百品不予入选', en: 'Brand refused' },
  'brand.deselected': { zh: '百城百品取消入选', en: 'Brand deselected' },
  'priority-exam.applied': { zh: '申请优先审查推荐', en: 'Prioritized examination applied for' },
  'priority-exam.resubmitted': { zh: '重新提交优先审查申请', en: 'Prioritized examination resubmitted' },
  'priority-exam.passed': { zh: '优先审查申请审核通过', en: 'Prioritized examination application passed' },
  'priority-exam.returned': { zh: '优先审查申请退回', en: 'Prioritized examination returned' },
  'priority-exam.ranked': { zh: '排定优先审查推荐顺序', en: 'Prioritized examination ranked' },
  'priority-exam.recommended': { zh: '推荐优先审查', en: 'Recommended for prioritized examination' },
  'priority-exam.recommended-over': {
    zh: '超出数量推荐优先审查',
    en: 'Recommended for prioritized examination past the number',
  },
  'priority-exam.not-recommended': {
    zh: '不予推荐优先审查',
    en: 'Not recommended for prioritized examination',
  },
  'record.created': { zh: '登记措施记录', en: 'Measure record created' },
  'record.amended': { zh: '修改措施记录', en: 'Measure record amended' },
  'record.closed': { zh: '办结措施记录', en: 'Measure record closed' },
  'record.verified': { zh: '措施记录核验通过', en: 'Measure record verified' },
  'record.rejected': { zh: '措施记录核验未通过', en: 'Measure record rejected' },
  'system.demo-seeded': { zh: '载入演示数据', en: 'Demo data loaded' },
};

/** An audit action's name: `review.city.approve` is 市级审核 · 通过. An action not listed yet shows its code. */
export function actionName(action: string): Name {
  // Rows from before the API's migration 0022 say a claim's actions in the old words (`application.paid`).
  const known = ACTION_NAMES[currentClaimCode(action)];
  if (known) return known;
  const [kind, stage, decision] = action.split('.');
  const s = STAGE_NAMES[stage ?? ''];
  const d = DECISION_NAMES[decision ?? ''];
  if (kind === 'review' && s && d) return { zh: `${s.zh} · ${d.zh}`, en: `${s.en}: ${d.en}` };
  return { zh: action, en: action };
}

/** Every listed action, for a filter the auditor picks from (a function, so that no first load holds the table). */
export function auditActions(): string[] {
  return [
    ...Object.keys(ACTION_NAMES),
    ...Object.keys(STAGE_NAMES).flatMap((s) => Object.keys(DECISION_NAMES).map((d) => `review.${s}.${d}`)),
  ];
}

export const TARGET_NAMES: Record<string, Name> = {
  claim: { zh: '申报', en: 'Claim' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  user: { zh: '账号', en: 'Account' },
  budget: { zh: '预算', en: 'Budget' },
  quota: { zh: '名额', en: 'Quota' },
  round: { zh: '申报批次', en: 'Funding round' },
  notice: { zh: '公示', en: 'Notice' },
  policy: { zh: '政策', en: 'Policy' },
  lpr: { zh: 'LPR', en: 'LPR' },
  attachment: { zh: '材料', en: 'Evidence' },
  agency: { zh: '服务机构', en: 'Agency' },
  'service-request': { zh: '服务需求', en: 'Service request' },
  'service-record': { zh: '服务记录', en: 'Service record' },
  rating: { zh: '好差评', en: 'Rating' },
  'approval-notice': { zh: '批准通知书', en: 'Approval notice' },
  'service-event': { zh: '服务活动', en: 'Service event' },
  'adjudication-case': { zh: '行政裁决案件', en: 'Adjudication case' },
  parameter: { zh: '政策参数', en: 'Policy parameter' },
  'licence-offer': { zh: '开放许可专利', en: 'Open licence offer' },
  'licence-interest': { zh: '许可意向', en: 'Licence interest' },
  'brand-nomination': { zh: '百城百品申报', en: 'Brand nomination' },
  'priority-exam': { zh: '优先审查推荐申请', en: 'Prioritized examination application' },
  'priority-exam-year': { zh: '年度优先审查推荐', en: "Year's prioritized examination" },
  'provision-record': { zh: '措施记录', en: 'Measure record' },
  system: { zh: '系统', en: 'System' },
};
// A claim's old rows (currentClaimCode, @huiqi/contracts) show under the claim's name.
TARGET_NAMES.application = TARGET_NAMES.claim!;

export { nameIn } from './role-names.js';
