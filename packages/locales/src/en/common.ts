import type { Catalog } from '../types.js';
import type {
  amount as zhAmount,
  common as zh,
  messages as zhMessages,
  recordForm as zhRecordForm,
} from '../zh-CN/common.js';

export const common = {
  loading: 'Loading…',
  cancel: 'Cancel',
  confirm: 'OK',
  save: 'Save',
  empty: 'Nothing here',
  skipToContent: 'Skip to content',
  noConnection: 'No connection.',
  otherLanguage: '中文',
  login: 'Sign in',
  username: 'Username',
  password: 'Password',
  enterUsername: 'Enter your username.',
  enterPassword: 'Enter your password.',
} satisfies Catalog<typeof zh>;

export const amount = {
  placeholderWan: 'in 万元, e.g. 500',
  placeholderYuan: 'e.g. 5000000 or 500万',
} satisfies Catalog<typeof zhAmount>;

export const recordForm = {
  addItem: 'Add one',
  remove: 'Remove',
  itemNumber: 'Registration number',
  searchEnterprise: 'Type part of the name or the credit code',
  addName: 'Type and press Enter to add',
  chooseDate: 'Choose a date',
  choose: 'Choose',
  closing: 'Filled when closed',
} satisfies Catalog<typeof zhRecordForm>;

export const messages = {
  title: 'Messages',
  bell: 'Messages',
  unread: '{n} unread',
  none: 'No messages yet.',
  onlyUnread: 'Unread only',
  readAll: 'Mark all read',
  open: 'Open',
  new: 'Unread',
} satisfies Catalog<typeof zhMessages>;
