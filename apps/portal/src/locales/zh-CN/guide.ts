export const guide = {
  title: '申报指南',
  none: '该条款没有申报指南。',
  who: '申报对象',
  conditions: '申报条件',
  materials: '申报材料',
  deadline: '申报时间',
  time: '承诺办理时限',
  workingDays: '{n} 个工作日（自材料齐全提交之日起）',
  contact: '咨询与受理',
  apply: '开始测算并申报',
  link: '申报指南',
};
