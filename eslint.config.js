export { default } from '@huiqi/eslint-config';
