/** Words all three apps say (the apps' own catalogs may add keys to `common`, never redefine these). */
export const common = {
  loading: '加载中…',
  cancel: '取消',
  confirm: '确定',
  save: '保存',
  /** An empty list or table. */
  empty: '暂无数据',
  skipToContent: '跳到正文',
  noConnection: '网络不可用。',
  /** The button that switches language is labelled in the other one. */
  otherLanguage: 'English',
  login: '登录',
  username: '用户名',
  password: '密码',
  enterUsername: '请输入用户名。',
  enterPassword: '请输入密码。',
};

/** The amount field of @huiqi/ui. */
export const amount = {
  placeholderWan: '单位万元，例如 500',
  placeholderYuan: '例如 5000000 或 500万',
};

/** The record form of @huiqi/ui (fields come from the policy's record kinds). */
export const recordForm = {
  addItem: '添加一项',
  remove: '删除',
  itemNumber: '登记（注册）号',
  searchEnterprise: '输入企业名称或统一社会信用代码查找',
  addName: '输入后回车添加',
  chooseDate: '选择日期',
  choose: '请选择',
  closing: '结案时填写',
};

/** The notification centre of every app (its list is @huiqi/ui's). */
export const messages = {
  title: '消息中心',
  bell: '消息',
  unread: '{n} 条未读',
  none: '暂无消息。',
  onlyUnread: '只看未读',
  readAll: '全部标为已读',
  open: '查看',
  new: '未读',
};
