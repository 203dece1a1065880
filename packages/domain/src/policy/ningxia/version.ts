import { AREAS, REGION } from '../../registry/areas.js';
import type { PolicyVersionInput } from '../schema.js';
import { m1_1 } from './m1/m1.1.js';
import { m1_2 } from './m1/m1.2.js';
import { m1_3 } from './m1/m1.3.js';
import { m1_4 } from './m1/m1.4.js';
import { m1_5 } from './m1/m1.5.js';
import { m1_6 } from './m1/m1.6.js';
import { m1_7 } from './m1/m1.7.js';
import { m1_8 } from './m1/m1.8.js';
import { m2_1 } from './m2/m2.1.js';
import { m2_2 } from './m2/m2.2.js';
import { m3_1 } from './m3/m3.1.js';
import { m4_1 } from './m4/m4.1.js';
import { m4_2 } from './m4/m4.2.js';
import { m5_1 } from './m5/m5.1.js';
import { m5_2 } from './m5/m5.2.js';
import { m6_1 } from './m6/m6.1.js';
import { m7_1 } from './m7/m7.1.js';
import { m7_2 } from './m7/m7.2.js';
import { m7_3 } from './m7/m7.3.js';
import { m7_4 } from './m7/m7.4.js';
import { m7_5 } from './m7/m7.5.js';
import { m8_1 } from './m8/m8.1.js';
import { m8_2 } from './m8/m8.2.js';
import { m9_1 } from './m9/m9.1.js';
import { m9_2 } from './m9/m9.2.js';
import { m9_3 } from './m9/m9.3.js';
import { m10_1 } from './m10/m10.1.js';
import { m10_2 } from './m10/m10.2.js';
import { m11_1 } from './m11/m11.1.js';
import { m11_2 } from './m11/m11.2.js';
import { m12_1 } from './m12/m12.1.js';
import { m13_1 } from './m13/m13.1.js';
import { FROM } from './shared.js';

/**
 * 知识产权助力专精特新中小企业创新发展13条措施（征求意见稿）— Ningxia, draft for comments, as
 * data: one module per provision under its measure (m7/m7.4.ts), each with its dated parameters and
 * the words they come from, its claim fields, bookkeeping, matching hints, services and 申报指南,
 * and its scenario tests beside it (m7/m7.4.scenarios.yaml). Where the text is silent, the
 * platform's reading is a parameter marked "interpretation" (PROVISIONS.md).
 */
export const ningxiaDraft = {
  id: 'ningxia-2023-draft',
  title: {
    zh: '知识产权助力专精特新中小企业创新发展13条措施（征求意见稿）',
    en: '13 measures for IP to help SRDI SMEs innovate (draft for comments)',
  },
  status: 'draft',
  effectiveFrom: FROM,
  region: REGION.code,
  regionName: REGION.name,
  areas: AREAS,
  parts: [
    { number: 1, title: { zh: '增强企业创新能力，助力知识产权创造提质增效', en: 'Creation of IP' } },
    { number: 2, title: { zh: '促进知识产权高效运用，提高企业核心竞争力', en: 'Use of IP' } },
    { number: 3, title: { zh: '加强知识产权保护，护航企业创新发展', en: 'Protection of IP' } },
    { number: 4, title: { zh: '强化知识产权服务保障，提升助企惠企实效', en: 'IP services' } },
  ],
  measures: [
    {
      number: 1,
      part: 1,
      title: { zh: '加强知识产权创新主体培育扶持', en: 'Cultivating IP innovation entities' },
    },
    {
      number: 2,
      part: 1,
      title: {
        zh: '充分发挥专利商标审查绿色通道作用',
        en: 'Green channel for patent and trademark examination',
      },
    },
    {
      number: 3,
      part: 1,
      title: {
        zh: '推动知识产权管理融入企业创新全过程',
        en: 'IP management in the innovation process (ISO 56005)',
      },
    },
    {
      number: 4,
      part: 1,
      title: { zh: '建立中小企业专利导航常态化服务机制', en: 'Patent navigation as a routine service' },
    },
    {
      number: 5,
      part: 2,
      title: { zh: '促进优质专利成果转移转化', en: 'Transfer and commercialization of patents' },
    },
    {
      number: 6,
      part: 2,
      title: { zh: '提升企业主营业务的知识产权贡献度', en: 'Patent-intensive products' },
    },
    { number: 7, part: 2, title: { zh: '增强知识产权金融服务效能', en: 'IP finance' } },
    { number: 8, part: 2, title: { zh: '加强商标品牌培育扶持', en: 'Trademark brands' } },
    { number: 9, part: 3, title: { zh: '加强知识产权快速协同保护', en: 'Fast collaborative protection' } },
    { number: 10, part: 3, title: { zh: '强化企业知识产权维权援助', en: 'Rights-protection assistance' } },
    { number: 11, part: 4, title: { zh: '强化知识产权服务精准供给', en: 'Targeted IP services' } },
    { number: 12, part: 4, title: { zh: '加强企业知识产权人才保障', en: 'IP talent' } },
    { number: 13, part: 4, title: { zh: '强化考核激励和跟踪问效', en: 'Assessment and follow-up' } },
  ],
  provisions: [
    m1_1,
    m1_2,
    m1_3,
    m1_4,
    m1_5,
    m1_6,
    m1_7,
    m1_8,
    m2_1,
    m2_2,
    m3_1,
    m4_1,
    m4_2,
    m5_1,
    m5_2,
    m6_1,
    m7_1,
    m7_2,
    m7_3,
    m7_4,
    m7_5,
    m8_1,
    m8_2,
    m9_1,
    m9_2,
    m9_3,
    m10_1,
    m10_2,
    m11_1,
    m11_2,
    m12_1,
    m13_1,
  ],
} as const satisfies PolicyVersionInput;
