import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { stagePrefetchPlugin } from './tools/vite-plugin-stage-prefetch.ts';
import { fileListPlugin } from './tools/vite-plugin-file-list.ts';
import { offlinePlugin } from './tools/vite-plugin-offline.ts';
import { inlinedAssetsPlugin } from './tools/vite-plugin-inlined-assets.ts';
import { viteSingleFile } from 'vite-plugin-singlefile';

// One config for the dev server, the build and the Node-side tests (unit + story).
// Browser tests have their own config (vitest.e2e.config.ts) because they need a build first.
// `vite build --mode single` (npm run build:single) makes the one-file game in dist-single/.
export default defineConfig(async ({ mode }): Promise<ViteUserConfig> => {
  const single = mode === 'single';
  // Vitest's own module, for the tests only (the dev server and the build need none of it).
  const { longestFirst } = mode === 'test' ? await import('./tests/helpers/longestFirst.ts') : { longestFirst: undefined };
  return {
    base: './',
    // The one file carries its assets inside (tools/vite-plugin-inlined-assets.ts), so nothing is copied.
    publicDir: single ? false : 'assets',
    plugins: single
      ? [inkPlugin(), inlinedAssetsPlugin(true), viteSingleFile({ removeViteModuleLoader: true })]
      : [inkPlugin(), inlinedAssetsPlugin(false), stagePrefetchPlugin(), offlinePlugin(), fileListPlugin()],
    server: { port: 5173, host: '127.0.0.1' },
    preview: { port: 4173, host: '127.0.0.1' },
    build: single
      ? { target: 'es2022', outDir: 'dist-single', chunkSizeWarningLimit: 20000, assetsInlineLimit: Number.MAX_SAFE_INTEGER }
      : {
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
      // Vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a
      // time. The Node tests are CPU-bound and independent, so both cores take files.
      maxWorkers: 2,
      // One module graph per worker instead of one per file: most files test small modules and
      // spent longer importing the story core than testing it (a fresh clone: 58 s -> 45 s).
      // Nothing in these tests mocks modules or globals; spies and timers are put back.
      isolate: false,
      restoreMocks: true,
      unstubGlobals: true,
      // The case walks first (they take the longest on a fresh clone), then the rest.
      sequence: { sequencer: longestFirst?.(['cases-coyoacan-3', 'cases-coyoacan-4', 'cases', 'fuzz', 'restoredLooksPlayed', 'contentUpdate', 'boardConfirmation', 'proofs'], 'last') },
    },
  };
});
