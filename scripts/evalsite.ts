/**
 * evalsite command line: `evalsite <check|build|pdf> [--root <folder>] [--out <folder>] [--base <path>]`,
 * or `evalsite dev [--root <folder>] [--port <number>]` (the live preview).
 * The command itself is `runCli` in scripts/cli.ts; this entry runs it on the process's arguments
 * and streams, and exits with its code.
 */
import { runCli } from './cli.ts';

process.exit(await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }));
