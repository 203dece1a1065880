import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';
import { vueI18nDefine } from '@huiqi/locales/vite-define';

// Element Plus imported on demand (components and their styles), pages lazy-loaded by the router.
export default defineConfig({
  base: '/portal/',
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver()], dts: false })],
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  define: vueI18nDefine,
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
