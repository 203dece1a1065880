export const targets = {
  title: '年度目标',
  served: '已服务企业',
  target: '目标',
  records: '服务次数',
  noTarget: '无数量目标',
  byMonth: '按月新增服务企业',
  empty: '本年度尚无服务记录。',
};
