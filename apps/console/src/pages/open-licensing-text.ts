/**
 * The open-licensing page's words (M5.2), Chinese first. They stay with the page, which loads
 * lazily, rather than in the console's first-load catalog.
 */
type T = { zh: string; en: string };
const w = (zh: string, en: string): T => ({ zh, en });

export const TEXT = {
  title: w('专利开放许可', 'Patent open licensing'),
  intro: w(
    '登记高校、科研院所和企业开放许可的专利（在门户公开发布），查看企业的许可意向，登记许可达成。',
    "Record patents universities, institutes and enterprises offer for open licence (published on the portal), see enterprises' interest, and mark licences concluded.",
  ),
  interests: w('企业许可意向', 'Interest from enterprises'),
  noInterests: w('暂无许可意向。', 'No interest yet.'),
  enterprise: w('意向企业', 'Enterprise'),
  patent: w('专利', 'Patent'),
  message: w('意向说明', 'Message'),
  status: w('状态', 'Status'),
  states: { open: w('洽谈中', 'In talks'), concluded: w('已达成许可', 'Licence concluded') },
  conclude: w('登记许可达成', 'Mark concluded'),
  concludedOn: w('许可达成日期', 'Concluded on'),
  agreedFee: w('约定的许可使用费（元）', 'Fee agreed (yuan)'),
  confirm: w('确认达成', 'Confirm'),
  concludedNotice: (name: string, patent: string) =>
    w(`已登记 ${name} 获得 ${patent} 的许可。`, `${name} has a licence of ${patent}.`),
  record: w('登记开放许可专利', 'Record an open licence offer'),
  patentNumber: w('专利号', 'Patent number'),
  patentTitle: w('专利名称', 'Title'),
  field: w('技术领域', 'Technical field'),
  licensorKind: w('许可人类型', 'Licensor kind'),
  licensor: w('许可人', 'Licensor'),
  feeKind: w('许可使用费方式', 'Fee terms'),
  feeAmount: w('许可使用费（元/年）', 'Fee (yuan a year)'),
  feeRate: w('提成比例（0–1，如 0.03）', 'Royalty (0–1, e.g. 0.03)'),
  periodFrom: w('许可期限起', 'From'),
  periodTo: w('许可期限止', 'Until'),
  area: w('发布地区', 'Listed in'),
  submit: w('登记并发布', 'Record and publish'),
  recorded: (patent: string) =>
    w(`已发布 ${patent} 的开放许可。`, `The open licence of ${patent} is published.`),
  offers: w('开放许可专利', 'Patents offered'),
  fee: w('许可使用费', 'Licence fee'),
  perYear: (amount: string) => w(`${amount} / 年`, `${amount} a year`),
  royalty: (rate: string) => w(`按销售额 ${rate} 提成`, `${rate} of sales`),
  period: w('许可期限', 'Period'),
  interestCount: w('意向数', 'Interests'),
};
