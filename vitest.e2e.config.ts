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
    isolate: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // Longest first (seconds each in a full run on this machine, 7 Dec 2026: sittings 116,
    // screenReader 60, stage 56, access 46, gradebook 43, boards 35, drammen 31, prologue 21,
    // classroom 20, scorm 19, saves 15, proofs 11, offline 5, singleFile 3), so two workers end together.
    sequence: {
      sequencer: longestFirst(['sittings', 'screenReader', 'stage', 'access', 'gradebook', 'boards', 'drammen', 'prologue', 'classroom', 'scorm', 'saves', 'proofs', 'offline', 'singleFile'], 'first'),
    },
  },
});
