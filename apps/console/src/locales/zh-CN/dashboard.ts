export const dashboard = {
  title: '工作台',
  pendingCity: '待市级审核',
  pendingRegion: '待自治区审核',
  assessed: '测算金额',
  approved: '核准金额',
  byProvision: '按条款',
  byArea: '按地区',
};
