import { createUnread } from '@huiqi/ui/unread';
import { api, session } from './api.js';

/** The 我的 tab's count of unread messages, kept while someone is signed in. */
export const unread = createUnread(() => api.notifications.unread(), session);
