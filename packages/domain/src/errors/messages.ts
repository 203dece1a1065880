/**
 * Every error the domain can raise, with its message in Chinese and English, in one place
 * (as dinero.js keeps its assertion messages). Codes are stable: the API returns them, the apps
 * translate on them, and tests assert on them. Messages say what to fix.
 */
type Params = Record<string, string | number>;
type Message = { zh: (p: Params) => string; en: (p: Params) => string };

export const messages = {
  MONEY_INVALID: {
    zh: (p) => `金额“${p.input}”无效：请填写十进制数字字符串，最多两位小数，如“1234.50”。`,
    en: (p) =>
      `Amount "${p.input}" is invalid: give a decimal string with at most two decimals, e.g. "1234.50".`,
  },
  MONEY_NOT_INTEGER_NUMBER: {
    zh: (p) => `金额 ${p.input} 是非整数的数字：含小数的金额必须以字符串传入（如“12.34”），以免浮点误差。`,
    en: (p) =>
      `Amount ${p.input} is a non-integer number: pass amounts with decimals as strings (e.g. "12.34") to avoid float errors.`,
  },
  MONEY_NOT_ROUNDED: {
    zh: (p) => `金额 ${p.value} 尚未舍入到分：请先调用 round()。`,
    en: (p) => `Amount ${p.value} is not rounded to the fen: call round() first.`,
  },
  MONEY_NEGATIVE: {
    zh: (p) => `${p.fieldZh ?? p.field}不能为负数（收到 ${p.value}）。`,
    en: (p) => `${p.field} must not be negative (got ${p.value}).`,
  },
  RATIO_INVALID: {
    zh: (p) => `${p.fieldZh ?? p.field ?? ''}比例“${p.input}”无效：请填写十进制数字字符串，如“0.6”。`,
    en: (p) => `Ratio "${p.input}" is invalid: give a decimal string such as "0.6".`,
  },
  MONEY_NOT_POSITIVE: {
    zh: (p) => `${p.fieldZh ?? p.field}必须大于零（收到 ${p.value}）。`,
    en: (p) => `${p.field} must be greater than zero (got ${p.value}).`,
  },
  MONEY_TOO_LARGE: {
    zh: (p) => `${p.fieldZh ?? p.field}金额 ${p.value} 过大：最多 15 位整数。`,
    en: (p) => `${p.field} ${p.value} is too large: at most 15 digits before the decimal point.`,
  },
  RATIO_OUT_OF_RANGE: {
    zh: (p) => `${p.fieldZh ?? p.field}必须大于 0 且不大于 1（收到 ${p.value}）。`,
    en: (p) => `${p.field} must be greater than 0 and at most 1 (got ${p.value}).`,
  },
  AMOUNT_TOO_LARGE_FOR_WORDS: {
    zh: (p) => `金额 ${p.value} 超出大写金额可表示的范围（最高至玖仟玖佰玖拾玖亿）。`,
    en: (p) => `Amount ${p.value} is too large to write in words (the limit is below one trillion yuan).`,
  },
  AMOUNT_NEGATIVE_FOR_WORDS: {
    zh: (p) => `负数金额 ${p.value} 不能写成大写金额。`,
    en: (p) => `A negative amount (${p.value}) cannot be written in words.`,
  },
  DATE_INVALID: {
    zh: (p) => `${p.fieldZh ?? p.field}“${p.input}”不是有效日期：请使用 YYYY-MM-DD 格式，如“2025-03-15”。`,
    en: (p) => `${p.field} "${p.input}" is not a valid date: use YYYY-MM-DD, e.g. "2025-03-15".`,
  },
  DATE_ORDER: {
    zh: (p) =>
      `${p.laterZh ?? p.later}（${p.laterValue}）不能早于${p.earlierZh ?? p.earlier}（${p.earlierValue}）。`,
    en: (p) => `${p.later} (${p.laterValue}) must not be before ${p.earlier} (${p.earlierValue}).`,
  },
  FUNDING_YEAR_INVALID: {
    zh: (p) => `资助年度“${p.input}”无效：请填写 2000 至 2100 之间的四位年份。`,
    en: (p) => `Funding year "${p.input}" is invalid: give a four-digit year between 2000 and 2100.`,
  },
  DUPLICATE_ITEM: {
    zh: (p) => `${p.fieldZh ?? p.field}中“${p.item}”重复：每一项只能申报一次。`,
    en: (p) => `${p.field} lists "${p.item}" more than once: each item may be claimed once.`,
  },
  LIST_LENGTH: {
    zh: (p) => `${p.fieldZh ?? p.field}须填写 ${p.min} 至 ${p.max} 项（收到 ${p.count} 项）。`,
    en: (p) => `${p.field} needs ${p.min} to ${p.max} entries (got ${p.count}).`,
  },
  TEXT_LENGTH: {
    zh: (p) => `${p.fieldZh ?? p.field}须为 1 至 ${p.max} 个字（空白不算）。`,
    en: (p) => `${p.field}: write 1 to ${p.max} characters (spaces do not count).`,
  },
  ENTRY_LENGTH: {
    zh: (p) => `${p.fieldZh ?? p.field}第 ${p.position} 项须为 1 至 ${p.max} 个字（空白不算）。`,
    en: (p) => `${p.field}, entry ${p.position}: write 1 to ${p.max} characters (spaces do not count).`,
  },
  UNKNOWN_PROVISION: {
    zh: (p) => `未知的条款编号“${p.input}”：可申报的条款为 ${p.known}。`,
    en: (p) => `Unknown provision "${p.input}": the provisions that can be claimed are ${p.known}.`,
  },
  JURISDICTION_NOT_FOREIGN: {
    zh: (p) =>
      `${p.fieldZh ?? p.field}的法域“${p.input}”不是国外：本条只支持国外授权（注册），中国内地（CN）及香港（HK）、澳门（MO）、台湾（TW）的授权不属于国外授权（平台解释）。`,
    en: (p) =>
      `${p.field} jurisdiction "${p.input}" is not abroad: this provision pays for grants and registrations abroad only, and mainland China (CN), Hong Kong (HK), Macao (MO) and Taiwan (TW) are not abroad (the platform's interpretation).`,
  },
  JURISDICTION_MISSING: {
    zh: (p) => `${p.fieldZh ?? p.field}：请选择授权（注册）的国家或组织，如美国（US）、欧洲专利局（EP）。`,
    en: (p) => `${p.field}: choose the country or office of the grant, such as US or EP.`,
  },
  JURISDICTION_UNKNOWN: {
    zh: (p) =>
      `${p.fieldZh ?? p.field}的法域代码“${p.input}”无法识别：请填写两位国家（地区）代码或地区性知识产权组织代码。可填写：${p.accepted}。`,
    en: (p) =>
      `${p.field} jurisdiction "${p.input}" is not a known code: give a two-letter country code or a regional office. Accepted: ${p.accepted}.`,
  },
  JURISDICTION_PCT_NOT_A_GRANT: {
    zh: (p) =>
      `${p.fieldZh ?? p.field}的法域“${p.input}”是 PCT 国际申请的公布，不是授权专利：请填写进入国家（地区）阶段后授予专利的国家或组织及其授权号。`,
    en: (p) =>
      `${p.field} jurisdiction "${p.input}" is a PCT publication, never a granted patent: give the country or office that granted the patent in the national phase, and its grant number.`,
  },
  JURISDICTION_MADRID_PER_DESIGNATION: {
    zh: (p) =>
      `${p.fieldZh ?? p.field}的法域“${p.input}”是马德里国际注册：请按给予保护的每个指定国家（地区）分别填写一项，法域填该指定国，号码填国际注册号。`,
    en: (p) =>
      `${p.field} jurisdiction "${p.input}" is a Madrid international registration: enter one item for each designated country where protection was granted, with that country as the jurisdiction and the international registration number.`,
  },
  JURISDICTION_WRONG_OFFICE: {
    zh: (p) =>
      `${p.fieldZh ?? p.field}的法域“${p.input}”（${p.officeZh}）不授予${p.kindZh}：请选择授予该项的国家或组织。`,
    en: (p) =>
      `${p.field} jurisdiction "${p.input}" (${p.office}) does not grant a ${p.kind}: choose the country or office that granted it.`,
  },
  RECORD_REQUIRED: {
    zh: (p) => `请填写${p.fieldZh}。`,
    en: (p) => `${p.field} is required.`,
  },
  RECORD_TEXT_LENGTH: {
    zh: (p) => `${p.fieldZh}应为 1 至 ${p.max} 个字（收到 ${p.length} 个）。`,
    en: (p) => `${p.field} must be 1 to ${p.max} characters (got ${p.length}).`,
  },
  RECORD_CHOICE: {
    zh: (p) => `${p.fieldZh}“${p.input}”不是可选项：可选 ${p.acceptedZh}。`,
    en: (p) => `${p.field} "${p.input}" is not one of the options: ${p.accepted}.`,
  },
  RECORD_WHOLE_NUMBER: {
    zh: (p) => `${p.fieldZh}应为 ${p.min} 至 ${p.max} 之间的整数（收到“${p.input}”）。`,
    en: (p) => `${p.field} must be a whole number from ${p.min} to ${p.max} (got "${p.input}").`,
  },
  RECORD_LIST_LENGTH: {
    zh: (p) => `${p.fieldZh}应列出 ${p.min} 至 ${p.max} 项（收到 ${p.length} 项）。`,
    en: (p) => `${p.field} must list ${p.min} to ${p.max} items (got ${p.length}).`,
  },
  RECORD_LIST_ITEM: {
    zh: (p) => `${p.fieldZh}第 ${p.index} 项无效：${p.problemZh}`,
    en: (p) => `${p.field} item ${p.index} is not valid: ${p.problem}`,
  },
  RECORD_NOT_OVERSEAS: {
    zh: (p) =>
      `${p.fieldZh}“${p.input}”不是境外：海外纠纷发生在中国内地以外的国家（地区）或地区性知识产权组织。`,
    en: (p) =>
      `${p.field} "${p.input}" is not overseas: an overseas dispute is in a country, territory or regional office outside mainland China.`,
  },
  RECORD_UNKNOWN_FIELD: {
    zh: (p) => `“${p.input}”不是此类记录的字段：可填写 ${p.known}。`,
    en: (p) => `"${p.input}" is not a field of this kind of record: the fields are ${p.known}.`,
  },
  CLAIM_INVALID: {
    zh: (p) => `申报内容不符合要求：${p.issues}`,
    en: (p) => `The claim is not valid: ${p.issues}`,
  },
  POLICY_INVALID: {
    zh: (p) => `政策数据无效：${p.issues}`,
    en: (p) => `The policy data is invalid: ${p.issues}`,
  },
  POLICY_NOT_IN_FORCE: {
    zh: (p) => `${p.date} 时尚无生效的政策版本（最早的版本自 ${p.earliest} 起生效）。`,
    en: (p) => `No policy version is in force on ${p.date} (the earliest takes effect on ${p.earliest}).`,
  },
  POLICY_REQUIRED: {
    zh: () => `请指定适用的政策版本（policy）：本包不默认适用任何地区的政策。`,
    en: () => `Say which policy applies (policy): this package applies no region's policy by default.`,
  },
  POLICY_REGION_REQUIRED: {
    zh: (p) => `政策版本涉及多个地区（${p.regions}）：请指定地区（region）。`,
    en: (p) =>
      `The policy holds versions of several regions (${p.regions}): say which region applies (region).`,
  },
  POLICY_REGION_UNKNOWN: {
    zh: (p) => `没有地区“${p.region}”的政策版本（现有：${p.regions}）。`,
    en: (p) => `No policy version is for region "${p.region}" (there are: ${p.regions}).`,
  },
  AS_OF_REQUIRED: {
    zh: () => `请给出评估日期（asOf，即申报日期）或资助年度（fundingYear）：评估结果不默认取今天。`,
    en: () =>
      `Give the assessment date (asOf, the application date) or the funding year (fundingYear): an assessment never assumes today.`,
  },
  CONTEXT_KEY_UNKNOWN: {
    zh: (p) => `评估参数中没有“${p.key}”（可用：${p.known}）。`,
    en: (p) => `The assessment context has no key "${p.key}" (known: ${p.known}).`,
  },
  CONTEXT_INVALID: {
    zh: (p) => `评估参数“${p.key}”无效：应为${p.problem}。`,
    en: (p) => `Assessment context "${p.key}" is invalid: give ${p.problem}.`,
  },
  PARAMETER_UNKNOWN: {
    zh: (p) => `政策版本“${p.version}”中没有参数“${p.parameter}”。`,
    en: (p) => `Policy version "${p.version}" has no parameter "${p.parameter}".`,
  },
  PARAMETER_NOT_IN_FORCE: {
    zh: (p) => `参数“${p.parameter}”在 ${p.date} 时尚无生效取值（最早自 ${p.earliest} 起）。`,
    en: (p) =>
      `Parameter "${p.parameter}" has no value in force on ${p.date} (the first takes effect on ${p.earliest}).`,
  },
  PARAMETER_VALUE_INVALID: {
    zh: (p) => `参数“${p.parameter}”的取值“${p.value}”不符合其单位（${p.unit}）。`,
    en: (p) => `Value "${p.value}" of parameter "${p.parameter}" does not fit its unit (${p.unit}).`,
  },
  LPR_UNAVAILABLE: {
    zh: (p) => `${p.date} 早于首次公布的一年期 LPR（${p.first}），无法确定利率。`,
    en: (p) =>
      `${p.date} is before the first published one-year LPR (${p.first}); no rate can be determined.`,
  },
  LPR_STALE: {
    zh: (p) => `LPR 表仅确认至 ${p.confirmedThrough}，${p.date} 的利率尚未录入：请管理员更新 LPR 表。`,
    en: (p) =>
      `The LPR table is confirmed only through ${p.confirmedThrough}; the rate for ${p.date} is not recorded yet: an administrator must update the table.`,
  },
  LPR_TABLE_INVALID: {
    zh: (p) => `LPR 表无效：${p.issues}`,
    en: (p) => `The LPR table is invalid: ${p.issues}`,
  },
  CALENDAR_STALE: {
    zh: (p) =>
      `工作日历仅确认至 ${p.confirmedThrough}（已录入的国务院办公厅节假日安排通知），${p.date} 的工作日尚无法确定：请管理员录入下一年度的通知。`,
    en: (p) =>
      `The working-day calendar is confirmed only through ${p.confirmedThrough} (the State Council holiday notices recorded); working days on ${p.date} cannot be determined yet: an administrator must add the next year's notice.`,
  },
  CALENDAR_UNAVAILABLE: {
    zh: (p) => `${p.date} 早于工作日历的起始日期（${p.confirmedFrom}），无法确定是否为工作日。`,
    en: (p) =>
      `${p.date} is before the working-day calendar begins (${p.confirmedFrom}); whether it is a working day cannot be determined.`,
  },
  CALENDAR_INVALID: {
    zh: (p) => `工作日历无效：${p.issues}`,
    en: (p) => `The working-day calendar is invalid: ${p.issues}`,
  },
  WORKING_DAYS_INVALID: {
    zh: (p) => `工作日天数“${p.input}”无效：请填写不小于 0 的整数。`,
    en: (p) => `Number of working days "${p.input}" is invalid: give a whole number, 0 or more.`,
  },
  QUOTA_EXCEEDED: {
    zh: (p) => `额度不足：申请 ${p.requested}，剩余可用 ${p.available}。`,
    en: (p) => `Not enough left: ${p.requested} requested, ${p.available} available.`,
  },
  QUOTA_INVALID_OPERATION: {
    zh: (p) => `额度操作无效：${p.reason}`,
    en: (p) => `Invalid quota operation: ${p.reasonEn}`,
  },
} satisfies Record<string, Message>;

export type DomainErrorCode = keyof typeof messages;
