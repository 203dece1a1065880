import { createRouter, createWebHistory } from 'vue-router';
import { refreshSession, session } from './session.js';

export const router = createRouter({
  history: createWebHistory('/portal/'),
  routes: [
    { path: '/', name: 'policy', component: () => import('./pages/PolicyPage.vue') },
    {
      path: '/calculator/:provision?',
      name: 'calculator',
      component: () => import('./pages/CalculatorPage.vue'),
    },
    { path: '/guide/:provision', name: 'guide', component: () => import('./pages/GuidePage.vue') },
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue') },
    { path: '/register', name: 'register', component: () => import('./pages/RegisterPage.vue') },
    {
      path: '/matching',
      name: 'matching',
      component: () => import('./pages/MatchingPage.vue'),
      meta: { auth: true },
    },
    {
      path: '/claims',
      name: 'claims',
      component: () => import('./pages/ClaimsPage.vue'),
      meta: { auth: true },
    },
    {
      path: '/requests',
      name: 'requests',
      component: () => import('./pages/RequestsPage.vue'),
      meta: { auth: true },
    },
    {
      path: '/priority-exam',
      name: 'priority-exam',
      component: () => import('./pages/PriorityExamPage.vue'),
      meta: { auth: true },
    },
    {
      path: '/records',
      name: 'records',
      component: () => import('./pages/RecordsPage.vue'),
      meta: { auth: true },
    },
    {
      path: '/profile',
      name: 'profile',
      component: () => import('./pages/ProfilePage.vue'),
      meta: { auth: true },
    },
    {
      path: '/messages',
      name: 'messages',
      component: () => import('./pages/MessagesPage.vue'),
      meta: { auth: true },
    },
    { path: '/notices', name: 'notices', component: () => import('./pages/NoticesPage.vue') },
    {
      path: '/verify/:ref?',
      name: 'verify',
      component: () => import('./pages/VerifyNoticePage.vue'),
    },
    { path: '/brands', name: 'brands', component: () => import('./pages/BrandsPage.vue') },
    {
      path: '/open-licences',
      name: 'open-licences',
      component: () => import('./pages/OpenLicencesPage.vue'),
    },
    {
      path: '/brands/nominate',
      name: 'brand-nominate',
      component: () => import('./pages/BrandNominatePage.vue'),
      meta: { auth: true },
    },
    {
      path: '/claims/:id/notice',
      name: 'approval-notice',
      component: () => import('./pages/NoticePrintPage.vue'),
      meta: { auth: true },
    },
    {
      path: '/claims/:id/receipt',
      name: 'receipt',
      component: () => import('./pages/ReceiptPage.vue'),
      meta: { auth: true },
    },
    {
      path: '/claims/:id',
      name: 'claim',
      component: () => import('./pages/ClaimPage.vue'),
      meta: { auth: true },
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

// Pages of a signed-in enterprise: the session is checked with the server on every such visit,
// so an expired session sends the user to sign in with a message saying so.
router.beforeEach(async (to) => {
  if (!to.meta.auth) {
    // Only so the header knows who is signed in; refreshSession never rejects (a failure is no session).
    if (!session.checked) void refreshSession();
    return true;
  }
  const me = await refreshSession();
  return me ? true : { path: '/login', query: { next: to.fullPath } };
});
