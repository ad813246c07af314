/**
 * `npm run pdf [-- --root <folder>] [--out <folder>] [--base <path>]`: builds the site as
 * `evalsite build` does, and prints each evaluation's report page to `<slug>/<slug>.pdf` in it
 * with Debian's Chromium (scripts/io/renderReportPdfs.ts), before the new site replaces the old:
 * a failure leaves the previous site, and no half-written PDF, in place. See docs/report.md.
 */
import { runCli } from './cli.ts';

process.exit(await runCli(['pdf', ...process.argv.slice(2)], { stdout: process.stdout, stderr: process.stderr }));
