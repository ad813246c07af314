// The browser suite (npm run test:browser): builds the example site once, serves it on
// 127.0.0.1 and checks it in Debian's Chromium through playwright-core. Kept apart from
// the default `vitest run` (npm test), whose config excludes test/browser/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that check every built page, longest first. Vitest starts files it has no timings
 * for (a fresh clone) largest first, which left the longest of all, the small accessibility
 * files, to start last and run alone for minutes.
 */
const EVERY_PAGE_FILES = ['accessibility.test.ts', 'accessibility-on-a-phone.test.ts', 'reading-without-js.test.ts', 'layout.test.ts'];

class EveryPageFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const index = EVERY_PAGE_FILES.findIndex((name) => file.moduleId.endsWith(`/test/browser/${name}`));
      return index === -1 ? EVERY_PAGE_FILES.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: EveryPageFilesFirst },
  },
});
