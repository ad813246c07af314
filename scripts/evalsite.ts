/**
 * evalsite command line: `evalsite <check|build|pdf> [--root <folder>] [--out <folder>] [--base <path>]`,
 * or `evalsite dev [--root <folder>] [--port <number>]` (the live preview).
 * The command itself is `runCli` in scripts/cli.ts; this entry runs it on the process's arguments
 * and streams, and exits with its code.
 */
import { enableCompileCache } from 'node:module';

// Node keeps evalsite's modules compiled (its own code, never a project's files) in its cache
// folder, so that a command after the first does not strip and compile them all again: `check`
// spends a good part of its time loading code.
enableCompileCache();
const { runCli } = await import('./cli.ts');

process.exit(await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }));
