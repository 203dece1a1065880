export const nav = {
  policy: '政策一览',
  matching: '政策匹配',
  calculator: '补助测算',
  claims: '我的申报',
  requests: '服务请求',
  priorityExam: '优先审查推荐',
  records: '我的记录',
};
