import { createUnread } from '@huiqi/ui';
import { api } from './api.js';
import { session } from './session.js';

/** The header badge's count of unread messages, kept while someone is signed in. */
export const unread = createUnread(() => api.notifications.unread(), session);
