import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { keepRelease } from '../../scripts/keepRelease.ts';
import { MINIMAL_MANIFEST } from '../support/memoryProject.ts';
import { copyProject, SITE_YAML_WITHOUT_GUIDE } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Issue 13, items 6 and 7, end to end: release 1 is built and kept with npm run release; release 2
// names it, and its pages list what changed and why, with the differencing protection applied.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** `count` clients C001…, the first `engaged` of them engaged. */
const clients = (count: number, engaged: number) =>
  `client_id,engaged\n${Array.from({ length: count }, (_, index) => `C${String(index + 1).padStart(3, '0')},${index < engaged ? 'Yes' : 'No'}`).join('\n')}\n`;
const manifest = (version: string, release: string) => `${MINIMAL_MANIFEST.replace('version: "1"', `version: "${version}"`)}datasets:\n  clients:\n    file: clients.csv\nrelease:\n${release}`;

describe('a release kept, and the next one built beside it', () => {
  test('version 2 lists its changes from version 1 on the methodology page and in figures.json, and hides what the two together would reveal', async () => {
    const root = copyProject({
      'site.yaml': SITE_YAML_WITHOUT_GUIDE,
      'data/demo/evaluation.yaml': manifest('1', '  reason: First release.\n'),
      'data/demo/clients.csv': clients(50, 42),
      'content/demo/summary.mdx': '# Summary\n',
    });
    roots.push(root);
    // Only the demo: the examples would only slow the two builds down.
    for (const example of ['manchester', 'tayside', 'knowsley', 'needs-inventory']) {
      rmSync(join(root, 'data', example), { recursive: true, force: true });
      rmSync(join(root, 'content', example), { recursive: true, force: true });
    }
    const first = await runCliInProcess(['build'], { cwd: root });
    expect(first.stderr).toBe('');
    expect(keepRelease(['demo'], root).code).toBe(0);

    writeFileSync(join(root, 'data/demo/evaluation.yaml'), manifest('2', '  previous:\n    version: "1"\n    file: releases/1/figures.json\n  reason: Three more clients were referred.\n'));
    writeFileSync(join(root, 'data/demo/clients.csv'), clients(53, 44));
    const second = await runCliInProcess(['build'], { cwd: root });
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);

    const page = readFileSync(join(root, 'dist/demo/methodology/index.html'), 'utf8');
    // 42 of 50 is 84%; version 2's engaged share is hidden, as 44 − 42 would give the 3 new clients' 2 engaged.
    expect(page).toContain('<tr><th scope="row">Engaged with the service</th><td>84% (42 of 50)</td><td>not shown</td><td>Three more clients were referred.</td><td><code>engaged</code></td></tr>');
    expect(page).toContain('<tr><th scope="row">Clients referred</th><td>50</td><td>53</td><td>Three more clients were referred.</td><td><code>referred</code></td></tr>');
    expect(page).toContain('It replaces version 1');
    expect(page).toContain(', together with those of version 1.');
    const figures = JSON.parse(readFileSync(join(root, 'dist/demo/figures.json'), 'utf8')) as {
      release: unknown;
      figures: Array<{ id: string; value: number | null; revision: unknown }>;
    };
    expect(figures.release).toEqual({ version: '2', date: '2015-03-01', previous_version: '1', added: [], removed: [] });
    expect(figures.figures.map((figure) => [figure.id, figure.value, figure.revision])).toEqual([
      ['referred', 53, { previous_value: 50, previous_display: '50', reason: 'Three more clients were referred.' }],
      ['engaged', null, { previous_value: 84, previous_display: '84% (42 of 50)', reason: 'Three more clients were referred.' }],
    ]);
    // Nowhere in what version 2 published is its hidden engaged count (44 of 53, 83%).
    expect(page).not.toMatch(/\b44\b|83%/);
    expect(readFileSync(join(root, 'dist/demo/figures.json'), 'utf8')).not.toMatch(/\b44\b/);
  });

  test('a release published under suppress-1-7-round-5, kept with npm run release, and the next one built beside it: its rounded counts are no false disclosure', async () => {
    const roundFive = (version: string, release: string) => manifest(version, release).replace('release:\n', 'privacy:\n  policy: suppress-1-7-round-5\nrelease:\n');
    const root = copyProject({
      'site.yaml': SITE_YAML_WITHOUT_GUIDE,
      'data/demo/evaluation.yaml': roundFive('1', '  reason: First release.\n'),
      'data/demo/clients.csv': clients(52, 43),
      'content/demo/summary.mdx': '# Summary\n',
    });
    roots.push(root);
    for (const example of ['manchester', 'tayside', 'knowsley', 'needs-inventory', 'jdl-mentoring']) {
      rmSync(join(root, 'data', example), { recursive: true, force: true });
      rmSync(join(root, 'content', example), { recursive: true, force: true });
    }
    const first = await runCliInProcess(['build'], { cwd: root });
    expect(first.stderr).toBe('');
    // Version 1 shows 52 referred as "about 50" and 43 engaged as "about 45" (9 not engaged, at least 8, so shown).
    const kept = JSON.parse(readFileSync(join(root, 'dist/demo/figures.json'), 'utf8')) as { disclosure_rounding: number; figures: Array<{ id: string; value: number; numerator: number | null }> };
    expect(kept.disclosure_rounding).toBe(5);
    expect(kept.figures.map((figure) => [figure.id, figure.numerator])).toEqual([
      ['referred', 50],
      ['engaged', 45],
    ]);
    expect(keepRelease(['demo'], root).code).toBe(0);

    // Version 2: 60 referred, 50 engaged. Read as exact, version 1 had 50 − 45 = 5 not engaged,
    // under its threshold of 8 and pinned: a false alarm. Read as ranges (48 to 52 referred, 43 to
    // 47 engaged), its not engaged is anything from 1 to 9, and the 8 to 12 new clients, 3 to 7
    // of them engaged, are not pinned either: nothing is hidden.
    writeFileSync(join(root, 'data/demo/evaluation.yaml'), roundFive('2', '  previous:\n    version: "1"\n    file: releases/1/figures.json\n  reason: Eight more clients were referred.\n'));
    writeFileSync(join(root, 'data/demo/clients.csv'), clients(60, 50));
    const second = await runCliInProcess(['build'], { cwd: root });
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    const figures = JSON.parse(readFileSync(join(root, 'dist/demo/figures.json'), 'utf8')) as { figures: Array<{ id: string; display: string; disclosure: unknown }> };
    // 60 to base 5 is 60; 50 of 60 is 83%.
    expect(figures.figures.map((figure) => [figure.id, figure.display, figure.disclosure])).toEqual([
      ['referred', 'about 60', null],
      ['engaged', 'about 83%', null],
    ]);
  });
});
