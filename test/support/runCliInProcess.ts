import { format } from 'node:util';
import { runCli } from '../../scripts/cli.ts';
import { PROJECT_ROOT, VITEST_VARIABLES, type CliRun } from './projectCopy.ts';

type ConsoleMethod = 'log' | 'info' | 'debug' | 'warn' | 'error';
const CONSOLE_TO_STDOUT: readonly ConsoleMethod[] = ['log', 'info', 'debug'];
const CONSOLE_TO_STDERR: readonly ConsoleMethod[] = ['warn', 'error'];

/** One run at a time: a run changes process-wide state (the environment, the output streams). */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Runs the command line in this process, as `scripts/evalsite.ts` runs it in its own, and
 * returns what an author would see. For the length of the run the process looks as it would to
 * the real command: the variables vitest sets for itself are removed from the environment (Astro
 * would read them), and everything written to stdout and stderr, by the command or by Astro and
 * Vite as they build (their logs and warnings, console included), is captured as a child
 * process's output would be. Afterwards the environment (which a build also changes: it sets
 * EVALSITE_SITE_DATA, ASTRO_TELEMETRY_DISABLED and NODE_ENV), the streams and the console are
 * put back as they were, so nothing leaks into the next test.
 */
export function runCliInProcess(args: readonly string[], { cwd = PROJECT_ROOT }: { cwd?: string } = {}): Promise<CliRun> {
  const run = previous.then(() => runIsolated(args, cwd));
  previous = run.catch(() => undefined);
  return run;
}

/** A stand-in for a stream's `write` that appends what is written, whatever the arguments. */
function capture(append: (text: string) => void): typeof process.stdout.write {
  return (chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), done?: (error?: Error | null) => void) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
    (typeof encoding === 'function' ? encoding : done)?.();
    return true;
  };
}

/** Sets the environment to exactly `env`, in its order. */
function replaceEnv(env: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) Reflect.deleteProperty(process.env, key);
  Object.assign(process.env, env);
}

async function runIsolated(args: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const toStdout = (text: string): void => {
    stdout += text;
  };
  const toStderr = (text: string): void => {
    stderr += text;
  };
  const savedEnv = { ...process.env };
  const savedStreams = { stdout: Object.getOwnPropertyDescriptor(process.stdout, 'write'), stderr: Object.getOwnPropertyDescriptor(process.stderr, 'write') };
  const savedConsole = Object.fromEntries([...CONSOLE_TO_STDOUT, ...CONSOLE_TO_STDERR].map((method) => [method, Object.getOwnPropertyDescriptor(console, method)]));
  replaceEnv(Object.fromEntries(Object.entries(savedEnv).filter(([key]) => !VITEST_VARIABLES.test(key))));
  process.stdout.write = capture(toStdout);
  process.stderr.write = capture(toStderr);
  for (const method of CONSOLE_TO_STDOUT) console[method] = (...data: unknown[]) => toStdout(`${format(...data)}\n`);
  for (const method of CONSOLE_TO_STDERR) console[method] = (...data: unknown[]) => toStderr(`${format(...data)}\n`);
  try {
    const status = await runCli(args, { stdout: { write: toStdout }, stderr: { write: toStderr }, cwd });
    return { status, stdout, stderr };
  } finally {
    for (const [method, descriptor] of Object.entries(savedConsole)) restore(console, method, descriptor);
    restore(process.stdout, 'write', savedStreams.stdout);
    restore(process.stderr, 'write', savedStreams.stderr);
    replaceEnv(savedEnv);
  }
}

/** Puts back an object's own property as it was: its old descriptor, or none (back to the prototype's). */
function restore(target: object, key: string, descriptor: PropertyDescriptor | undefined): void {
  if (descriptor) Object.defineProperty(target, key, descriptor);
  else Reflect.deleteProperty(target, key);
}
