// The judges' service worker: caches the app shell (the built files listed in precache.json) on install, so a
// tablet that opened the app once can reload it with no network. API calls are never cached here: marks go through
// the IndexedDB outbox, and the last workload is kept by the app itself.
const cacheName = 'judge-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const files = await (await fetch('/judge/precache.json', { cache: 'no-store' })).json();
      const cache = await caches.open(cacheName);
      await cache.addAll(['/judge/', ...files.filter((f) => f !== 'judge/index.html').map((f) => `/${f}`)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/hubs/')) {
    return;
  }
  // Network first so a new release reaches tablets at once; the cache answers when the network cannot.
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(event.request);
        if (response.ok) {
          const cache = await caches.open(cacheName);
          await cache.put(url.pathname === '/judge/index.html' ? '/judge/' : event.request, response.clone());
        }
        return response;
      } catch (error) {
        const cached = (await caches.match(event.request, { ignoreSearch: true })) ?? (event.request.mode === 'navigate' ? await caches.match('/judge/') : undefined);
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
