import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory('/portal/'),
  routes: [
    { path: '/', name: 'policy', component: () => import('./pages/PolicyPage.vue') },
    { path: '/calculator/:provision?', name: 'calculator', component: () => import('./pages/CalculatorPage.vue') },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});
