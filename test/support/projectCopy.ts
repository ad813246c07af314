import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const PROJECT_ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** What a site build needs from the project; node_modules is linked, not copied. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'data', 'content', 'public'];

/** A fresh copy of the project in a temporary folder, optionally with files changed or removed. */
export function copyProject(changes: Readonly<Record<string, string | null>> = {}, { withNodeModules = true } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'evalsite-'));
  for (const entry of PROJECT_ENTRIES) {
    const from = join(PROJECT_ROOT, entry);
    if (existsSync(from)) cpSync(from, join(root, entry), { recursive: true, filter: (path) => !path.includes('/.astro') });
  }
  if (withNodeModules) symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(changes)) {
    const full = join(root, path);
    if (text === null) {
      rmSync(full, { force: true });
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return root;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a real shell: without the variables vitest sets for itself (MODE=test,
 * BASE_URL, DEV, NODE_ENV…), which Astro would otherwise pick up in the child build.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(TEST|VITEST.*|NODE_ENV|PROD|DEV|BASE_URL|MODE|SSR)$/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs the real command line, on the Node that runs the tests (the project's pinned Node). */
export function runCli(args: readonly string[], { cwd = PROJECT_ROOT, env = {} }: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(cwd, 'scripts/evalsite.ts'), ...args], {
    cwd,
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
