export const users = {
  title: '账号与角色',
  intro:
    '每个账号只有一个角色，创建后不可更改；停用立即结束其所有登录；管理员不能停用或启用自己的账号。所有变更均记入审计日志，由审计员核验。',
  name: '姓名',
  role: '角色',
  scope: '范围',
  agency: '服务机构',
  add: '新建账号',
  disable: '停用',
  enable: '启用',
  disabled: '已停用',
  active: '正常',
  locked: '已锁定',
  unlock: '解锁',
  unlockHint: '解除因登录失败造成的锁定（账号锁定及各来源地址的锁定），记入审计日志',
  roles: {
    'city-admin': '市级管理员',
    'region-admin': '自治区管理员',
    auditor: '审计员',
    agency: '服务机构人员',
    enterprise: '企业',
  },
};
