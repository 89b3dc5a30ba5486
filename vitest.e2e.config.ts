import { defineConfig } from 'vitest/config';

// Browser tests: drive the production build in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 300000,
    hookTimeout: 120000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
  },
});
