export const app = {
  name: '惠企服务站',
};
