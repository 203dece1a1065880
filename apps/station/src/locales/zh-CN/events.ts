export const events = {
  title: '活动',
  add: '记录活动',
  kind: '类型',
  name: '活动名称',
  date: '日期',
  place: '地点',
  attendees: '参加企业',
  addAttendee: '添加企业',
  empty: '暂无活动。',
  save: '保存活动',
};
