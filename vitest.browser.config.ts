// The browser suite (npm run test:browser): builds the example site once, serves it on
// 127.0.0.1 and checks it in Debian's Chromium through playwright-core. Kept apart from
// the default `vitest run` (npm test), whose config excludes test/browser/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  test: {
    root,
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    environment: 'node',
    // A cold Chromium on a 2-core machine, and the site build in the global setup.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each test file starts its own Chromium: two at once is plenty on a small machine.
    maxWorkers: 2,
  },
});
