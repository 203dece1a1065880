import { defineProvisionDemo } from '../../provision-demo.js';
import { m4_2 } from './m4.2.js';

/** Plans the demo's navigation projects are made from (the 六新六特六优 industries the field lists). */
const PLANS = [
  {
    projectName: '高纯电子级多晶硅关键技术攻关专利导航',
    coreTechnologies: ['电子级多晶硅提纯', '冷氢化工艺'],
    industry: 'new-materials',
    navigationScope: ['多晶硅提纯工艺', '光伏材料产业链'],
    budgetRequested: '300000.00',
    undertaker: 'service-base',
    team: ['张明 宁夏专利导航服务基地 项目负责人', '李华 本企业 技术分析'],
  },
  {
    projectName: '枸杞多糖高值化提取专利导航',
    coreTechnologies: ['枸杞多糖提取纯化'],
    industry: 'goji',
    navigationScope: ['枸杞功能食品', '植物多糖提取装备'],
    budgetRequested: '250000.00',
    undertaker: 'enterprise',
    team: ['王芳 本企业 项目负责人', '赵磊 本企业 专利分析'],
  },
  {
    projectName: '煤基新材料催化剂专利导航',
    coreTechnologies: ['费托合成催化剂', '煤制烯烃分离'],
    industry: 'modern-chemicals',
    navigationScope: ['煤化工催化剂', '宁东能源化工产业链'],
    budgetRequested: '280000.00',
    undertaker: 'service-base',
    team: ['刘强 宁夏专利导航服务基地 项目负责人', '陈静 本企业 研发负责人'],
  },
  {
    projectName: '酿酒葡萄低醇发酵专利导航',
    coreTechnologies: ['低醇葡萄酒发酵控制'],
    industry: 'wine',
    navigationScope: ['葡萄酒酿造工艺'],
    budgetRequested: '200000.00',
    undertaker: 'enterprise',
    team: ['孙丽 本企业 项目负责人'],
  },
] as const;

/**
 * DEMO DATA of M4.2 (not policy): a year's budget of a fresh demo somewhat above the floor, and
 * example project plans. A plan's start and completion are planned dates (they may lie ahead).
 */
export const m4_2Demo = defineProvisionDemo(m4_2, {
  demoBudget: '1200000.00',
  exampleClaim: ({ index, fundingYear }) => {
    const plan = PLANS[index % PLANS.length]!;
    return {
      provision: 'M4.2',
      ...plan,
      coreTechnologies: [...plan.coreTechnologies],
      navigationScope: [...plan.navigationScope],
      team: [...plan.team],
      startsOn: `${fundingYear}-03-01`,
      endsOn: `${fundingYear}-11-30`,
    };
  },
});
