import { defineConfig } from 'vitest/config';

// `npm test`: unit tests beside the code in src/, pipeline, CLI, golden-file and full-build tests
// in test/. Browser tests have their own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
