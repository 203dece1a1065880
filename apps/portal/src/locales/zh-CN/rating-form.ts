/** 好差评 on an ended claim or request (the five levels are the shared catalog's `rating.levels`). */
export const ratingForm = {
  title: '办件评价（好差评）',
  level: '评价等级',
  comment: '评价内容（选填）',
  commentPlaceholder: '可说明满意或不满意的原因，最多 500 字',
  chooseLevel: '请选择评价等级。',
  submit: '提交评价',
  rated: '已评价',
  ratedOn: '评价于 {at}',
  poorHint: '选择“不满意”或“非常不满意”，将转交负责办件的市（宁东）整改或回访。',
  followUps: '整改回访情况',
  noFollowUp: '待负责部门整改或回访。',
};
