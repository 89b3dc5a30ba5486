// Offline play and updates, in the browser. The service worker (Workbox, made by
// vite-plugin-pwa, see tools/vite-plugin-offline.ts) precaches the whole game once; after that
// the game plays with no network. A new version is offered, never forced: it waits in the
// background until the player chooses "Update now" (the game saves after every step, and a
// save from before an update continues; see src/save/saveGame.ts).
// Registered only on the web site: not inside an LMS (the package has no worker), not from a
// file (file:// has none), not in the dev server, and in browser tests only when asked (?sw).
import { registerSW } from 'virtual:pwa-register';
import { h } from '../ui/dom';

export function offlineWanted(loc: Location, inLms: boolean): boolean {
  if (!import.meta.env.PROD || inLms || !('serviceWorker' in navigator) || !/^https?:$/.test(loc.protocol)) return false;
  const q = new URLSearchParams(loc.search);
  return !q.has('test') || q.has('sw');
}

/** Registers the worker; shows the update offer when a new version has been downloaded. */
export function startOffline(): void {
  const bar = h('div', { id: 'update-offer', class: 'update-offer', role: 'status', hidden: true });
  document.getElementById('app')?.prepend(bar);
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      bar.replaceChildren(
        h('span', {}, 'A new version of Exhibit 1937 is ready. Your game is saved: updating reloads the page, and Continue takes you back to where you are.'),
        h('button', { type: 'button', id: 'btn-update-now', onclick: () => void update(true) }, 'Update now'),
        h('button', { type: 'button', id: 'btn-update-later', onclick: () => (bar.hidden = true) }, 'Later'),
      );
      bar.hidden = false;
    },
    onOfflineReady() {
      document.documentElement.dataset.offlineReady = 'true';
    },
    onRegisterError(e: unknown) {
      console.warn('Offline play is not available:', e);
    },
  });
}
