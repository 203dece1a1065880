import type { Localized } from '../policy/schema.js';

/**
 * What a DATE_ORDER issue says of its two dates (messages.DATE_ORDER reads it): each one's label in
 * both languages and its value. Claims and records check date order apart; they word it alike.
 */
export const dateOrderDetails = (
  later: { label: Localized; value: string },
  earlier: { label: Localized; value: string },
) => ({
  later: later.label.en,
  laterZh: later.label.zh,
  laterValue: later.value,
  earlier: earlier.label.en,
  earlierZh: earlier.label.zh,
  earlierValue: earlier.value,
});
