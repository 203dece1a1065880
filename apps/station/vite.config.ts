import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { VantResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes precache.json: every file of the build, so the service worker can keep the whole app on
 * the phone at install time (lazy pages included) and open it with no connection.
 */
function precacheManifest(): Plugin {
  return {
    name: 'huiqi-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [
        ...Object.keys(bundle).filter((f) => !f.endsWith('.map')),
        'manifest.webmanifest',
        'icon-192.png',
        'icon-512.png',
      ];
      this.emitFile({
        type: 'asset',
        fileName: 'precache.json',
        source: JSON.stringify({ version: Date.now().toString(36), files: ['', ...files] }),
      });
    },
  };
}

// Vant on demand (components and their styles), pages lazy-loaded, no i18n library (a small
// dictionary does): the budget is 120 kB for the first load on a slow connection.
export default defineConfig({
  base: '/station/',
  plugins: [vue(), Components({ resolvers: [VantResolver()], dts: false }), precacheManifest()],
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
