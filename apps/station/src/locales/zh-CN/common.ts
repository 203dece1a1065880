export const common = {
  error: '出错了',
  search: '搜索',
};
