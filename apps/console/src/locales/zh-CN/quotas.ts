export const quotas = {
  quota: '指标',
  open: '开设本年度指标：',
  count: '计入',
  reason: '超出理由（“左右”类指标超出时必填）',
  notFound: '未找到信用代码为 {code} 的企业。',
  counted: '已计入：{name}',
};
