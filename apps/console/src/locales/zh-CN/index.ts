import { app } from './app.js';
import { nav } from './nav.js';
import { auth } from './auth.js';
import { common } from './common.js';
import { dashboard } from './dashboard.js';
import { queue } from './queue.js';
import { review } from './review.js';
import { budgets } from './budgets.js';
import { floors } from './floors.js';
import { parameters } from './parameters.js';
import { simulation } from './simulation.js';
import { enterprises } from './enterprises.js';
import { scorecard } from './scorecard.js';
import { quotas } from './quotas.js';
import { imports } from './imports.js';
import { users } from './users.js';
import { notices } from './notices.js';
import { payments } from './payments.js';
import { audit } from './audit.js';
import { records } from './records.js';
import { brands } from './brands.js';
import { adjudication } from './adjudication.js';
import { priorityExam } from './priority-exam.js';
import { srdi } from './srdi.js';
import { requests } from './requests.js';
import { licensing } from './licensing.js';
import { licenceOffer } from '@huiqi/locales/zh-CN/licence-offer';

/** The console's own messages in Chinese (the shared ones are in @huiqi/locales): part of the first load. */
export default {
  app,
  nav,
  auth,
  common,
  dashboard,
  queue,
  review,
  budgets,
  floors,
  parameters,
  simulation,
  enterprises,
  scorecard,
  quotas,
  imports,
  users,
  notices,
  payments,
  audit,
  records,
  brands,
  adjudication,
  priorityExam,
  srdi,
  requests,
  licensing,
  licenceOffer,
};
