import { createRouter, createWebHistory } from 'vue-router';
import { CONSOLE_ROLES, mayOpen, refreshSession } from './session.js';

export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./pages/LoginPage.vue'),
      meta: { public: true },
    },
    { path: '/', name: 'dashboard', component: () => import('./pages/DashboardPage.vue') },
    { path: '/queue', name: 'queue', component: () => import('./pages/QueuePage.vue') },
    { path: '/claims/:id', name: 'review', component: () => import('./pages/ReviewPage.vue') },
    { path: '/budgets', name: 'budgets', component: () => import('./pages/BudgetsPage.vue') },
    { path: '/parameters', name: 'parameters', component: () => import('./pages/ParametersPage.vue') },
    { path: '/simulation', name: 'simulation', component: () => import('./pages/SimulationPage.vue') },
    { path: '/scorecard', name: 'scorecard', component: () => import('./pages/ScorecardPage.vue') },
    { path: '/records', name: 'records', component: () => import('./pages/RecordsPage.vue') },
    { path: '/brands', name: 'brands', component: () => import('./pages/BrandsPage.vue') },
    {
      path: '/open-licensing',
      name: 'open-licensing',
      component: () => import('./pages/OpenLicensingPage.vue'),
    },
    { path: '/notices', name: 'notices', component: () => import('./pages/NoticesPage.vue') },
    { path: '/srdi-lists', name: 'srdi-lists', component: () => import('./pages/SrdiListsPage.vue') },
    { path: '/imports', name: 'imports', component: () => import('./pages/ImportsPage.vue') },
    { path: '/users', name: 'users', component: () => import('./pages/UsersPage.vue') },
    { path: '/enterprises', name: 'enterprises', component: () => import('./pages/EnterprisesPage.vue') },
    { path: '/requests', name: 'requests', component: () => import('./pages/RequestsPage.vue') },
    {
      path: '/adjudication',
      name: 'adjudication',
      component: () => import('./pages/AdjudicationPage.vue'),
    },
    {
      path: '/priority-exam',
      name: 'priority-exam',
      component: () => import('./pages/PriorityExamPage.vue'),
    },
    { path: '/messages', name: 'messages', component: () => import('./pages/MessagesPage.vue') },
    { path: '/audit', name: 'audit', component: () => import('./pages/AuditPage.vue') },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

// Every page but sign-in is for officials: the server is asked on each visit, so an expired
// session or a role that does not belong here goes to sign in, with the reason.
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const me = await refreshSession();
  if (me && (CONSOLE_ROLES as readonly string[]).includes(me.user.role))
    // A read-only department opening a page that is not for it (an old link, the brand's 工作台) lands on its lists.
    return mayOpen(String(to.name)) || { path: '/srdi-lists' };
  return { path: '/login', query: { next: to.fullPath, ...(me ? { role: me.user.role } : {}) } };
});
