export const audit = {
  title: '审计日志',
  verify: '校验哈希链',
  intact: '哈希链完整：已封存并校验 {n} 条记录（{c} 个检查点）。',
  unsealed: '另有 {u} 条刚写入、尚待封存（通常在数毫秒内封存；封存前仅受数据库禁改保护）。',
  broken: '哈希链在第 {at} 条断开！（{reason}）',
  at: '时间',
  actor: '操作人',
  action: '动作',
  target: '对象',
};
