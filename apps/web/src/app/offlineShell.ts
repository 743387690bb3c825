/**
 * Registers the service worker that keeps the phone's page available offline
 * (venue Wi-Fi drops; a reload must still open the page and its queued notes).
 * Once it controls the page, it is told which files this page loaded, since
 * those were fetched before it existed.
 */
export function registerOfflineShell(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  const sendLoadedFiles = () => {
    const controller = navigator.serviceWorker.controller
    if (!controller) return
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter(
        (url) =>
          new URL(url).origin === location.origin && new URL(url).pathname.startsWith('/assets/'),
      )
    controller.postMessage({ type: 'cache', urls })
  }
  navigator.serviceWorker.addEventListener('controllerchange', sendLoadedFiles)
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(sendLoadedFiles)
      .catch(() => {
        // No offline reload then; everything else still works.
      })
  })
}
