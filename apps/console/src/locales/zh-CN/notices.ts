export const notices = {
  title: '公示与拨付',
  compose: '编制公示',
  nothingApproved: '没有待公示的已核准申报。',
  selected: '已选 {n} 件',
  noticeTitle: '公示标题',
  channel: '异议受理渠道',
  days: '公示天数',
  publish: '发布公示',
  published: '已发布的公示',
};
