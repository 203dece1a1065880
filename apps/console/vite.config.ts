import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';
import { vueI18nDefine } from '@huiqi/locales/vite-define';

// Element Plus on demand, pages lazy-loaded; ECharts only in the pages that draw charts.
export default defineConfig({
  base: '/console/',
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver()], dts: false })],
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  define: vueI18nDefine,
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
