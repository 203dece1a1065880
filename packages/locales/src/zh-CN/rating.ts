/**
 * 好差评: the five levels of government-service ratings and the follow-up kinds, for the apps that
 * rate (the portal) — not in the shared first-load catalog: an app merges it into its own.
 */
export const rating = {
  levels: {
    verySatisfied: '非常满意',
    satisfied: '满意',
    basicallySatisfied: '基本满意',
    dissatisfied: '不满意',
    veryDissatisfied: '非常不满意',
  },
  kinds: { rectification: '整改', returnVisit: '回访' },
  actedOn: '办理日期',
};
