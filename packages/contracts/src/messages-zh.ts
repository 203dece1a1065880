import { AREA_CODES } from '@huiqi/domain';

/**
 * The Chinese of the contracts' own English messages, for the API's validation errors: a person
 * reads 请填写手机号…, not the English hint nor a regular expression. (Standard checks get zod's
 * Chinese locale; the domain's checks carry their own Chinese.)
 */
export const ZH_MESSAGES: Record<string, string> = {
  'an id (UUID)': '须为有效的编号（UUID）。',
  'a date YYYY-MM-DD': '须为 YYYY-MM-DD 格式的日期。',
  'an amount such as "1234.50": not negative, at most two decimals': '金额须为不小于零、最多两位小数的数字，如 1234.50。',
  [`an area code: ${AREA_CODES.join(', ')}`]: `地区代码须为其中之一：${AREA_CODES.join('、')}。`,
  'a mobile (11 digits) or landline number': '请填写 11 位手机号或带区号的固话号码。',
  'letters, digits and _ . @ -': '只能包含字母、数字和 _ . @ -。',
  'the registered name': '请填写营业执照上的企业名称（至少 2 个字）。',
  'one of the focus industries (六新六特六优)': '请选择“六新六特六优”重点产业之一。',
  'enter the username': '请输入用户名。',
  'enter the password': '请输入密码。',
  'say what was checked': '请说明核验了哪些材料。',
  'a comment for the enterprise': '请填写给企业的审核意见。',
  'a parameter id such as "M5.1.rate"': '参数编号格式如 “M5.1.rate”。',
  'a rate in percent such as "3.10"': '利率以百分数表示，如 “3.10”。',
  'say why (the document or decision behind the new value)': '请说明依据（新取值所依据的文件或决定）。',
  'a short title': '请填写简短标题（至少 2 个字）。',
  'describe the need in at least 10 characters': '请用至少 10 个字说明需求。',
  'duration: at least 1 minute': '时长至少 1 分钟。',
  'duration: at most a day (1440 minutes)': '时长最多一天（1440 分钟）。',
  'participants: at least 1': '参加人数至少 1 人。',
  'say what was done (at least 2 characters)': '请说明办理情况（至少 2 个字）。',
  'name at least one attending enterprise': '请至少添加一家参加企业。',
  'type at least 2 characters': '请至少输入 2 个字。',
  'serviceType: one of the service types of SERVICE_TYPES': '请选择服务类型。',
};
