export const checklist = {
  title: '一次性告知：申报需要的全部条件和材料',
  missing: '提交前还需完成以下 {n} 项',
  ready: '账号已核验、申报批次开放：备齐下列材料即可提交。',
  accountTitle: '企业账号',
  account: {
    verified: '已通过核验',
    pending: '企业信息待核验：所在地市知识产权管理部门核验通过后才能提交申报（可先测算、保存草稿）。',
    rejected: '企业信息核验未通过：请在“企业信息”中更正后联系所在地市知识产权管理部门。',
  },
  noEvidence: '尚未上传证明材料：请按下列“申报材料”上传。',
  roundOpen: '{name}，受理至 {date}',
};
