import type { Catalog } from '@huiqi/locales';
import type zhCN from '../zh-CN/index.js';
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
import { rating } from '@huiqi/locales/en/rating';
import { licenceOffer } from '@huiqi/locales/en/licence-offer';

/** The portal's own messages in English: a chunk of its own, loaded when someone switches to English. */
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
} satisfies Catalog<typeof zhCN>;
