// Offline shell for the phone page. Only the app's own files are cached:
// hashed assets cache-first (their names change with their content), pages
// network-first with the cached shell as the fallback. The API and the
// websocket are never touched. Two shells: a join link `/j/<code>` is the
// phone's own build (phone.html), every other page the full app (index.html).
// Bumped with the second shell: a phone must not fall back to the app's page,
// whose files it never downloaded.
const CACHE = 'atelier-shell-v2'
const SHELL = '/index.html'
const PHONE_SHELL = '/phone.html'

/** The shell a page of this path is built from, as the server sends it. */
function shellFor(pathname) {
  return /^\/j\/[A-Za-z0-9_-]+$/.test(pathname) ? PHONE_SHELL : SHELL
}

/** Fetches a page afresh and keeps it as a shell; a missing one (a build without the phone) is skipped. */
function keepShell(cache, url, key) {
  return fetch(new Request(url, { cache: 'reload' }))
    .then((response) => (response.ok ? cache.put(key, response) : undefined))
    .catch(() => undefined)
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([keepShell(cache, '/', SHELL), keepShell(cache, PHONE_SHELL, PHONE_SHELL)]),
      )
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache' || !Array.isArray(event.data.urls)) return
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(
          event.data.urls.map((url) =>
            cache.match(url).then((hit) => hit || cache.add(url).catch(() => undefined)),
          ),
        ),
      ),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    const shell = shellFor(url.pathname)
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone()
            caches.open(CACHE).then((cache) => cache.put(shell, copy))
          }
          return response
        })
        // A phone shell not cached yet: the full app shows the phone page too.
        .catch(() =>
          caches
            .match(shell)
            .then((hit) => hit || caches.match(SHELL))
            .then((hit) => hit || Response.error()),
        ),
    )
    return
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone()
              caches.open(CACHE).then((cache) => cache.put(request, copy))
            }
            return response
          }),
      ),
    )
  }
})
