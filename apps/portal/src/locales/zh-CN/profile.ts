export const profile = {
  title: '企业信息',
  verification: '审核状态',
  changePassword: '修改密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  passwordChanged: '密码已修改，其他设备上的登录已失效。',
  qrTitle: '服务机构扫码',
  qrHint: '向服务站人员出示，对方扫码即可为本企业记录服务。',
};
