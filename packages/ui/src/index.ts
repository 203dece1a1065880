/** What the three apps share: session handling, user actions, claim states, and the policy's own views. */
export { createSession, errorText } from './session.js';
export { useAction } from './use-action.js';
export { STATUS } from './status.js';
export { default as TraceView } from './TraceView.vue';
export { default as ClauseQuote } from './ClauseQuote.vue';
