// The station's service worker: keeps the whole app on the phone (precache.json lists every file
// of the build) so it opens with no connection. The API is never cached: records made offline wait
// in IndexedDB (src/offline/outbox.ts) and are sent by the page when the connection returns.
const CACHE = 'huiqi-station';
const BASE = '/station/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch(`${BASE}precache.json`, { cache: 'no-store' });
      const { version, files } = await res.json();
      const cache = await caches.open(`${CACHE}-${version}`);
      await cache.addAll(files.map((f) => `${BASE}${f}`));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      const current = (await caches.keys()).sort().pop();
      await Promise.all(
        keys.filter((k) => k.startsWith(CACHE) && k !== current).map((k) => caches.delete(k)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(BASE))
    return;
  event.respondWith(
    (async () => {
      // Hashed assets never change: cache first. Pages: network first, the cached shell when offline.
      if (url.pathname.startsWith(`${BASE}assets/`)) {
        const hit = await caches.match(event.request);
        if (hit) return hit;
      }
      try {
        return await fetch(event.request);
      } catch (e) {
        const hit = (await caches.match(event.request)) ?? (await caches.match(BASE));
        if (hit) return hit;
        throw e;
      }
    })(),
  );
});
