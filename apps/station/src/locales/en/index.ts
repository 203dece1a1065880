import type { Catalog } from '@huiqi/locales';
import type zhCN from '../zh-CN/index.js';
import { app } from './app.js';
import { tab } from './tab.js';
import { auth } from './auth.js';
import { record } from './record.js';
import { inbox } from './inbox.js';
import { targets } from './targets.js';
import { events } from './events.js';
import { me } from './me.js';
import { award } from './award.js';
import { brand } from './brand.js';
import { measures } from './measures.js';
import { common } from './common.js';

/** The station's own messages in English: a chunk of its own, loaded when someone switches to English. */
export default {
  app,
  tab,
  auth,
  record,
  inbox,
  targets,
  events,
  me,
  award,
  brand,
  measures,
  common,
} satisfies Catalog<typeof zhCN>;
