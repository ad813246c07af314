import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../scripts/cli.ts';
import { keptPagesFolder } from '../../scripts/io/keptPages.ts';
import { folderListing } from '../support/folderListing.ts';
import { copyProject, runCliProcess } from '../support/projectCopy.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SLUGS = ['manchester', 'second'];
/** Written after the end of a kept page: readers and the search index never see it, a byte comparison does. */
const MARK = '\n<!-- kept page -->\n';
const PAGE = 'manchester/methodology/index.html';
const CHANGED_PAGE = 'second/methodology/index.html';

let project: string;
let out: string;
const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
const build = (...flags: string[]) => runCli(['build', '--root', project, '--out', out, ...flags], quiet);

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'evalsite-kept-pages-'));
  out = join(project, 'dist');
  for (const slug of SLUGS) {
    cpSync(join(ROOT, 'data/manchester'), join(project, 'data', slug), { recursive: true });
    cpSync(join(ROOT, 'content/manchester'), join(project, 'content', slug), { recursive: true });
  }
  writeFileSync(join(project, 'site.yaml'), 'organisation: Kept pages test\nfooter: The first footer.\n');
});

afterAll(() => {
  rmSync(keptPagesFolder(out), { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

/** Marks the kept copy of a page, so a page copied from the kept build shows it and one laid out again does not. */
function markKept(page: string): void {
  appendFileSync(join(keptPagesFolder(out), 'dist', page), MARK);
}

const published = (page: string) => readFileSync(join(out, page), 'utf8');

describe("a rebuild copies an unchanged evaluation's pages from the last build of the same output folder", () => {
  test('after one evaluation changes, the other is copied, and the site is byte for byte what a build from nothing makes', { timeout: 300_000 }, async () => {
    expect(await build()).toBe(0);
    expect(existsSync(join(keptPagesFolder(out), 'dist', PAGE))).toBe(true);

    // The second evaluation changes: a client's age, and its title, which the first's pages would show if they listed the others.
    const clients = join(project, 'data/second/clients.csv');
    const text = readFileSync(clients, 'utf8');
    const changed = text.replace('CLI0001,12/11/2013,21/12/2013,28/02/2015,Yes,69,69.00', 'CLI0001,12/11/2013,21/12/2013,28/02/2015,Yes,68,68.00');
    expect(changed).not.toBe(text);
    writeFileSync(clients, changed);
    const manifest = join(project, 'data/second/evaluation.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^title: .*$/m, 'title: A second programme, renamed'));
    markKept(PAGE);
    markKept(CHANGED_PAGE);

    // --no-cache lays out every page afresh: no kept copy is used, and the kept ones are left as they were.
    expect(await build('--no-cache')).toBe(0);
    expect(published(PAGE)).not.toContain(MARK);
    expect(published(CHANGED_PAGE)).toContain('A second programme, renamed');
    const fresh = folderListing(out);

    expect(await build()).toBe(0);
    // Copied: the first evaluation is unchanged. Laid out again: the second's data changed.
    expect(published(PAGE).endsWith(MARK)).toBe(true);
    expect(published(CHANGED_PAGE)).not.toContain(MARK);
    writeFileSync(join(out, PAGE), published(PAGE).slice(0, -MARK.length));
    expect(folderListing(out)).toEqual(fresh);
  });

  test("a change to the site's settings lays out every evaluation's pages again", { timeout: 300_000 }, async () => {
    expect(await build()).toBe(0);
    markKept(PAGE);
    // The footer: a setting the pages show and the evaluations' results do not hold.
    writeFileSync(join(project, 'site.yaml'), 'organisation: Kept pages test\nfooter: The footer since.\n');
    expect(await build()).toBe(0);
    expect(published(PAGE)).not.toContain(MARK);
    expect(published(PAGE)).toContain('The footer since.');
  });

  test("after a change to evalsite's own code, every copied page links to stylesheets the site has", { timeout: 300_000 }, async () => {
    // A copy of evalsite, so its code can change; its kept pages are in its own folder, removed with it.
    const evalsite = copyProject();
    const copyOut = join(project, 'dist-copy');
    try {
      const copyBuild = () => runCliProcess(['build', '--root', project, '--out', copyOut], { cwd: evalsite });
      expect((await copyBuild()).status).toBe(0);
      // A new page that touches no evaluation page but changes how the site's styles are split into files.
      writeFileSync(join(evalsite, 'src/pages/extra.astro'), "---\nimport '../styles/site.css';\n---\n<p>Extra</p>\n");
      const again = await copyBuild();
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      const links = readdirSync(copyOut, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.html'))
        .flatMap((file) => [...readFileSync(join(copyOut, file), 'utf8').matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)].map((found) => found[1] ?? ''));
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((link) => !existsSync(join(copyOut, link)))).toEqual([]);
    } finally {
      rmSync(evalsite, { recursive: true, force: true });
    }
  });

  test('with every result held on disk, a change to a part held there alone lays its pages out again, and the site is what results in memory make', { timeout: 300_000 }, async () => {
    // Results on disk from 0 evaluations: every evaluation's large parts on disk (scripts/io/evaluationsOnDisk.ts), as in a large portfolio.
    const onDisk = (...flags: string[]) => runCli(['build', '--root', project, '--out', out, ...flags], { ...quiet, resultsOnDiskFrom: 0 });
    expect(await onDisk()).toBe(0);
    markKept(PAGE);
    markKept(CHANGED_PAGE);
    // One client's sessions, which reach the figures (held on disk), not the title or the headline.
    const clients = join(project, 'data/second/clients.csv');
    const text = readFileSync(clients, 'utf8');
    const changed = text.replace(/^(CLI0002,[^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,)(\d+)/m, (_, head: string, sessions: string) => `${head}${Number(sessions) + 1}`);
    expect(changed).not.toBe(text);
    writeFileSync(clients, changed);

    expect(await onDisk()).toBe(0);
    expect(published(PAGE).endsWith(MARK)).toBe(true);
    expect(published(CHANGED_PAGE)).not.toContain(MARK);
    writeFileSync(join(out, PAGE), published(PAGE).slice(0, -MARK.length));
    const held = folderListing(out);

    expect(await build('--no-cache')).toBe(0);
    expect(folderListing(out)).toEqual(held);
  });
});
