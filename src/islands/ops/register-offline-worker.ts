/**
 * Registers the service worker the build writes at the base path's root
 * (scripts/offline-worker.ts), so /workspace/ opens offline once visited.
 * Only the workspace registers it: public pages stay script-free.
 */

/** Registers the offline worker in a built site; does nothing in `astro dev` or where workers are missing. */
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL.endsWith("/")
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  // A failed registration only means no offline copy; the page works as before.
  navigator.serviceWorker.register(`${base}offline-worker.js`, { scope: base }).catch(() => undefined);
}
