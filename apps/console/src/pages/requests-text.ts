/**
 * The triage page's words (M9.2 / M10.1 requests), Chinese first. They stay with the page, which
 * loads lazily, rather than in the console's first-load catalog.
 */
type T = { zh: string; en: string };
const w = (zh: string, en: string): T => ({ zh, en });

export const TEXT = {
  title: w('服务请求分派', 'Service requests'),
  lead: w(
    '企业提交的保护需求、侵权案件线索、维权援助等请求：分派服务机构并限定办理工作日，需要时改派并说明原因；超过时限仍未办结的标为已超期。',
    "Enterprises' protection needs, infringement case leads, assistance requests and more: assign an agency with a time in working days, reassign with a reason when needed; those past their time and not closed are flagged overdue.",
  ),
  kind: w('请求类型', 'Kind'),
  allKinds: w('全部类型', 'All kinds'),
  status: w('状态', 'Status'),
  allStates: w('全部状态', 'All states'),
  all: w('全部请求', 'All requests'),
  onlyOverdue: w('仅看已超期', 'Overdue only'),
  enterprise: w('企业', 'Enterprise'),
  subject: w('标题', 'Subject'),
  agency: w('承办机构', 'Handled by'),
  unassigned: w('尚未分派', 'Not assigned yet'),
  deadline: w('办理时限', 'Time limit'),
  submitted: w('提交日期', 'Submitted'),
  assign: w('分派', 'Assign'),
  reassign: w('改派', 'Reassign'),
  description: w('请求内容', 'Request'),
  workingDays: w('办理时限（工作日）', 'Time to handle (working days)'),
  workingDaysHint: (label: T, n: string, interpretation: boolean) =>
    w(
      `默认按政策参数“${label.zh}”：${n} 个工作日（${interpretation ? '平台解释' : '政策原文'}），自分派之日起按节假日安排的工作日计算。`,
      `By default the policy parameter "${label.en}": ${n} working days (${interpretation ? "the platform's interpretation" : 'the policy text'}), counted on the holiday calendar from the day of assignment.`,
    ),
  workingDaysHintNoPolicy: w(
    '留空则按政策参数“服务请求办理时限”计算。',
    'Left empty, the policy parameter "time to handle a request" applies.',
  ),
  reason: w('改派原因', 'Why it moves'),
  reasonPlaceholder: w(
    '如：涉及维权援助，改由援助中心办理',
    'e.g. rights assistance: the assistance centre takes it over',
  ),
  chooseAgency: w('选择服务机构', 'Choose an agency'),
  agencyRequired: w('请选择承办的服务机构。', 'Choose the agency that will handle it.'),
  assigned: (agency: string) => w(`已分派给 ${agency}`, `Assigned to ${agency}`),
  reassigned: (agency: string) => w(`已改派给 ${agency}`, `Reassigned to ${agency}`),
  history: w('分派记录', 'Assignments'),
  firstAssignment: (agency: string) => w(`分派给 ${agency}`, `Assigned to ${agency}`),
  movedFrom: (from: string, agency: string) =>
    w(`由 ${from} 改派给 ${agency}`, `Moved from ${from} to ${agency}`),
  dueBy: (n: number, zhDate: string, date: string) =>
    w(`${n} 个工作日，${zhDate}前办结`, `${n} working days, due ${date}`),
  dueUnknown: (n: number) =>
    w(
      `${n} 个工作日（办结日期待下一年度节假日安排公布后确定）`,
      `${n} working days (the date follows once next year's holiday notice is out)`,
    ),
  steps: w('机构办理情况', "The agency's steps"),
  noSteps: w('服务机构尚未受理。', 'The agency has not accepted it yet.'),
  records: w('服务记录', 'Service records'),
  noRecords: w('尚无针对该请求的服务记录。', 'No service recorded against this request yet.'),
  served: (minutes: number, people: number) =>
    w(`${minutes} 分钟 · ${people} 人`, `${minutes} min · ${people} people`),
  outcome: w('办理结果', 'Outcome'),
  readOnly: w('审计员只能查看。', 'Auditors can only read.'),
  states: {
    open: w('待分派', 'Open'),
    assigned: w('已分派', 'Assigned'),
    'in-progress': w('办理中', 'In progress'),
    closed: w('已办结', 'Closed'),
  },
  eventKinds: {
    accepted: w('受理', 'Accepted'),
    progress: w('进展', 'Progress'),
    closed: w('办结', 'Closed'),
  },
};
