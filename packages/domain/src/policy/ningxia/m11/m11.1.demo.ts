import { defineProvisionDemo, notAfter, pad2 } from '../../provision-demo.js';
import { m11_1 } from './m11.1.js';

const PARKS = [
  ['银川经济技术开发区'],
  ['石嘴山高新技术产业开发区', '平罗工业园区'],
  ['银川高新技术产业开发区'],
] as const;
const SERVICES = ['专利申请代理 12件', '专利信息分析报告 3份', '维权援助咨询 8次'] as const;

/** DEMO DATA of M11.1 (not policy): a year's budget of a fresh demo and its example (agencies') claims. */
export const m11_1Demo = defineProvisionDemo(m11_1, {
  demoBudget: '1000000.00',
  exampleClaim: ({ index, fundingYear, today }) => ({
    provision: 'M11.1',
    // Evaluated early in the funding year (the window is that year): never after today.
    recognizedOn: notAfter(`${fundingYear}-01-${pad2(10 + (index % 18))}`, today),
    evaluationResult: (['good', 'excellent', 'pass'] as const)[index % 3]!,
    parks: [...PARKS[index % PARKS.length]!],
    freeServices: SERVICES.slice(0, 1 + (index % SERVICES.length)),
  }),
});
