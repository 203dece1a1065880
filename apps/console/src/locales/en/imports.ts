import type { Catalog } from '@huiqi/locales';
import type { imports as zh } from '../zh-CN/imports.js';

export const imports = {
  title: 'Excel imports',
  recognitions: 'Recognition list (proactive)',
  srdiList: 'SRDI list',
  recognitionsHelp:
    'Columns: credit code, name, kind (e.g. 国家知识产权优势企业, 中国专利金奖, 国外注册商标), date, number, jurisdiction. Each good row becomes a pre-filled draft claim the enterprise confirms.',
  srdiHelp:
    'Columns: credit code, name, level (自治区级 / 国家级小巨人). Confirms the SRDI status of registered enterprises.',
  year: 'List year',
  yearHelp: "Lists are kept per year; importing a year's list again replaces that year's list.",
  file: 'Excel file (.xlsx)',
  choose: 'Choose an Excel file first.',
  check: 'Check',
  summary: '{rows} rows: {good} good, {bad} with problems.',
  imported: '{n} rows imported.',
  importedYear: '{n} rows imported as the {year} list.',
  row: 'Row',
  column: 'Column',
  problem: 'Problem',
  importAll: 'Import all',
  importGood: 'Import only the {n} good rows',
  proactive: 'Proactive',
} satisfies Catalog<typeof zh>;
