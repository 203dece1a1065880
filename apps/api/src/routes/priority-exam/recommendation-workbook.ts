import { FOCUS_INDUSTRIES, areaName, type AreaCode } from '@huiqi/domain';
import type { SheetSpec } from '../../lib/spreadsheet.js';
import type { dto } from './priority-exam.handlers.js';

type Recommended = ReturnType<typeof dto>;

/**
 * The sheet of the year's recommendation list as the national office asks for it (one row an enterprise, in the
 * region's order): applicant, credit code, application numbers, title, field, industry and whether
 * it is a focus industry, the rank, the area and the contact. Text goes through safeCell.
 */
export function recommendationSheets(year: number, rows: readonly Recommended[]): SheetSpec[] {
  return [
    {
      name: `${year}年度专利优先审查推荐名单`,
      columns: [
        { header: '推荐序号', key: 'rank', width: 10 },
        { header: '申请人', key: 'applicant', width: 32 },
        { header: '统一社会信用代码', key: 'creditCode', width: 22 },
        { header: '专利申请号', key: 'numbers', width: 36 },
        { header: '发明创造名称', key: 'title', width: 32 },
        { header: '技术领域', key: 'field', width: 20 },
        { header: '所属产业', key: 'industry', width: 14 },
        { header: '是否重点产业', key: 'focus', width: 12 },
        { header: '所在地区', key: 'area', width: 12 },
        { header: '联系人', key: 'contactName', width: 12 },
        { header: '联系电话', key: 'contactPhone', width: 16 },
        { header: '超出推荐数量的理由', key: 'overReason', width: 30 },
      ],
      rows: rows.map((r, i) => ({
        rank: i + 1,
        applicant: r.enterpriseName,
        creditCode: r.creditCode,
        numbers: r.applicationNumbers.join('、'),
        title: r.patentTitle,
        field: r.technicalField,
        industry: FOCUS_INDUSTRIES.find((x) => x.code === r.industry)?.name.zh ?? r.industry,
        focus: r.focusIndustry ? '是' : '否',
        area: areaName(r.areaCode as AreaCode).zh,
        contactName: r.contactName,
        contactPhone: r.contactPhone,
        overReason: r.overReason ?? '',
      })),
    },
  ];
}
