export const app = {
  name: '惠企 · 管理端',
  menu: '菜单',
};
