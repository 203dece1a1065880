export const auth = {
  logout: '退出登录',
  expired: '登录已过期，请重新登录。',
  wrongRole: '该账号不是服务机构账号。',
};
