import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { stagePrefetchPlugin } from './tools/vite-plugin-stage-prefetch.ts';
import { fileListPlugin } from './tools/vite-plugin-file-list.ts';
import { offlinePlugin } from './tools/vite-plugin-offline.ts';

// One config for the dev server, the build and the Node-side tests (unit + story).
// Browser tests have their own config (vitest.e2e.config.ts) because they need a build first.
export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [inkPlugin(), stagePrefetchPlugin(), offlinePlugin(), fileListPlugin()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
  },
});
