import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';

export const PROJECT_ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** What a site build needs from the project (the docs and README make the author guide); node_modules is linked, not copied. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'data', 'content', 'public', 'site.yaml', 'README.md', 'docs'];

/** Caches that builds write into node_modules (Vite's, Astro's): each copy gets its own. */
const NODE_MODULES_CACHES = new Set(['.vite', '.astro', '.cache']);

/**
 * The bundled example's site.yaml without its author guide: for a copy that adds an evaluation
 * whose client ids (C001…) are the guide's made-up ones, which the leak scan would rightly find in
 * the guide's pages (docs/site-settings.md#author_guide).
 */
export const SITE_YAML_WITHOUT_GUIDE: string = readFileSync(join(PROJECT_ROOT, 'site.yaml'), 'utf8').replace(/^# The author guide.*\nauthor_guide: true\n/m, '');

/** A fresh copy of the project in a temporary folder, optionally with files changed or removed. */
export function copyProject(changes: Readonly<Record<string, string | null>> = {}, { withNodeModules = true } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'evalsite-'));
  for (const entry of PROJECT_ENTRIES) {
    const from = join(PROJECT_ROOT, entry);
    if (existsSync(from)) cpSync(from, join(root, entry), { recursive: true, filter: (path) => !path.includes('/.astro') });
  }
  if (withNodeModules) {
    // Every package linked, one by one, so that builds in several copies at once (and in the
    // project itself) never write into the same cache folder.
    mkdirSync(join(root, 'node_modules'));
    for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
      if (!NODE_MODULES_CACHES.has(entry)) symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
    }
  }
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

/** The variables vitest sets for itself (MODE=test, BASE_URL, DEV, NODE_ENV…), which Astro would pick up. */
export const VITEST_VARIABLES = /^(TEST|VITEST.*|NODE_ENV|PROD|DEV|BASE_URL|MODE|SSR)$/;

/** The environment of a real shell: this process's, without the variables vitest sets for itself. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!VITEST_VARIABLES.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs the real command line in a child process, on the Node that runs the tests (the project's
 * pinned Node), in `cwd`, with the evalsite installed in `install` (by default `cwd` itself).
 * Asynchronous, so that other tests, or other runs, can go on meanwhile.
 */
export function runCliProcess(args: readonly string[], { cwd = PROJECT_ROOT, install = cwd, env = {} }: { cwd?: string; install?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(install, 'scripts/evalsite.ts'), ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}
