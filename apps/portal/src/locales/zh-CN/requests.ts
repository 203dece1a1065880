export const requests = {
  title: '服务请求',
  kind: '请求类型',
  subject: '标题',
  description: '情况说明',
  send: '提交请求',
  sent: '已提交，自治区将分派服务机构办理。',
  mine: '我的请求',
  none: '暂无请求。',
  status: '状态',
  date: '日期',
};
