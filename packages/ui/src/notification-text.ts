import type { HuiqiClient } from '@huiqi/api-client';
import { localized } from '@huiqi/locales';
import { labels } from './labels.js';
import { actionName } from './names.js';
import { STATUS } from './status.js';

/** One message of the notification centre, as the client answers it. */
export type Notification = Awaited<ReturnType<HuiqiClient['notifications']['list']>>['items'][number];

/**
 * A message as a person reads it. A claim's state change is worded here from the lifecycle's names
 * (the server keeps only the audit row); anything else comes worded from the server in both languages.
 */
export function notificationText(n: Notification, locale: string): { title: string; body: string } {
  if (n.claim) {
    const lb = labels(locale);
    const state = n.claim.status ? STATUS[n.claim.status] : undefined;
    return {
      title: `${lb.provisionTitle(n.claim.provision)} · ${localized(state ?? actionName(n.claim.action), locale)}`,
      body: n.claim.comment ?? localized(actionName(n.claim.action), locale),
    };
  }
  return {
    title: n.title ? localized(n.title, locale) : n.topic,
    body: n.body ? localized(n.body, locale) : '',
  };
}
