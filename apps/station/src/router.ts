import { createRouter, createWebHistory } from 'vue-router';
import { refresh, session } from './api.js';

export const router = createRouter({
  history: createWebHistory('/station/'),
  routes: [
    { path: '/login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
    { path: '/', component: () => import('./pages/RecordPage.vue') },
    { path: '/inbox', component: () => import('./pages/InboxPage.vue') },
    { path: '/inbox/:id', component: () => import('./pages/RequestPage.vue') },
    { path: '/targets', component: () => import('./pages/TargetsPage.vue') },
    { path: '/events', component: () => import('./pages/EventsPage.vue') },
    { path: '/me', component: () => import('./pages/MePage.vue') },
    { path: '/award', component: () => import('./pages/AwardPage.vue') },
    { path: '/brands', component: () => import('./pages/BrandPage.vue') },
    { path: '/measures', component: () => import('./pages/MeasuresPage.vue') },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

// A worker who signed in on this phone stays signed in within the session rules: the server is asked
// when online; offline, the last known user keeps working and the outbox waits for the connection.
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (navigator.onLine) await refresh();
  return session.me?.user.role === 'agency' ? true : { path: '/login', query: { next: to.fullPath } };
});
