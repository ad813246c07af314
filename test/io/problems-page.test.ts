import { decodeHTML } from 'entities';
import { describe, expect, test } from 'vitest';
import { problemsOverlay, problemsPage } from '../../scripts/io/problemsPage.ts';

// The live preview shows the command line's problems report in the browser. A header or file name
// the author wrote may look like markup: it is shown as text, never read as a tag.
const REPORT = 'evalsite: 1 problem found.\n\ndata/x/clients.csv:1:<img src=x onerror=alert(1)> — a header & more — a known column\n';

describe('the problems page and overlay of npm run dev', () => {
  test('the page holds the report as text: escaped, and read back the same', () => {
    const page = problemsPage(REPORT);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const shown = /<pre id="evalsite-problems">([\s\S]*?)<\/pre>/.exec(page)?.[1] ?? '';
    expect(decodeHTML(shown)).toBe(REPORT.trimEnd());
    // Vite's client is on the page, so it reloads when the problems are fixed.
    expect(page).toContain('<script type="module" src="/@vite/client"></script>');
  });

  test('the overlay, which writes its message as markup, gets it escaped', () => {
    const overlay = problemsOverlay(REPORT);
    expect(overlay.message).not.toContain('<img');
    expect(decodeHTML(overlay.message)).toBe(REPORT.trimEnd());
    expect(overlay.stack).toBe('');
  });

  test('quotes in the overlay stay quotes: escaped, they were seen printed as &quot;', () => {
    const overlay = problemsOverlay('evaluation.yaml:7:fundr — unknown key "fundr" — did you mean "funder"?');
    expect(overlay.message).toBe('evaluation.yaml:7:fundr — unknown key "fundr" — did you mean "funder"?');
  });
});
