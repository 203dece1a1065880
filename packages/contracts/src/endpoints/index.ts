import { approvalNotices } from './approval-notices.js';
import { audit } from './audit.js';
import { auth } from './auth.js';
import { brands } from './brands.js';
import { budgets } from './budgets.js';
import { health } from './health.js';
import { navigationProjects } from './navigation-projects.js';
import { notifications } from './notifications.js';
import { policy } from './policy.js';
import { openLicensing } from './open-licensing.js';
import { priorityExam } from './priority-exam.js';
import { quotas } from './quotas.js';
import { ratings } from './ratings.js';
import { rounds } from './rounds.js';
import { serviceRecords } from './service-records.js';

/**
 * Every endpoint of the API by feature: the API serves each group from one handlers file, the
 * client exposes each as `client.<group>.<name>(…)`.
 */
export const endpoints = {
  approvalNotices,
  audit,
  auth,
  brands,
  budgets,
  health,
  navigationProjects,
  notifications,
  policy,
  openLicensing,
  priorityExam,
  quotas,
  ratings,
  rounds,
  serviceRecords,
} as const;
export { healthSchema } from './health.js';
export { notificationSchema } from './notifications.js';
export { budgetFloorSchema, navigationReportSchema } from './navigation-projects.js';
export type Endpoints = typeof endpoints;
