import { escapeMarkup } from '../../src/lib/theme/escapeMarkup.ts';

/**
 * What the live preview (`evalsite dev`) shows in place of a page while the data step has
 * problems: the report the command line prints, as text (escaped: a file name or header the
 * author wrote is never read as markup), and Vite's client, which reloads the page when a change
 * fixes them.
 */
export function problemsPage(report: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>evalsite preview: problems found</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1f24; }
pre { white-space: pre-wrap; background: #fdf2f2; border-left: 4px solid #b3261e; padding: 1rem; font-size: 0.95rem; }
</style>
</head>
<body>
<main>
<h1>The preview is waiting for these problems to be fixed</h1>
<p>Fix the files named below and save them: this page updates by itself.</p>
<pre id="evalsite-problems">${escapeMarkup(report.trimEnd())}</pre>
</main>
</body>
</html>
`;
}

/**
 * The same report for Vite's error overlay (Astro's, in the evalsite site), over the page the
 * author has open. The overlay writes the message as markup, so what could open a tag or an
 * entity is escaped here; quotes are not, as they mean nothing inside an element's text and were
 * seen printed as `&quot;`.
 */
export function problemsOverlay(report: string): { name: string; title: string; message: string; hint: string; stack: string } {
  return { name: 'evalsite', title: 'The data step found problems', message: escapeText(report.trimEnd()), hint: 'Fix the files named above and save them: the page updates by itself.', stack: '' };
}

/** Text made safe to write as an element's content: &, < and > as entities; everything else as it is. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
