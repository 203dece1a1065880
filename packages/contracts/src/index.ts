export * from './common.js';
export * from './auth.js';
export * from './enterprises.js';
export * from './policy.js';
export * from './applications.js';
export * from './money-flows.js';
export * from './profile.js';
export * from './messages-zh.js';
