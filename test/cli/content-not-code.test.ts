import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLIENTS } from '../support/exampleSite.ts';
import { copyProject } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Item 3 of issue 11: what an author supplies is content, never code. Runs the command line's own
// code in-process on copies of the example project.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SUMMARY = 'content/manchester/summary.mdx';
const clientId = () => read(CLIENTS).split('\r\n')[1]?.split(',')[0] ?? '';

function project(changes: Record<string, string>, binaries: Record<string, Uint8Array> = {}): string {
  const root = copyProject(changes);
  roots.push(root);
  for (const [path, bytes] of Object.entries(binaries)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return root;
}

/** A JPEG made by hand: JFIF header, an EXIF segment holding a GPS position and an author, a comment, then the picture's tables and scan. */
function jpegWithMetadata(planted: string): { jpeg: Uint8Array; picture: Uint8Array } {
  const segment = (marker: number, payload: readonly number[]) => [0xff, marker, ((payload.length + 2) >> 8) & 0xff, (payload.length + 2) & 0xff, ...payload];
  const bytes = (text: string) => [...Buffer.from(text, 'latin1')];
  const jfif = segment(0xe0, [...bytes('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const exif = segment(0xe1, bytes(`Exif\0\0MM\0*GPSLatitude 53.4808 N GPSLongitude 2.2426 W Artist ${planted}`));
  const comment = segment(0xfe, bytes(`Taken by ${planted}`));
  const tables = [...segment(0xdb, [0, ...Array.from({ length: 64 }, () => 1)]), ...segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]), ...segment(0xda, [1, 1, 0, 0, 63, 0]), 0x12, 0xff, 0x00, 0x34];
  const start = [0xff, 0xd8];
  const end = [0xff, 0xd9];
  return { jpeg: Uint8Array.from([...start, ...jfif, ...exif, ...comment, ...tables, ...end]), picture: Uint8Array.from([...start, ...jfif, ...tables, ...end]) };
}

describe('a hostile summary', () => {
  test('build refuses it before Astro runs anything: every problem located, exit 1, no dist/, and its code never ran', async () => {
    const hostile = [
      '---',
      'title: Summary',
      '---',
      '',
      "import { writeFileSync } from 'node:fs'",
      '',
      "export const ran = writeFileSync('RAN-AT-BUILD', 'x')",
      '',
      "{writeFileSync('RAN-IN-EXPRESSION', 'x')}",
      '',
      '<script>alert(document.cookie)</script>',
      '',
      '<p onmouseover="alert(1)">Hover</p>',
      '',
      '[Read more](java&#x09;script:alert(1))',
      '',
      '<iframe src="https://example.org/" />',
      '',
      '<style>{`body { display: none }`}</style>',
    ].join('\n');
    const root = project({ [SUMMARY]: hostile });
    const result = await runCliInProcess(['build'], { cwd: root });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith(SUMMARY));
    expect(lines.map((line) => line.split(' — ')[0])).toEqual([
      `${SUMMARY}:5`,
      `${SUMMARY}:7`,
      `${SUMMARY}:9`,
      `${SUMMARY}:11:script`,
      `${SUMMARY}:13:p`,
      `${SUMMARY}:15`,
      `${SUMMARY}:17:iframe`,
      // The expression inside <style> (no column sorts first), then the element.
      `${SUMMARY}:19`,
      `${SUMMARY}:19:style`,
    ]);
    expect(result.stderr).toContain(`${SUMMARY}:5 — an import or export, which would run code when the site is built`);
    expect(result.stderr).toContain(`${SUMMARY}:15 — a link whose address is a javascript: address`);
    expect(result.stderr).toMatch(/^evalsite: 9 problems found; nothing was built\./);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(existsSync(join(root, 'RAN-AT-BUILD'))).toBe(false);
    expect(existsSync(join(root, 'RAN-IN-EXPRESSION'))).toBe(false);
  });
});

describe('front matter where Astro finds it', () => {
  // Astro finds front matter after blank lines and between +++ lines, and imports the module its
  // `layout` key names: a module of the author's would run as the site is built.
  test.each([
    ['after a blank line', (body: string) => `\n---\ntitle: Summary\nlayout: ./evil.js\n---\n${body}`],
    ['in TOML', (body: string) => `+++\ntitle = "Summary"\nlayout = "./evil.js"\n+++\n${body}`],
  ])('a layout %s is refused and never runs', async (_name, summary) => {
    const body = read(SUMMARY).split('---\n').slice(2).join('---\n');
    const root = project({ [SUMMARY]: summary(body) });
    const evil = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(root, 'RAN-AS-LAYOUT'))}, 'x');\nexport default function Layout() { return null; }\n`;
    writeFileSync(join(root, 'content/manchester/evil.js'), evil);
    const result = await runCliInProcess(['build'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${SUMMARY}:[0-9]+(:layout)? — (unknown key "layout"|front matter that does not open and close with a --- line)`, 'm'));
    expect(existsSync(join(root, 'RAN-AS-LAYOUT'))).toBe(false);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});

describe('a summary with no evaluation', () => {
  test('is checked as content all the same, since Astro compiles every summary it finds', async () => {
    const orphan = 'Draft.\n\nimport data from \'../../data/manchester/clients.csv?url\'\n\n<Indicator id="not-checked-here" />\n';
    const root = project({ 'content/draft/summary.mdx': orphan });
    const result = await runCliInProcess(['check'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/draft/summary.mdx:3 — an import or export, which would run code when the site is built');
    // Its components cannot be checked against figures it does not have.
    expect(result.stderr).not.toContain('not-checked-here');
  });
});

describe("the author's files under public/", () => {
  test('check refuses an SVG with a script and a page, naming file and line', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="1" height="1"/>\n<script>alert(1)</script>\n</svg>\n';
    const root = project({ 'public/images/gate.svg': svg, 'public/extra.html': '<script>alert(1)</script>' });
    const result = await runCliInProcess(['check'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('public/images/gate.svg:3 — a <script> element, which would run or load something when the picture is shown');
    expect(result.stderr).toContain('public/extra.html — a .html file, which browsers would run as a page or a program');
  });

  test('build publishes a photo without its metadata, every byte of the picture kept', async () => {
    const { jpeg, picture } = jpegWithMetadata('Jane Example');
    const root = project({}, { 'public/images/photo.jpg': jpeg });
    const result = await runCliInProcess(['build'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(new Uint8Array(readFileSync(join(root, 'dist/images/photo.jpg')))).toEqual(picture);
    // The author's own file is left as it was.
    expect(new Uint8Array(readFileSync(join(root, 'public/images/photo.jpg')))).toEqual(jpeg);
  });

  test('build refuses a file named with a client id, without printing the name', async () => {
    const { jpeg } = jpegWithMetadata('nobody');
    const root = project({}, { [`public/images/${clientId()}.jpg`]: jpeg });
    const result = await runCliInProcess(['build'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist — the name of a built jpg file, or of a folder it is in, holds a value from data/manchester/clients.csv, column Case ref');
    expect(result.stderr).not.toContain(clientId());
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
