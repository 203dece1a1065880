export const tab = {
  record: '记录服务',
  inbox: '请求',
  targets: '目标',
  events: '活动',
  me: '我的',
};
