export const simulation = {
  title: '政策模拟（What-if）',
  intro:
    '调整一个或多个参数，用当前在审和已决申报重新测算，比较调整前后的资金需求（按条款、按地区）。在浏览器中用与审核相同的规则计算，不改变任何数据。',
  parameter: '参数',
  current: '现值',
  proposed: '拟调整为',
  /** Run with no proposed value: said at the first value field. */
  needValue: '请填写拟调整的数值（至少一项）。',
  add: '增加一项调整',
  run: '开始模拟',
  claims: '申报件数',
  invalid: '无法测算',
  before: '调整前',
  after: '调整后',
  delta: '变化',
  changed: '金额变化的申报',
  took: '用时 {ms} 毫秒',
  truncated: '申报过多，仅模拟了前 50,000 件。',
};
