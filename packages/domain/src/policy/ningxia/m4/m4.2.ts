import { defineProvision } from '../../define-provision.js';
import { FOCUS_INDUSTRIES } from '../../../registry/industries.js';
import { CONTACT, ROUND_DEADLINE } from '../shared.js';

/**
 * M4.2 重大项目专利导航专项资金 — budget-floor. A project's claim is its plan; the text fixes no
 * amount per project, so the rule (officer-set) asks for the budget requested and the region sets
 * the amount in review, with its reason. The floor is what the year's grants must reach.
 */
export const m4_2 = defineProvision({
  id: 'M4.2',
  measure: 4,
  kind: 'budget-floor',
  title: { zh: '重大项目专利导航专项资金', en: 'Patent navigation funds for major projects' },
  summary: {
    zh: '每年安排不少于100万元专项资金开展专利导航。',
    en: 'At least 1,000,000 yuan a year for patent navigation on major projects.',
  },
  interpretation: {
    zh: '项目由承担关键核心技术攻关等重大项目的专精特新中小企业申报，可委托专利导航服务基地实施（在实施方式与团队中写明）；每个项目的支持金额由自治区在审核时核定并说明理由，不超过申请金额，全年核定总额不少于下限且不超过当年预算。',
    en: 'The SRDI SME carrying the major project applies, and may have a patent navigation service base carry out the navigation (named under how it is carried out and in the team); the region sets each amount in review with its reason, at most the amount requested; the year’s total granted reaches the floor and stays within the year’s budget.',
  },
  parameters: {
    floor: {
      label: { zh: '每年专项资金下限', en: 'Annual funds (at least)' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '每年安排不少于100万元专项资金',
      values: [{ effectiveFrom: '2023-01-01', value: '1000000.00' }],
    },
  },
  clause: '聚焦“六新六特六优”产业，每年安排不少于100万元专项资金，对关键核心技术攻关等重大项目开展专利导航',
  claim: {
    fields: [
      {
        key: 'projectName',
        input: 'text',
        label: { zh: '重大项目名称', en: 'Major project' },
      },
      {
        key: 'coreTechnologies',
        input: 'text-list',
        label: { zh: '拟攻关的关键核心技术', en: 'Key core technologies to break through' },
        hint: {
          zh: '每行一项：要突破的关键核心技术',
          en: 'One a line: each key core technology the project breaks through',
        },
      },
      {
        key: 'industry',
        input: 'choice',
        label: { zh: '所属产业（六新六特六优）', en: 'Industry (六新六特六优)' },
        options: FOCUS_INDUSTRIES.map((i) => ({ value: i.code, label: i.name })),
      },
      {
        key: 'navigationScope',
        input: 'text-list',
        label: { zh: '导航范围', en: 'Navigation scope' },
        hint: {
          zh: '每行一项：技术领域、产品或产业链环节，如“高纯电子级多晶硅提纯工艺”',
          en: 'One a line: the technical field, product or stage of the chain to navigate',
        },
      },
      {
        key: 'startsOn',
        input: 'date',
        label: { zh: '计划开始日期', en: 'Planned start' },
      },
      {
        key: 'endsOn',
        input: 'date',
        label: { zh: '计划完成日期', en: 'Planned completion' },
        notBefore: 'startsOn',
      },
      {
        key: 'budgetRequested',
        input: 'money',
        role: 'requested',
        positive: true,
        label: { zh: '申请专项资金', en: 'Funds requested' },
      },
      {
        key: 'undertaker',
        input: 'choice',
        label: { zh: '实施方式', en: 'Carried out by' },
        options: [
          { value: 'enterprise', label: { zh: '企业自行实施', en: 'The enterprise itself' } },
          {
            value: 'service-base',
            label: { zh: '委托专利导航服务基地实施', en: 'A patent navigation service base' },
          },
        ],
      },
      {
        key: 'team',
        input: 'text-list',
        label: { zh: '项目团队', en: 'Project team' },
        hint: {
          zh: '每行一人：姓名、单位、分工（委托服务基地的写明基地名称）',
          en: 'One person a line: name, organisation, role (name the service base if it carries out the work)',
        },
      },
    ],
  },
  guide: {
    whoMayApply: {
      zh: '承担关键核心技术攻关等重大项目、属于“六新六特六优”产业的专精特新中小企业（可委托专利导航服务基地实施）',
      en: 'An SRDI SME in a 六新六特六优 industry carrying a major project such as a key core technology breakthrough (a patent navigation service base may carry out the navigation)',
    },
    conditions: [
      {
        zh: '项目属于关键核心技术攻关等重大项目',
        en: 'The project is a major project such as a key core technology breakthrough',
      },
      {
        zh: '有明确的导航范围、进度安排、经费预算和项目团队',
        en: 'It has a defined navigation scope, schedule, budget and team',
      },
      {
        zh: '立项后提交专利导航报告及摘要',
        en: 'After approval, the navigation report and its summary are filed',
      },
    ],
    materials: [
      { zh: '专利导航项目实施方案', en: 'The patent navigation project plan' },
      { zh: '重大项目立项或攻关任务证明', en: 'Proof of the major project or breakthrough task' },
      {
        zh: '委托服务基地的委托协议（如有）',
        en: 'The agreement with the service base (if it carries out the work)',
      },
    ],
    deadline: ROUND_DEADLINE,
    processingWorkingDays: 20,
    contact: CONTACT,
  },
  scorecard: [
    {
      id: 'granted',
      label: { zh: '专利导航项目安排的专项资金', en: 'Special funds granted to navigation projects' },
      unit: 'CNY',
      met: 'at-least',
      goal: 'floor',
      sources: ['claims'],
    },
  ],
});
