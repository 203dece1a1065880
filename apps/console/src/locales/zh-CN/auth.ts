export const auth = {
  logout: '退出',
  expired: '会话已过期，请重新登录。',
  wrongRole: '该账号不是管理端账号。',
  usePortal: '这是企业账号，请在企业门户办理：',
  useStation: '这是服务机构账号，请在服务站办理：',
  portal: '惠企 · 企业门户',
  station: '惠企 · 服务站',
};
