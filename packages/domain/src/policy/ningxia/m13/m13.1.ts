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
});
