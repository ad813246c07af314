/**
 * Runs a command as a child process and measures it as the benchmark reports it: wall time, CPU
 * time (user + system, the child and everything it started) and peak memory. GNU time
 * (`/usr/bin/time`) reads the kernel's own accounting; without it, the peak is left unknown rather
 * than guessed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Timed {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  /** Largest resident set of the child or any process it started, in MB; null when not measurable here. */
  readonly peakMb: number | null;
  readonly exitCode: number;
  readonly output: string;
}

const GNU_TIME = '/usr/bin/time';

export function timedRun(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Timed {
  const scratch = mkdtempSync(join(tmpdir(), 'evalsite-bench-time-'));
  const record = join(scratch, 'time.txt');
  const withTime = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-o', record, '-f', '%U %S %M', command, ...args], { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  let cpuSeconds = Number.NaN;
  let peakMb: number | null = null;
  if (withTime && existsSync(record)) {
    // GNU time writes "Command exited with non-zero status N" before its line when the command fails.
    const line = readFileSync(record, 'utf8').trim().split('\n').at(-1) ?? '';
    const [user, system, maxKb] = line.split(' ').map(Number);
    cpuSeconds = (user ?? Number.NaN) + (system ?? Number.NaN);
    peakMb = maxKb === undefined || Number.isNaN(maxKb) ? null : maxKb / 1024;
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallSeconds, cpuSeconds, peakMb, exitCode: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
