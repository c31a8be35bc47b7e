/**
 * Registers the service worker that keeps the app shell for offline reloads (production builds
 * only: in development Vite serves modules that must not be cached).
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      // Without it the app still works online; only offline reloads are lost.
      console.warn('Partnerboard could not install its offline copy:', error);
    });
  });
}
