import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: unit tests beside the code in src/, pipeline, CLI, golden-file and full-build tests
// in test/. Browser tests have their own config (vitest.browser.config.ts).
//
// Every project runs in worker threads that keep their modules from one test file to the next
// (isolate: false), so Plot, d3, linkedom, fontkit, yalps and Astro are imported once per worker
// rather than once per file. That is safe because no test changes the state of a module it
// shares: the library is pure, charts draw into documents of their own, and the one helper that
// changes the process (test/support/runCliInProcess.ts: the environment, stdout, stderr and the
// console) puts it all back.

/** The test files that read the example site built by test/support/exampleSiteSetup.ts. */
const SITE_READERS = [
  'test/build/site-build.test.ts',
  'test/build/site-figures.test.ts',
  'test/build/page-weight.test.ts',
  'test/build/compare-page.test.ts',
  'test/build/project-root.test.ts',
  'test/build/protected-figures-in-sentences.test.ts',
  'test/cli/privacy-gate.test.ts',
  'test/build/page-sources.test.ts',
  'test/build/downloads.test.ts',
  'test/build/sharing.test.ts',
  'test/build/portfolio-pages.test.ts',
];

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'threads',
    isolate: false,
    // At least two at once, even on a 2-core machine: vitest's default there (one) leaves a core
    // idle, as the main process has little to do while the tests run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/cli/**', 'test/build/**', 'node_modules/**'],
        },
      },
      {
        // The command line, in-process and in child processes, and builds of projects of their own.
        extends: true,
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts', 'test/build/**/*.test.ts'],
          exclude: SITE_READERS,
          globalSetup: ['test/support/keptPagesCleanup.ts'],
        },
      },
      {
        // The tests that read the example site, which the global setup builds once per run (and
        // only when one of them runs). A new test that reads it (inject('exampleSite')) goes here.
        extends: true,
        test: {
          name: 'site',
          include: SITE_READERS,
          globalSetup: ['test/support/exampleSiteSetup.ts', 'test/support/keptPagesCleanup.ts'],
        },
      },
    ],
  },
});
