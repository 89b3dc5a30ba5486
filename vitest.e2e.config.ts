import { defineConfig } from 'vitest/config';

// Browser tests: drive the production build in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 300000,
    hookTimeout: 120000,
    // Two files at a time on a 2-core machine: most of a browser test's time is waiting for
    // the page (round trips, the stage's beats), so two browsers share the cores well.
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['tests/e2e/globalSetup.ts'],
  },
});
