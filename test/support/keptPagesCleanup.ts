// Global setup of the `cli` and `site` tests (vitest.config.ts): their builds run in this evalsite folder,
// each into an output folder of its own, and each keeps its pages for a rebuild that never comes
// (scripts/io/keptPages.ts; a build would remove them only after 30 days). The teardown removes
// the kept pages of every output folder first built during the run, and nothing kept before it.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KEPT_PAGES_FOLDER } from '../../scripts/io/keptPages.ts';

function keptNow(): string[] {
  try {
    return readdirSync(KEPT_PAGES_FOLDER);
  } catch {
    return [];
  }
}

export default function setup(): () => void {
  const before = new Set(keptNow());
  return () => {
    for (const name of keptNow()) if (!before.has(name)) rmSync(join(KEPT_PAGES_FOLDER, name), { recursive: true, force: true });
  };
}
