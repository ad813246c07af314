import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, PROJECT_ROOT } from './projectCopy.ts';

/** `npm run dev` running in a child process, as an author runs it. */
export interface DevPreview {
  /** The address it printed: http://127.0.0.1:<port>/. */
  readonly url: string;
  readonly pid: number | undefined;
  /** Everything it printed so far, stdout and stderr. */
  output(): { stdout: string; stderr: string };
  /** Sends the signal and resolves to the exit code; a preview still running 20 s later is killed. Safe to call twice. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
  /** Its work folders in the evalsite folder's .evalsite/ (one while it runs, none once stopped). */
  workFolders(): string[];
}

/** A copy of these folders of the example project in a new temporary folder (the caller removes it). */
export function exampleCopy(folders: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'evalsite-dev-'));
  for (const folder of folders) cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
  return root;
}

/** Polls `check` until it gives a value, or fails after `ms` saying what it waited for (and `context`, for the failure). */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 60_000, context: () => string = () => ''): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A port no one is listening on now (the preview takes the next free one if it has gone meanwhile, and says which). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `evalsite dev --root <root>` and resolves once it prints its address. Whoever starts one
 * stops it (in an afterAll), whatever happened: `stop('SIGKILL')` then removes its work folder.
 */
export async function startDevPreview(root: string): Promise<DevPreview> {
  const port = await freePort();
  // stdin stays open: Vite stops its server when its input ends.
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts/evalsite.ts'), 'dev', '--root', root, '--port', String(port)], { cwd: PROJECT_ROOT, env: cleanEnv(), stdio: 'pipe' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const workFolder = join(PROJECT_ROOT, '.evalsite');
  const workFolders = (): string[] => (existsSync(workFolder) ? readdirSync(workFolder).filter((name) => name.startsWith(`build-${child.pid ?? 'none'}-`)) : []);
  const stop = async (signal: NodeJS.Signals): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const ended = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000))]);
      if (ended === 'timeout') child.kill('SIGKILL');
    }
    const code = await exited;
    // A killed preview leaves its work folder to the next build: removed here instead.
    if (child.signalCode === 'SIGKILL') for (const name of workFolders()) rmSync(join(workFolder, name), { recursive: true, force: true });
    return code;
  };
  const context = (): string => `stdout:\n${stdout}\nstderr:\n${stderr}`;
  try {
    const url = await waitFor('the preview to start', () => /previewing .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1], 150_000, context);
    return { url, pid: child.pid, output: () => ({ stdout, stderr }), stop, workFolders };
  } catch (error) {
    await stop('SIGKILL');
    throw error;
  }
}
