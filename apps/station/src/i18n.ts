import { Locale } from 'vant';
import enUS from 'vant/es/locale/lang/en-US';
import { ref, watch } from 'vue';

/**
 * zh-CN first, English second — a small dictionary rather than an i18n library, to stay within the
 * first-load budget of a phone on a slow connection. `t('a.b', { n: 1 })` fills {n}.
 */
const zh = {
  app: { name: '惠企服务站', language: 'English' },
  tab: { record: '记录服务', inbox: '请求', targets: '目标', events: '活动', me: '我的' },
  auth: { login: '登录', logout: '退出登录', username: '用户名', password: '密码', expired: '登录已过期，请重新登录。', wrongRole: '该账号不是服务机构账号。' },
  record: {
    title: '记录服务',
    find: '查找企业（名称或信用代码）',
    scan: '扫码',
    scanHint: '对准企业门户中的企业二维码',
    noScan: '此设备不支持扫码，请输入名称或信用代码。',
    recent: '最近服务的企业',
    enterprise: '企业',
    change: '更换',
    type: '服务类型',
    date: '服务日期',
    duration: '时长（分钟）',
    participants: '参加人数',
    notes: '服务内容',
    photos: '现场照片',
    save: '保存',
    saved: '已保存',
    chooseEnterprise: '请先选择企业。',
    outbox: '本机记录',
    pending: '等待发送',
    sending: '发送中',
    sent: '已送达',
    failed: '未被接受',
    offline: '当前离线：记录保存在本机，联网后自动发送。',
    retry: '重试',
    forRequest: '对应请求',
  },
  inbox: { title: '请求', empty: '暂无分派给本机构的请求。', accept: '受理', progress: '记录进展', close: '办结', note: '说明', outcome: '办理结果', record: '记录一次服务', history: '办理记录', status: { open: '待分派', assigned: '待受理', 'in-progress': '办理中', closed: '已办结' } },
  targets: { title: '年度目标', served: '已服务企业', target: '目标', records: '服务次数', noTarget: '无数量目标', byMonth: '按月新增服务企业', empty: '本年度尚无服务记录。' },
  events: { title: '活动', add: '记录活动', kind: '类型', name: '活动名称', date: '日期', place: '地点', attendees: '参加企业', addAttendee: '添加企业', empty: '暂无活动。', save: '保存活动' },
  me: { title: '我的', workers: '本机构人员', addWorker: '添加人员', displayName: '姓名', admin: '机构管理员', disable: '停用', disabled: '已停用' },
  common: { loading: '加载中…', error: '出错了', cancel: '取消', confirm: '确定', search: '搜索' },
};
type Dict = typeof zh;
const en: Dict = {
  app: { name: 'Huiqi Station', language: '中文' },
  tab: { record: 'Record', inbox: 'Requests', targets: 'Targets', events: 'Events', me: 'Me' },
  auth: { login: 'Sign in', logout: 'Sign out', username: 'Username', password: 'Password', expired: 'Your session has expired: please sign in again.', wrongRole: 'This is not an agency account.' },
  record: {
    title: 'Record a service',
    find: 'Find the enterprise (name or credit code)',
    scan: 'Scan',
    scanHint: "Point at the enterprise's QR code in the portal",
    noScan: 'This device cannot scan: type the name or credit code.',
    recent: 'Recently served',
    enterprise: 'Enterprise',
    change: 'Change',
    type: 'Service',
    date: 'Date',
    duration: 'Minutes',
    participants: 'Participants',
    notes: 'What was done',
    photos: 'Photos',
    save: 'Save',
    saved: 'Saved',
    chooseEnterprise: 'Choose the enterprise first.',
    outbox: 'On this phone',
    pending: 'Waiting to send',
    sending: 'Sending',
    sent: 'Delivered',
    failed: 'Not accepted',
    offline: 'Offline: records stay on this phone and are sent when the connection returns.',
    retry: 'Retry',
    forRequest: 'For request',
  },
  inbox: { title: 'Requests', empty: 'No requests assigned to your agency.', accept: 'Accept', progress: 'Add progress', close: 'Close', note: 'Note', outcome: 'Outcome', record: 'Record a service', history: 'History', status: { open: 'Open', assigned: 'To accept', 'in-progress': 'In progress', closed: 'Closed' } },
  targets: { title: 'This year', served: 'Enterprises served', target: 'Target', records: 'Services', noTarget: 'No count target', byMonth: 'New enterprises served by month', empty: 'No services recorded this year.' },
  events: { title: 'Events', add: 'Record an event', kind: 'Kind', name: 'Title', date: 'Date', place: 'Place', attendees: 'Attending enterprises', addAttendee: 'Add an enterprise', empty: 'No events yet.', save: 'Save event' },
  me: { title: 'Me', workers: 'Workers of the agency', addWorker: 'Add a worker', displayName: 'Name', admin: 'Agency admin', disable: 'Disable', disabled: 'Disabled' },
  common: { loading: 'Loading…', error: 'Something went wrong', cancel: 'Cancel', confirm: 'OK', search: 'Search' },
};

export const locale = ref<'zh-CN' | 'en'>('zh-CN');
// Vant's own words (pickers, dialogs, empty lists, pull-to-refresh) follow the chosen language;
// Chinese is Vant's default, so only English is loaded, and only once.
watch(locale, (l) => {
  if (l === 'en') Locale.use('en-US', enUS);
  else Locale.use('zh-CN');
  document.documentElement.lang = l;
});
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const dict = locale.value === 'en' ? en : zh;
  const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], dict);
  return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : key;
}
export const L = (x: { zh: string; en: string }) => (locale.value === 'en' ? x.en : x.zh);
