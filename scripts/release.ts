/**
 * `npm run release -- <evaluation> [--root <project>] [--out <built site>]`: keeps the built
 * evaluation's figures.json in the project for the next release (scripts/keepRelease.ts).
 */
import { keepRelease } from './keepRelease.ts';

const { code, message } = keepRelease(process.argv.slice(2), process.cwd());
(code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
process.exit(code);
