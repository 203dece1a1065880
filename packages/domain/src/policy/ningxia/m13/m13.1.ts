import { defineProvision } from '../../define-provision.js';

/** M13.1 考核激励和跟踪问效 — assessment. */
export const m13_1 = defineProvision({
  id: 'M13.1',
  measure: 13,
  kind: 'assessment',
  title: { zh: '考核激励和跟踪问效', en: 'Regional scorecard' },
  summary: {
    zh: '将各地落实情况作为梯度培育、试点示范申报等工作的重要依据。',
    en: "Each locality's implementation is scored and used in nominations.",
  },
  clause:
    '自治区知识产权局、工业和信息化厅将各地落实任务情况作为开展优质中小企业梯度培育、申报知识产权强国建设试点示范及国家小型微型企业创业创新示范基地认定等工作的重要依据，予以优先考虑和推荐。',
  interpretation: {
    zh: '“落实任务情况”包括企业对办件的评价（好差评）：满意率 =（非常满意 + 满意 + 基本满意）÷ 全部评价，按评价年度、按负责办件的市（宁东）统计；条款未定目标，只作报告。',
    en: 'How each locality carries out the measures includes how enterprises rate its handling (好差评): the satisfaction rate = (very satisfied + satisfied + basically satisfied) / all ratings, by the year rated and the city (or Ningdong) responsible; the clause sets no goal, so it is reported.',
  },
  scorecard: [
    {
      id: 'satisfaction',
      label: {
        zh: '好差评满意率（非常满意、满意、基本满意占全部评价）',
        en: 'Satisfaction rate (very satisfied, satisfied and basically satisfied of all ratings)',
      },
      unit: 'satisfaction',
      met: 'reported',
      sources: ['ratings'],
    },
  ],
});
