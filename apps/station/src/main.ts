import { createApp } from 'vue';
import App from './App.vue';
import { startOutbox } from './offline/outbox.js';
import { router } from './router.js';
import './styles.css';

createApp(App).use(router).mount('#app');
startOutbox();
// Installable and usable offline: the service worker keeps the app on the phone.
// A worker that cannot register (a private window, an old browser) leaves the app working online only.
if ('serviceWorker' in navigator && import.meta.env.PROD)
  navigator.serviceWorker.register('/station/sw.js', { scope: '/station/' }).catch(() => undefined);
