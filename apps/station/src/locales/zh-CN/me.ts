export const me = {
  title: '我的',
  workers: '本机构人员',
  addWorker: '添加人员',
  displayName: '姓名',
  admin: '机构管理员',
  disable: '停用',
  disabled: '已停用',
  award: '托管机构奖励申报',
  brands: '“百城百品”品牌提名',
  measures: '措施记录',
};
