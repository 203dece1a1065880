import type { Catalog } from '../types.js';
import type zhCN from '../zh-CN/index.js';
import { amount, common, messages, recordForm } from './common.js';

/** The shared catalog in English: loaded (its own chunk) only when someone switches to English. */
export default { common, amount, recordForm, messages } satisfies Catalog<typeof zhCN>;
