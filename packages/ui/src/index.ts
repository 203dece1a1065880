/**
 * What the three apps share: session handling, user actions, claim states, names, and the policy's own
 * views. Form pieces used by a few pages only are imported by path (`@huiqi/ui/AmountInput.vue`), so
 * that they stay out of every app's first load.
 */
export { createSession, errorText } from './session.js';
export { useAction } from './use-action.js';
export { useLoaded } from './use-loaded.js';
export { useFormAction } from './use-form-action.js';
export { filled } from './filled.js';
export { STATUS } from './status.js';
export { default as TraceView } from './TraceView.vue';
export { default as ClauseQuote } from './ClauseQuote.vue';
export { useElementLocale } from './element-locale.js';
export {
  ROLE_NAMES,
  STAGE_NAMES,
  DECISION_NAMES,
  TARGET_NAMES,
  actionName,
  auditActions,
  nameIn,
} from './names.js';
export { labels } from './labels.js';
export { placeLabels } from './place-labels.js';
export { vLabelInside } from './label-inside.js';
export { confirmStep } from './confirm.js';
export { returnIssueLines } from './return-issues.js';
export { createUnread } from './unread.js';
