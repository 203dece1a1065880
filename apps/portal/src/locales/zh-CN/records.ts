export const records = {
  title: '我的记录',
  intro:
    '登记本企业的知识产权人才、测评、备案、质押和保险情况，由所在市核验后计入落实情况；自治区登记的担保贷款也在这里。',
  kind: '记录类型',
  new: '新增记录',
  none: '暂无记录',
  stateLabel: '状态',
  actions: '操作',
  close: '结案',
  amend: '修改',
  startClaim: '据此申请 {provision}',
  state: {
    open: '办理中',
    pending: '待市级核验',
    verified: '已核验',
    rejected: '已退回',
    recorded: '已登记',
  },
  modes: { new: '新增', amend: '修改', close: '补充结果' },
};
