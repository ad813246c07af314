// Global setup of the tests that read a built site (the `site` project in vitest.config.ts):
// builds the example site ONCE per run, with the real command line, in two copies of the
// project at the same time: the one the tests read, and its twin in another folder, time zone
// and locale and with other file times, which must come out byte for byte the same. Test files
// read both with `inject('exampleSite')`. The teardown removes both copies.
import { readdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { exampleSiteChanges } from './exampleSite.ts';
import { copyProject, runCliProcess } from './projectCopy.ts';

function touchEverything(folder: string, when: Date): void {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !path.startsWith(join(folder, 'node_modules'))) utimesSync(path, when, when);
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const changes = exampleSiteChanges();
  const root = copyProject(changes);
  const twin = copyProject(changes);
  const teardown = (): void => {
    for (const folder of [root, twin]) rmSync(folder, { recursive: true, force: true });
  };
  try {
    touchEverything(twin, new Date('2001-02-03T04:05:06Z'));
    const [run, twinRun] = await Promise.all([
      runCliProcess(['build'], { cwd: root, env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } }),
      runCliProcess(['build'], { cwd: twin, env: { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } }),
    ]);
    project.provide('exampleSite', { root, run, twin, twinRun });
  } catch (error) {
    teardown();
    throw error;
  }
  return teardown;
}
