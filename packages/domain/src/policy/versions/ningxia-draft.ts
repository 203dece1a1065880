import type { ParameterInput, PolicyVersionInput } from '../schema.js';

/**
 * 知识产权助力专精特新中小企业创新发展13条措施（征求意见稿）— Ningxia, draft for comments.
 * Every number of the text is a dated parameter here, with the words it comes from; where the
 * text is silent, the platform's reading is a parameter marked "interpretation" (PROVISIONS.md).
 * The draft carries no date of its own: it is applied from funding year 2023 (an interpretation).
 */
const FROM = '2023-01-01';
const M1_INTRO =
  '对新认定的国家知识产权示范企业、优势企业及自治区知识产权培优试点企业，分别给予20万元、15万元和10万元支持。';
const M1_AWARDS =
  '对获得中国专利金奖的每件补助50万元，获得中国专利银奖的每件补助30万元，获得中国专利优秀奖的每件补助10万元。';
const M7_LOAN =
  '对通过知识产权质押获得融资的企业，在完成偿贷还息后，按照合同约定的知识产权出质占比率及贷款发放时最近一次公布的一年期贷款市场报价利率给予贴息，单户企业补助上限50万元，贴息期限最长一年';

const newlyRecognized: ParameterInput = {
  label: { zh: '“新认定”的认定年度范围', en: 'Years counted as "newly recognized"' },
  unit: 'years',
  source: 'interpretation',
  reference: '“新认定”指认定日期在资助年度或其上一年度内；每项称号每家企业仅支持一次，多项称号分别支持。',
  values: [{ effectiveFrom: FROM, value: '2' }],
};

const perFamilyCap: ParameterInput = {
  label: { zh: '同族专利/商标的法域数量上限', en: 'Jurisdictions paid per family' },
  unit: 'count',
  source: 'interpretation',
  reference: '“每件”指每个法域的每个授权（注册）号，同一号码只支持一次；同族法域数量上限默认不设。',
  nullable: true,
  values: [{ effectiveFrom: FROM, value: null }],
};

const cny = (zh: string, en: string, reference: string, value: string, source: 'policy-text' | 'interpretation' = 'policy-text') => ({
  label: { zh, en },
  unit: 'CNY' as const,
  source,
  reference,
  values: [{ effectiveFrom: FROM, value }],
});

const count = (zh: string, en: string, reference: string, value: string) => ({
  label: { zh, en },
  unit: 'count' as const,
  source: 'policy-text' as const,
  reference,
  values: [{ effectiveFrom: FROM, value }],
});

export const ningxiaDraft = {
  id: 'ningxia-2023-draft',
  title: {
    zh: '知识产权助力专精特新中小企业创新发展13条措施（征求意见稿）',
    en: '13 measures for IP to help SRDI SMEs innovate (draft for comments)',
  },
  status: 'draft',
  effectiveFrom: FROM,
  region: '640000',
  parts: [
    { number: 1, title: { zh: '增强企业创新能力，助力知识产权创造提质增效', en: 'Creation of IP' } },
    { number: 2, title: { zh: '促进知识产权高效运用，提高企业核心竞争力', en: 'Use of IP' } },
    { number: 3, title: { zh: '加强知识产权保护，护航企业创新发展', en: 'Protection of IP' } },
    { number: 4, title: { zh: '强化知识产权服务保障，提升助企惠企实效', en: 'IP services' } },
  ],
  measures: [
    { number: 1, part: 1, title: { zh: '加强知识产权创新主体培育扶持', en: 'Cultivating IP innovation entities' } },
    { number: 2, part: 1, title: { zh: '充分发挥专利商标审查绿色通道作用', en: 'Green channel for patent and trademark examination' } },
    { number: 3, part: 1, title: { zh: '推动知识产权管理融入企业创新全过程', en: 'IP management in the innovation process (ISO 56005)' } },
    { number: 4, part: 1, title: { zh: '建立中小企业专利导航常态化服务机制', en: 'Patent navigation as a routine service' } },
    { number: 5, part: 2, title: { zh: '促进优质专利成果转移转化', en: 'Transfer and commercialization of patents' } },
    { number: 6, part: 2, title: { zh: '提升企业主营业务的知识产权贡献度', en: 'Patent-intensive products' } },
    { number: 7, part: 2, title: { zh: '增强知识产权金融服务效能', en: 'IP finance' } },
    { number: 8, part: 2, title: { zh: '加强商标品牌培育扶持', en: 'Trademark brands' } },
    { number: 9, part: 3, title: { zh: '加强知识产权快速协同保护', en: 'Fast collaborative protection' } },
    { number: 10, part: 3, title: { zh: '强化企业知识产权维权援助', en: 'Rights-protection assistance' } },
    { number: 11, part: 4, title: { zh: '强化知识产权服务精准供给', en: 'Targeted IP services' } },
    { number: 12, part: 4, title: { zh: '加强企业知识产权人才保障', en: 'IP talent' } },
    { number: 13, part: 4, title: { zh: '强化考核激励和跟踪问效', en: 'Assessment and follow-up' } },
  ],
  provisions: [
    {
      id: 'M1.1', measure: 1, kind: 'fixed-award',
      title: { zh: '新认定国家知识产权示范企业', en: 'Newly recognized National IP Demonstration Enterprise' },
      summary: { zh: '新认定的国家知识产权示范企业给予20万元支持。', en: '200,000 yuan for a newly recognized National IP Demonstration Enterprise.' },
      clause: M1_INTRO,
      interpretation: { zh: '认定日期在资助年度或上一年度内为“新认定”；每家企业仅支持一次。', en: '"Newly" = recognized in the funding year or the year before; paid once per enterprise.' },
      parameters: {
        amount: cny('支持金额', 'Award', '对新认定的国家知识产权示范企业……给予20万元……支持', '200000.00'),
        recognitionWindowYears: newlyRecognized,
      },
    },
    {
      id: 'M1.2', measure: 1, kind: 'fixed-award',
      title: { zh: '新认定国家知识产权优势企业', en: 'Newly recognized National IP Advantage Enterprise' },
      summary: { zh: '新认定的国家知识产权优势企业给予15万元支持。', en: '150,000 yuan for a newly recognized National IP Advantage Enterprise.' },
      clause: M1_INTRO,
      interpretation: { zh: '认定日期在资助年度或上一年度内为“新认定”；每家企业仅支持一次。', en: '"Newly" = recognized in the funding year or the year before; paid once per enterprise.' },
      parameters: {
        amount: cny('支持金额', 'Award', '对新认定的……优势企业……给予……15万元……支持', '150000.00'),
        recognitionWindowYears: newlyRecognized,
      },
    },
    {
      id: 'M1.3', measure: 1, kind: 'fixed-award',
      title: { zh: '新认定自治区知识产权培优试点企业', en: 'Newly recognized Regional IP Cultivation Pilot Enterprise' },
      summary: { zh: '新认定的自治区知识产权培优试点企业给予10万元支持。', en: '100,000 yuan for a newly recognized Regional IP Cultivation Pilot Enterprise.' },
      clause: M1_INTRO,
      interpretation: { zh: '认定日期在资助年度或上一年度内为“新认定”；每家企业仅支持一次。', en: '"Newly" = recognized in the funding year or the year before; paid once per enterprise.' },
      parameters: {
        amount: cny('支持金额', 'Award', '对新认定的……自治区知识产权培优试点企业，分别给予……10万元支持', '100000.00'),
        recognitionWindowYears: newlyRecognized,
      },
    },
    {
      id: 'M1.4', measure: 1, kind: 'per-item-award',
      title: { zh: '中国专利金奖', en: 'China Patent Gold Award' },
      summary: { zh: '获得中国专利金奖的每件补助50万元。', en: '500,000 yuan per patent with a China Patent Gold Award.' },
      clause: M1_AWARDS,
      interpretation: { zh: '同一专利只按其最高奖项支持一次。', en: 'A patent is paid once, for its highest award.' },
      parameters: { amountPerItem: cny('每件补助', 'Per patent', '对获得中国专利金奖的每件补助50万元', '500000.00') },
    },
    {
      id: 'M1.5', measure: 1, kind: 'per-item-award',
      title: { zh: '中国专利银奖', en: 'China Patent Silver Award' },
      summary: { zh: '获得中国专利银奖的每件补助30万元。', en: '300,000 yuan per patent with a China Patent Silver Award.' },
      clause: M1_AWARDS,
      interpretation: { zh: '同一专利只按其最高奖项支持一次。', en: 'A patent is paid once, for its highest award.' },
      parameters: { amountPerItem: cny('每件补助', 'Per patent', '获得中国专利银奖的每件补助30万元', '300000.00') },
    },
    {
      id: 'M1.6', measure: 1, kind: 'per-item-award',
      title: { zh: '中国专利优秀奖', en: 'China Patent Excellence Award' },
      summary: { zh: '获得中国专利优秀奖的每件补助10万元。', en: '100,000 yuan per patent with a China Patent Excellence Award.' },
      clause: M1_AWARDS,
      interpretation: { zh: '同一专利只按其最高奖项支持一次。', en: 'A patent is paid once, for its highest award.' },
      parameters: { amountPerItem: cny('每件补助', 'Per patent', '获得中国专利优秀奖的每件补助10万元', '100000.00') },
    },
    {
      id: 'M1.7', measure: 1, kind: 'per-item-award',
      title: { zh: '国外授权发明专利', en: 'Invention patent granted abroad' },
      summary: { zh: '获得国外授权的发明专利，每件补助2万元。', en: '20,000 yuan for each invention patent granted abroad.' },
      clause: '对获得国外授权的发明专利，每件补助2万元。',
      interpretation: { zh: '每个法域的每个授权号为一件，同一号码只支持一次。', en: 'Each grant number in each jurisdiction is one item; a number is paid once.' },
      parameters: {
        amountPerItem: cny('每件补助', 'Per grant', '对获得国外授权的发明专利，每件补助2万元', '20000.00'),
        maxJurisdictionsPerFamily: perFamilyCap,
      },
    },
    {
      id: 'M1.8', measure: 1, kind: 'per-item-award',
      title: { zh: '国外注册商标', en: 'Trademark registered abroad' },
      summary: { zh: '获得国外授权的注册商标，每件补助1万元。', en: '10,000 yuan for each trademark registered abroad.' },
      clause: '对获得国外授权的注册商标，每件补助1万元。',
      interpretation: { zh: '每个法域的每个注册号为一件，同一号码只支持一次。', en: 'Each registration number in each jurisdiction is one item; a number is paid once.' },
      parameters: {
        amountPerItem: cny('每件补助', 'Per registration', '对获得国外授权的注册商标，每件补助1万元', '10000.00'),
        maxJurisdictionsPerFamily: perFamilyCap,
      },
    },
    {
      id: 'M2.1', measure: 2, kind: 'count-approx',
      title: { zh: '专利优先审查推荐', en: 'Recommendation for patent prioritized examination' },
      summary: { zh: '每年支持50家左右专精特新中小企业享受专利优先审查政策。', en: 'About 50 SRDI SMEs a year recommended for patent prioritized examination.' },
      clause: '以装备制造、新型材料、清洁能源、数字信息、现代化工等产业为重点，每年支持50家左右专精特新中小企业享受专利优先审查政策',
      parameters: { count: count('每年推荐企业数（左右）', 'Enterprises a year (about)', '每年支持50家左右专精特新中小企业享受专利优先审查政策', '50') },
    },
    {
      id: 'M2.2', measure: 2, kind: 'count-target',
      title: { zh: '知识产权申请专项辅导', en: 'Special coaching on IP applications' },
      summary: { zh: '每年至少为50家专精特新中小企业开展知识产权申请专项辅导。', en: 'At least 50 SRDI SMEs a year coached on IP applications.' },
      clause: '每年至少为50家专精特新中小企业开展知识产权申请专项辅导，宣传介绍专利、商标优先审查等政策',
      parameters: { count: count('每年至少辅导企业数', 'Enterprises coached a year (at least)', '每年至少为50家专精特新中小企业开展知识产权申请专项辅导', '50') },
    },
    {
      id: 'M3.1', measure: 3, kind: 'count-target',
      title: { zh: '知识产权和创新能力分级测评', en: 'Graded assessment of IP and innovation capability' },
      summary: { zh: '每年组织50家以上专精特新中小企业开展分级测评、学习提升。', en: 'At least 50 SRDI SMEs a year take the graded assessment (ISO 56005).' },
      clause: '每年组织50家以上专精特新中小企业，通过国家知识产权管理标准推广应用综合服务平台，开展知识产权和创新能力分级测评、学习提升',
      parameters: { count: count('每年至少测评企业数', 'Enterprises assessed a year (at least)', '每年组织50家以上专精特新中小企业……开展知识产权和创新能力分级测评', '50') },
    },
    {
      id: 'M4.1', measure: 4, kind: 'service',
      title: { zh: '专利导航综合服务', en: 'Patent navigation services' },
      summary: { zh: '依托国家专利导航综合服务平台提供课程培训、成果共享、智能化应用工具。', en: 'Training, shared results and tools via the national patent navigation platform.' },
      clause: '充分利用国家专利导航综合服务平台，为全区专精特新中小企业提供课程培训、成果共享、智能化应用工具等综合服务，满足企业专利导航实务需求。',
    },
    {
      id: 'M4.2', measure: 4, kind: 'budget-floor',
      title: { zh: '重大项目专利导航专项资金', en: 'Patent navigation funds for major projects' },
      summary: { zh: '每年安排不少于100万元专项资金开展专利导航。', en: 'At least 1,000,000 yuan a year for patent navigation on major projects.' },
      clause: '聚焦“六新六特六优”产业，每年安排不少于100万元专项资金，对关键核心技术攻关等重大项目开展专利导航',
      parameters: { floor: cny('每年专项资金下限', 'Annual funds (at least)', '每年安排不少于100万元专项资金', '1000000.00') },
    },
    {
      id: 'M5.1', measure: 5, kind: 'percentage-with-cap',
      title: { zh: '专利转化运用支持', en: 'Support for taking in and using IP' },
      summary: { zh: '按转化交易额的5%予以支持，年最高补助不超过100万元。', en: '5% of the transaction amount, at most 1,000,000 yuan per enterprise a year.' },
      clause: '支持区内外高校、科研院所和企业的知识产权通过许可、转让、作价入股等方式，向我区企业特别是专精特新中小企业进行转化运用；对我区引进转化运用并产生社会经济效益、实现应用价值的企业，按转化交易额的5%予以支持，年最高补助不超过100万元。',
      interpretation: { zh: '“年”为资助年度；上限计入该企业当年在本条已获的全部支持。', en: 'The year is the funding year; the cap counts all the enterprise already got under M5.1 that year.' },
      parameters: {
        rate: { label: { zh: '支持比例', en: 'Share of the transaction amount' }, unit: 'ratio', source: 'policy-text', reference: '按转化交易额的5%予以支持', values: [{ effectiveFrom: FROM, value: '0.05' }] },
        annualCap: cny('每家企业年度补助上限', 'Annual cap per enterprise', '年最高补助不超过100万元', '1000000.00'),
      },
    },
    {
      id: 'M5.2', measure: 5, kind: 'service',
      title: { zh: '专利开放许可与供需对接', en: 'Patent open licensing and matchmaking' },
      summary: { zh: '推进专利开放许可，搭建供需平台，举办高校院所与企业对接活动。', en: 'Open licensing, a supply–demand platform, and matchmaking events.' },
      clause: '与工信等部门协同推进专利开放许可，搭建供需平台，畅通流转渠道，面向“专精特新”企业举办高校院所与企业对接活动',
    },
    {
      id: 'M6.1', measure: 6, kind: 'count-target',
      title: { zh: '专利密集型产品备案', en: 'Patent-intensive product filing' },
      summary: { zh: '每年支持不少于50家专精特新中小企业主导产品通过备案认定。', en: 'At least 50 SRDI SMEs a year get a main product filed as patent-intensive.' },
      clause: '每年引导和支持不少于50家专精特新中小企业符合条件的主导产品通过试点平台备案认定',
      parameters: { count: count('每年至少备案企业数', 'Enterprises filed a year (at least)', '每年引导和支持不少于50家专精特新中小企业……通过试点平台备案认定', '50') },
    },
    {
      id: 'M7.1', measure: 7, kind: 'service',
      title: { zh: '“入园惠企”质押融资行动', en: 'The "入园惠企" pledge-financing campaign' },
      summary: { zh: '持续实施质押融资“入园惠企”行动，组织银企对接，鼓励打包组合质押。', en: 'Pledge-financing campaign, bank–enterprise matchmaking, bundled pledges.' },
      clause: '持续实施知识产权质押融资“入园惠企”行动，组织“专精特新”银企对接，鼓励专精特新中小企业专利权、商标专用权、著作权等知识产权打包组合质押，拓展质押范围。',
    },
    {
      id: 'M7.2', measure: 7, kind: 'budget-floor',
      title: { zh: '政府性融资担保贷款', en: 'Guaranteed loans for IP pledge financing' },
      summary: { zh: '引导政府性融资担保机构提供不低于2亿元担保贷款。', en: 'At least 200,000,000 yuan of guaranteed loans for IP pledge financing.' },
      clause: '引导政府性融资担保机构提供不低于2亿元担保贷款，用于支持中小微企业知识产权质押融资。',
      parameters: { floor: cny('担保贷款规模下限', 'Guaranteed loans (at least)', '提供不低于2亿元担保贷款', '200000000.00') },
    },
    {
      id: 'M7.3', measure: 7, kind: 'service',
      title: { zh: '知识产权保险', en: 'IP insurance' },
      summary: { zh: '引导保险机构开发知识产权被侵权保险、执行保险等产品。', en: 'Insurers develop IP infringement and enforcement insurance.' },
      clause: '引导保险机构针对专精特新中小企业开发知识产权被侵权保险、执行保险等产品，降低企业创新风险。',
    },
    {
      id: 'M7.4', measure: 7, kind: 'interest-subsidy',
      title: { zh: '知识产权质押融资贴息', en: 'Interest subsidy for IP pledge loans' },
      summary: { zh: '按出质占比率及一年期LPR贴息，单户上限50万元，贴息期限最长一年。', en: 'Interest subsidy from the pledge share ratio and the one-year LPR; at most 500,000 yuan, at most one year.' },
      clause: M7_LOAN,
      interpretation: {
        zh: '贴息天数 = min(还款日 − 放款日, 365)；贴息 = min(本金 × LPR × 天数 ÷ 360, 实付利息) × 出质占比率；上限按资助年度计；须已还清。',
        en: 'days = min(repaid − disbursed, 365); subsidy = min(principal × LPR × days / 360, interest paid) × pledge share ratio; cap per funding year; loan repaid first.',
      },
      parameters: {
        annualCap: cny('每家企业年度补助上限', 'Annual cap per enterprise', '单户企业补助上限50万元', '500000.00'),
        maxDays: { label: { zh: '最长贴息天数', en: 'Longest subsidized period (days)' }, unit: 'days', source: 'interpretation', reference: '“贴息期限最长一年”按365个日历日计。', values: [{ effectiveFrom: FROM, value: '365' }] },
        dayCountBasis: { label: { zh: '计息基础天数', en: 'Day-count basis' }, unit: 'days', source: 'interpretation', reference: '按银行惯例，日利率 = 年利率 ÷ 360。', values: [{ effectiveFrom: FROM, value: '360' }] },
      },
    },
    {
      id: 'M7.5', measure: 7, kind: 'percentage-with-cap',
      title: { zh: '质押融资评估费补助', en: 'Evaluation fee subsidy for IP pledge loans' },
      summary: { zh: '按实际支付评估费用的90%给予补助，最高不超过50万元。', en: '90% of the evaluation fee paid, at most 500,000 yuan.' },
      clause: '对企业因知识产权质押融资产生的评估费，按照实际支付评估费用的90%给予补助，最高不超过50万元。',
      interpretation: { zh: '上限按每家企业每个资助年度计。', en: 'The cap is per enterprise per funding year.' },
      parameters: {
        rate: { label: { zh: '补助比例', en: 'Share of the fee' }, unit: 'ratio', source: 'policy-text', reference: '按照实际支付评估费用的90%给予补助', values: [{ effectiveFrom: FROM, value: '0.9' }] },
        annualCap: cny('每家企业年度补助上限', 'Annual cap per enterprise', '最高不超过50万元', '500000.00'),
      },
    },
    {
      id: 'M8.1', measure: 8, kind: 'count-target',
      title: { zh: '商标品牌指导站服务', en: 'Trademark brand guidance station services' },
      summary: { zh: '商标品牌指导站每年为50家以上专精特新中小企业开展商标服务。', en: 'Guidance stations serve at least 50 SRDI SMEs a year.' },
      clause: '引导商标品牌指导站每年为50家以上专精特新中小企业开展商标注册、运用、保护和管理服务',
      parameters: { count: count('每年至少服务企业数', 'Enterprises served a year (at least)', '每年为50家以上专精特新中小企业开展商标注册、运用、保护和管理服务', '50') },
    },
    {
      id: 'M8.2', measure: 8, kind: 'count-cap',
      title: { zh: '“百城百品”商标品牌遴选', en: '"Hundred Cities, Hundred Brands" selection' },
      summary: { zh: '遴选50个专精特新企业商标品牌参与“百城百品”区域品牌建设。', en: 'Select 50 SRDI enterprise brands for the regional brand programme.' },
      clause: '遴选50个特色鲜明、竞争力强、市场信誉好的专精特新企业商标品牌，参与“百城百品”区域品牌建设',
      parameters: { count: count('遴选品牌数', 'Brands selected', '遴选50个……专精特新企业商标品牌', '50') },
    },
    {
      id: 'M9.1', measure: 9, kind: 'service',
      title: { zh: '企业信息共享', en: 'Information sharing on SRDI enterprises' },
      summary: { zh: '知识产权和工信部门共享辖区专精特新中小企业和“小巨人”企业信息。', en: 'IP and industry departments share information on SRDI and "little giant" enterprises.' },
      clause: '各级知识产权和工信部门要加强信息沟通，共享辖区内专精特新中小企业和“小巨人”企业相关信息',
    },
    {
      id: 'M9.2', measure: 9, kind: 'service',
      title: { zh: '保护需求和案件线索收集', en: 'Protection needs and case leads' },
      summary: { zh: '收集专精特新中小企业知识产权保护需求和案件线索。', en: 'Collect protection needs and infringement case leads.' },
      clause: '做好专精特新中小企业知识产权保护需求和案件线索信息收集',
    },
    {
      id: 'M9.3', measure: 9, kind: 'service',
      title: { zh: '专利侵权纠纷行政裁决', en: 'Administrative adjudication of patent disputes' },
      summary: { zh: '加大涉及专精特新中小企业专利侵权纠纷行政裁决办案力度。', en: 'Priority administrative adjudication of patent infringement disputes.' },
      clause: '加大涉及“专精特新”等中小企业专利侵权纠纷行政裁决办案力度，提供知识产权快速协同保护。',
    },
    {
      id: 'M10.1', measure: 10, kind: 'service',
      title: { zh: '维权援助', en: 'Rights-protection assistance' },
      summary: { zh: '维权援助工作体系向基层延伸，开展维权援助专项行动。', en: 'Assistance reaching county level; special assistance campaigns.' },
      clause: '积极创新工作模式，推动维权援助工作体系向基层延伸，探索开展“专精特新”等中小企业知识产权维权援助专项行动。',
    },
    {
      id: 'M10.2', measure: 10, kind: 'service',
      title: { zh: '海外维权互助', en: 'Overseas rights-protection mutual aid' },
      summary: { zh: '建立海外维权互助机制，设立海外维权互助基金。', en: 'Overseas mutual-aid mechanism and funds.' },
      clause: '推动建立健全知识产权海外维权互助机制，鼓励企业和相关机构设立知识产权海外维权互助基金，加大对专精特新中小企业海外知识产权维权援助力度',
    },
    {
      id: 'M11.1', measure: 11, kind: 'fixed-award',
      title: { zh: '知识产权托管服务机构', en: 'IP trusteeship agency' },
      summary: { zh: '对考核认定的知识产权托管服务机构予以20万元支持。', en: '200,000 yuan for a trusteeship agency that passes the evaluation.' },
      clause: '探索对专精特新中小企业集聚园区进行知识产权托管，引导和支持服务机构提供知识产权申请、专利信息分析、维权援助等无偿服务……对考核认定的知识产权托管服务机构予以20万元支持。',
      interpretation: { zh: '每家机构每个资助年度支持一次，考核认定日期须在资助年度内。', en: 'Once per agency per funding year; the evaluation must fall in the funding year.' },
      parameters: {
        amount: cny('支持金额', 'Award', '对考核认定的知识产权托管服务机构予以20万元支持', '200000.00'),
        recognitionWindowYears: {
          label: { zh: '考核认定的年度范围', en: 'Years in which the evaluation counts' },
          unit: 'years',
          source: 'interpretation',
          reference: '每家机构每年支持一次：考核认定日期须在资助年度内。',
          values: [{ effectiveFrom: FROM, value: '1' }],
        },
      },
    },
    {
      id: 'M11.2', measure: 11, kind: 'service',
      title: { zh: '“知识产权服务万里行”', en: 'The "IP services on the road" campaign' },
      summary: { zh: '开展“知识产权服务万里行”系列活动，对接中小企业服务需求。', en: 'Events matching SME service needs.' },
      clause: '深入开展“知识产权服务万里行”系列活动，对接中小企业服务需求，提供专业支撑服务。',
    },
    {
      id: 'M12.1', measure: 12, kind: 'service',
      title: { zh: '知识产权经理人与职称', en: 'IP managers and professional titles' },
      summary: { zh: '建设知识产权经理人队伍，支持参评知识产权职称并开展聘任。', en: 'A corps of IP managers; support for IP professional titles.' },
      clause: '加快推进“专精特新”等中小企业知识产权经理人队伍建设，支持专精特新中小企业组织知识产权人才参评知识产权职称并开展聘任工作',
    },
    {
      id: 'M13.1', measure: 13, kind: 'assessment',
      title: { zh: '考核激励和跟踪问效', en: 'Regional scorecard' },
      summary: { zh: '将各地落实情况作为梯度培育、试点示范申报等工作的重要依据。', en: 'Each locality\'s implementation is scored and used in nominations.' },
      clause: '自治区知识产权局、工业和信息化厅将各地落实任务情况作为开展优质中小企业梯度培育、申报知识产权强国建设试点示范及国家小型微型企业创业创新示范基地认定等工作的重要依据，予以优先考虑和推荐。',
    },
  ],
} satisfies PolicyVersionInput;
