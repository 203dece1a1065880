export const requests = {
  title: '服务请求',
  kind: '请求类型',
  subject: '标题',
  description: '情况说明',
  send: '提交请求',
  sent: '已提交，所在地市或自治区知识产权局将分派服务机构办理。',
  mine: '我的请求',
  none: '暂无请求。',
  status: '状态',
  date: '日期',
  handler: '承办机构',
  notAssigned: '待分派服务机构',
  /** A request's status, by the API's code. */
  states: { open: '待分派', assigned: '已分派服务机构', 'in-progress': '办理中', closed: '已办结' },
};
