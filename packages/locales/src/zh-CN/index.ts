import { amount, common, messages, recordForm } from './common.js';

/** The shared catalog in Chinese, the default language: part of every app's first load. */
export default { common, amount, recordForm, messages };
