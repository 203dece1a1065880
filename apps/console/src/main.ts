import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './locales/index.js';
import { router } from './router.js';
import '@huiqi/ui/theme.css';
import './styles.css';

createApp(App).use(i18n).use(router).mount('#app');
