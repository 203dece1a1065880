export const payments = {
  title: '资金拨付',
  paidOn: '拨付日期',
  voucher: '凭证号',
  reason: '追回原因',
  pay: '登记拨付',
  clawback: '登记追回',
  confirmClawback: '从{enterprise}追回 {yuan}（{words}），记为冲正分录，不可撤销。确认？',
};
