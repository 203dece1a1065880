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

/** The station's own messages in Chinese (the shared ones are in @huiqi/locales): part of the first load. */
export default { app, tab, auth, record, inbox, targets, events, me, award, brand, measures, common };
