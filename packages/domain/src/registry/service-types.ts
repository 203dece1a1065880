import type { Localized } from '../policy/schema.js';

/**
 * The services agencies record, each tied to the provision it delivers. Distinct enterprises served
 * under a provision count toward its target (e.g. M8.1: at least 50 a year).
 */
export const SERVICE_TYPES = {
  'trademark-registration': { provision: 'M8.1', label: { zh: '商标注册指导', en: 'Trademark registration' } },
  'trademark-use': { provision: 'M8.1', label: { zh: '商标运用指导', en: 'Trademark use' } },
  'trademark-protection': { provision: 'M8.1', label: { zh: '商标保护指导', en: 'Trademark protection' } },
  'trademark-management': { provision: 'M8.1', label: { zh: '商标管理指导', en: 'Trademark management' } },
  'application-coaching': { provision: 'M2.2', label: { zh: '知识产权申请专项辅导', en: 'Coaching on IP applications' } },
  'graded-assessment': { provision: 'M3.1', label: { zh: '分级测评辅导', en: 'Graded assessment support' } },
  'patent-navigation': { provision: 'M4.1', label: { zh: '专利导航服务', en: 'Patent navigation' } },
  'patent-intensive-filing': { provision: 'M6.1', label: { zh: '专利密集型产品备案辅导', en: 'Patent-intensive product filing' } },
  'case-lead-intake': { provision: 'M9.2', label: { zh: '侵权线索收集', en: 'Infringement case lead intake' } },
  'rights-assistance': { provision: 'M10.1', label: { zh: '维权援助', en: 'Rights-protection assistance' } },
  'overseas-assistance': { provision: 'M10.2', label: { zh: '海外维权援助', en: 'Overseas rights assistance' } },
  trusteeship: { provision: 'M11.1', label: { zh: '知识产权托管服务', en: 'IP trusteeship' } },
  'talent-training': { provision: 'M12.1', label: { zh: '知识产权人才培训', en: 'IP talent training' } },
} as const satisfies Record<string, { provision: string; label: Localized }>;

export type ServiceType = keyof typeof SERVICE_TYPES;
export const SERVICE_TYPE_IDS = Object.keys(SERVICE_TYPES) as [ServiceType, ...ServiceType[]];

/** What each kind of agency delivers (the station offers these service types first). */
export const AGENCY_KIND_SERVICES: Record<string, ServiceType[]> = {
  'trademark-station': ['trademark-registration', 'trademark-use', 'trademark-protection', 'trademark-management'],
  'assistance-centre': ['case-lead-intake', 'rights-assistance', 'overseas-assistance'],
  trusteeship: ['trusteeship', 'application-coaching'],
  'coaching-provider': ['application-coaching', 'graded-assessment', 'patent-intensive-filing'],
  'navigation-base': ['patent-navigation', 'talent-training'],
};

/** Events agencies run: matchmaking (M5.2) and service campaigns (M11.2). */
export const EVENT_KINDS = {
  matchmaking: { provision: 'M5.2', label: { zh: '供需对接活动', en: 'Matchmaking event' } },
  campaign: { provision: 'M11.2', label: { zh: '知识产权服务万里行', en: 'IP service campaign event' } },
  training: { provision: 'M4.1', label: { zh: '专利导航培训', en: 'Patent navigation training' } },
} as const satisfies Record<string, { provision: string; label: Localized }>;
export type EventKind = keyof typeof EVENT_KINDS;
export const EVENT_KIND_IDS = Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]];
