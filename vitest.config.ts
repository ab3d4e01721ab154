import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests of the browser-side state (the builder's, the desk's and the drafts' stores, the
 * downloads with their mocked download) keep module state per file: a store filled by one file,
 * a rule already loaded, a `vi.mock` of a module another file has imported. They run isolated,
 * each file in a fresh module graph. The rest test functions of their inputs and share their
 * workers' modules, which saves the start of a worker and the reloading of the plan, export and
 * import modules for each of some 60 files (a third of the unit run's time on two cores).
 */
const isolated = [
  'tests/unit/builder/**/*.test.ts',
  'tests/unit/desk/**/*.test.ts',
  'tests/unit/drafts/**/*.test.ts',
  'tests/unit/downloads/**/*.test.ts',
];

export default defineConfig({
  test: {
    // Property tests (2,000 cases), LibreOffice renders and CLI runs take seconds; on a busy
    // 2-core CI machine the default 5 s would make them fail for no reason of their own.
    testTimeout: 60_000,
    // Vitest's default leaves a core to its own process: one worker on a 2-core machine, which
    // then runs the files one after another (160 s instead of 100 s). The main process mostly
    // waits on the workers.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: isolated },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          // Playwright specs live in tests/e2e and must not be collected here.
          include: ['tests/unit/**/*.test.ts'],
          exclude: isolated,
          isolate: false,
        },
      },
    ],
  },
});
