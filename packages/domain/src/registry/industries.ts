import type { Localized } from '../policy/schema.js';

/** M2: the focus industries for the patent and trademark green channel. */
export const GREEN_CHANNEL_INDUSTRIES = [
  { code: 'equipment-manufacturing', name: { zh: '装备制造', en: 'Equipment manufacturing' } },
  { code: 'new-materials', name: { zh: '新型材料', en: 'New materials' } },
  { code: 'clean-energy', name: { zh: '清洁能源', en: 'Clean energy' } },
  { code: 'digital-information', name: { zh: '数字信息', en: 'Digital information' } },
  { code: 'modern-chemicals', name: { zh: '现代化工', en: 'Modern chemicals' } },
] as const satisfies readonly { code: string; name: Localized }[];

/** M4: the "六新六特六优" industries of Ningxia. */
export const FOCUS_INDUSTRIES = [
  { code: 'new-materials', group: '六新', name: { zh: '新型材料', en: 'New materials' } },
  { code: 'clean-energy', group: '六新', name: { zh: '清洁能源', en: 'Clean energy' } },
  { code: 'equipment-manufacturing', group: '六新', name: { zh: '装备制造', en: 'Equipment manufacturing' } },
  { code: 'digital-information', group: '六新', name: { zh: '数字信息', en: 'Digital information' } },
  { code: 'modern-chemicals', group: '六新', name: { zh: '现代化工', en: 'Modern chemicals' } },
  {
    code: 'light-industry-textiles',
    group: '六新',
    name: { zh: '轻工纺织', en: 'Light industry & textiles' },
  },
  { code: 'wine', group: '六特', name: { zh: '葡萄酒', en: 'Wine' } },
  { code: 'goji', group: '六特', name: { zh: '枸杞', en: 'Goji' } },
  { code: 'dairy', group: '六特', name: { zh: '牛奶', en: 'Dairy' } },
  { code: 'beef-cattle', group: '六特', name: { zh: '肉牛', en: 'Beef cattle' } },
  { code: 'tan-sheep', group: '六特', name: { zh: '滩羊', en: 'Tan sheep' } },
  { code: 'cool-vegetables', group: '六特', name: { zh: '冷凉蔬菜', en: 'Cool-climate vegetables' } },
  { code: 'culture-tourism', group: '六优', name: { zh: '文化旅游', en: 'Culture & tourism' } },
  { code: 'modern-logistics', group: '六优', name: { zh: '现代物流', en: 'Modern logistics' } },
  { code: 'modern-finance', group: '六优', name: { zh: '现代金融', en: 'Modern finance' } },
  { code: 'health-elderly-care', group: '六优', name: { zh: '健康养老', en: 'Health & elderly care' } },
  { code: 'e-commerce', group: '六优', name: { zh: '电子商务', en: 'E-commerce' } },
  { code: 'exhibitions', group: '六优', name: { zh: '会展博览', en: 'Exhibitions' } },
] as const satisfies readonly { code: string; group: '六新' | '六特' | '六优'; name: Localized }[];

export const INDUSTRY_GROUPS = {
  六新: { zh: '六新', en: 'Six new' },
  六特: { zh: '六特', en: 'Six distinctive' },
  六优: { zh: '六优', en: 'Six premium services' },
} as const;

export type IndustryCode = (typeof FOCUS_INDUSTRIES)[number]['code'];

export function isIndustryCode(code: unknown): code is IndustryCode {
  return typeof code === 'string' && FOCUS_INDUSTRIES.some((i) => i.code === code);
}

export function isGreenChannelIndustry(code: string): boolean {
  return GREEN_CHANNEL_INDUSTRIES.some((i) => i.code === code);
}
