export const imports = {
  title: 'Excel 导入',
  recognitions: '认定名单（免申即享）',
  srdiList: '专精特新企业名单',
  recognitionsHelp:
    '列：统一社会信用代码、企业名称、类别（如“国家知识产权优势企业”“中国专利金奖”“国外注册商标”）、认定日期、编号、法域。每个无误的行为对应企业生成预填的申报草稿，由企业核对后提交。',
  srdiHelp:
    '列：统一社会信用代码、企业名称、专精特新级别（自治区级 / 国家级小巨人）。确认平台已注册企业的专精特新资质。',
  file: 'Excel 文件（.xlsx）',
  year: '名单年度',
  yearHelp: '名单按年度保存；再次导入同一年度的名单将替换该年度的名单。',
  choose: '请先选择 Excel 文件。',
  check: '检查',
  summary: '共 {rows} 行：{good} 行无误，{bad} 行有误。',
  imported: '已导入 {n} 行。',
  importedYear: '已导入 {n} 行，作为 {year} 年名单。',
  row: '行',
  column: '列',
  problem: '问题',
  importAll: '全部导入',
  importGood: '只导入无误的 {n} 行',
  proactive: '免申即享',
};
