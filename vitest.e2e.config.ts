import { defineConfig } from 'vitest/config';
import { longestFirst } from './tests/helpers/longestFirst.ts';

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
    // Longest first (seconds each in a full run on this machine, Dec 2026), so two workers end together.
    sequence: {
      sequencer: longestFirst(['sittings', 'stage', 'access', 'gradebook', 'screenReader', 'boards', 'drammen', 'prologue', 'scorm', 'classroom', 'saves', 'proofs', 'offline', 'singleFile'], 'first'),
    },
  },
});
