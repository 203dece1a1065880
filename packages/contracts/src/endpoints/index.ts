import { adjudication } from './adjudication.js';
import { agency } from './agency.js';
import { claims } from './claims.js';
import { approvalNotices } from './approval-notices.js';
import { attachments } from './attachments.js';
import { audit } from './audit.js';
import { auth } from './auth.js';
import { brands } from './brands.js';
import { budgets } from './budgets.js';
import { enterprises } from './enterprises.js';
import { health } from './health.js';
import { imports } from './imports.js';
import { navigationProjects } from './navigation-projects.js';
import { notices } from './notices.js';
import { notifications } from './notifications.js';
import { openLicensing } from './open-licensing.js';
import { policy } from './policy.js';
import { priorityExam } from './priority-exam.js';
import { profile } from './profile.js';
import { quotas } from './quotas.js';
import { ratings } from './ratings.js';
import { records } from './records.js';
import { reports } from './reports.js';
import { reviews } from './reviews.js';
import { rounds } from './rounds.js';
import { serviceEvents } from './service-events.js';
import { serviceRecords } from './service-records.js';
import { serviceRequests } from './service-requests.js';
import { users } from './users.js';

/**
 * Every endpoint of the API by feature: the API serves each group from one handlers file, the
 * client exposes each as `client.<group>.<name>(…)`.
 */
export const endpoints = {
  adjudication,
  agency,
  claims,
  approvalNotices,
  attachments,
  audit,
  auth,
  brands,
  budgets,
  enterprises,
  health,
  imports,
  navigationProjects,
  notices,
  notifications,
  openLicensing,
  policy,
  priorityExam,
  profile,
  quotas,
  ratings,
  records,
  reports,
  reviews,
  rounds,
  serviceEvents,
  serviceRecords,
  serviceRequests,
  users,
} as const;
export { healthSchema } from './health.js';
export { notificationSchema } from './notifications.js';
export { budgetFloorSchema, navigationReportSchema } from './navigation-projects.js';
export type Endpoints = typeof endpoints;
