export const inbox = {
  title: '请求',
  empty: '暂无分派给本机构的请求。',
  accept: '受理',
  progress: '记录进展',
  close: '办结',
  note: '说明',
  outcome: '办理结果',
  record: '记录一次服务',
  history: '办理记录',
  status: {
    open: '待分派',
    assigned: '待受理',
    'in-progress': '办理中',
    closed: '已办结',
  },
};
