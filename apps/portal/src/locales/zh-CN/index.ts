import { app } from './app.js';
import { nav } from './nav.js';
import { auth } from './auth.js';
import { matching } from './matching.js';
import { assets } from './assets.js';
import { members } from './members.js';
import { requests } from './requests.js';
import { profile } from './profile.js';
import { claims } from './claims.js';
import { guide } from './guide.js';
import { jurisdiction } from './jurisdiction.js';
import { policy } from './policy.js';
import { calc } from './calc.js';
import { checklist } from './checklist.js';
import { records } from './records.js';
import { priorityExam } from './priority-exam.js';
import { brands } from './brands.js';
import { licensing } from './licensing.js';
import { ratingForm } from './rating-form.js';
import { verify } from './verify.js';
import { rating } from '@huiqi/locales/zh-CN/rating';
import { licenceOffer } from '@huiqi/locales/zh-CN/licence-offer';

/** The portal's own messages in Chinese (the shared ones are in @huiqi/locales): part of the first load. */
export default {
  app,
  nav,
  auth,
  matching,
  assets,
  members,
  requests,
  profile,
  claims,
  guide,
  jurisdiction,
  policy,
  calc,
  checklist,
  records,
  priorityExam,
  brands,
  licensing,
  ratingForm,
  rating,
  licenceOffer,
  verify,
};
