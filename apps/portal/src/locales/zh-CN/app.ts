export const app = {
  name: '惠企',
  subtitle: '知识产权助力专精特新中小企业',
};
