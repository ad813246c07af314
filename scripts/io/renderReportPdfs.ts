import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { steadyPdf } from './steadyPdf.ts';
import { serveFolder } from './servedFolder.ts';

/** Debian's Chromium, which prints the reports (EVALSITE_CHROMIUM names another): evalsite never downloads a browser of its own. */
function chromiumPath(): string {
  return process.env['EVALSITE_CHROMIUM'] ?? '/usr/bin/chromium';
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];

/** How a report is printed: A4 unless the page's print stylesheet names a page size (its theory of change is landscape), backgrounds kept, tagged for screen readers, with bookmarks from its headings. */
export const REPORT_PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Why the reports cannot be printed on this computer, as the message to print; undefined when they can. */
export function chromiumProblem(): string | undefined {
  const path = chromiumPath();
  if (existsSync(path)) return undefined;
  return (
    `evalsite: cannot make the PDF reports: Chromium is not installed (${path} does not exist). ` +
    "Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium) and run npm run pdf again. Nothing was built or deleted. See docs/report.md."
  );
}

/** One evaluation to print: its slug and the date its PDF carries (the evaluation's publication date, so the file is the same at every print). */
export interface ReportToPrint {
  readonly slug: string;
  readonly published: string;
}

/**
 * Prints each evaluation's report page (`<slug>/report/`) of the built site in `folder` to
 * `<slug>/<slug>.pdf` beside it, with Chromium: A4 as the page's print stylesheet sets it, with
 * real text (Chromium writes the page's text, not a picture of it), tagged and with bookmarks from
 * the headings. The site is served from the folder on 127.0.0.1 under its base path. Each PDF is
 * written to a temporary name and renamed, so a file of that name is always whole.
 */
export async function renderReportPdfs(folder: string, base: string, reports: readonly ReportToPrint[]): Promise<void> {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  const { chromium } = await import('playwright-core');
  const served = await serveFolder(folder, base);
  // Dates and times the page might print are the same wherever it is printed.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, env: { ...process.env, TZ: 'UTC', LANG: 'en_GB.UTF-8' } });
  try {
    const page = await browser.newPage();
    for (const { slug, published } of reports) {
      const response = await page.goto(`${served.url}${slug}/report/`, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`the report page of ${slug} could not be opened to print it (${response ? `HTTP ${response.status()}` : 'no answer'})`);
      await page.evaluate(async () => {
        await document.fonts.ready;
        // A link to another page of the site would lead, in the PDF, to this temporary server: it is printed as its words only.
        // Links within the report (the contents) and to other sites stay.
        for (const link of document.querySelectorAll('a[href]')) {
          const target = new URL(link.getAttribute('href') ?? '', location.href);
          if (target.origin === location.origin && !(target.pathname === location.pathname && target.hash !== '')) link.removeAttribute('href');
        }
      });
      const pdf = await page.pdf(REPORT_PDF_OPTIONS);
      const target = join(folder, slug, `${slug}.pdf`);
      // Never over a file already there (public/ files at the site's addresses are refused earlier: publicAddressClash.ts).
      if (existsSync(target)) throw new Error(`public/${slug}/${slug}.pdf has the name of a file evalsite makes; rename or remove it (see docs/errors.md#the-build-itself).`);
      const partial = `${target}.partial-${process.pid}`;
      try {
        writeFileSync(partial, steadyPdf(pdf, published));
        renameSync(partial, target);
      } finally {
        rmSync(partial, { force: true });
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
}
