// Offline play: vite-plugin-pwa (Workbox) writes a service worker that precaches the whole
// game, every case's story chunk, the art, the sound and the fonts, so a class that loaded it
// once plays on when the network drops, including cases it never opened. Updates are offered,
// never forced (registerType 'prompt': the new version waits until the player chooses it, see
// src/offline/offline.ts), and the web app manifest makes the game installable.
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export function offlinePlugin(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false, // src/offline/offline.ts registers it, and only where it belongs
    includeAssets: [],
    manifest: {
      name: 'Exhibit 1937',
      short_name: 'Exhibit 1937',
      description: 'A courtroom game for history classes: Drammen 1936 and Coyoacán 1937, every fact cited to its source.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#1b1a17',
      theme_color: '#b3261e',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Everything the game can load: code, story chunks, art, both sound formats, fonts.
      globPatterns: ['**/*.{html,js,css,json,svg,png,woff2,mp3,ogg,webmanifest}'],
      globIgnores: ['game-files.json'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // The first visit is controlled at once, so going offline right after it still works.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
      // The teacher's SCORM download must read the live site, never a cached file list.
      navigateFallbackDenylist: [/game-files\.json$/],
    },
  });
}
