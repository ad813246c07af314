import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEMO_FILES, demoManifestWith } from '../support/memoryProject.ts';
import { copyProject, SITE_YAML_WITHOUT_GUIDE } from '../support/projectCopy.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

// Issue 12, item 1: a figure whose defining inputs are absent is "not measured", with the reason
// on the methodology page and in figures.json. The demo without an age column: its one age band,
// "Under 25", cannot be filled.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('a built site says what it could not measure', () => {
  test('the methodology page lists each figure not measured with why and the column it needs; figures.json too', async () => {
    const root = copyProject({
      ...DEMO_FILES,
      'site.yaml': SITE_YAML_WITHOUT_GUIDE,
      'data/demo/evaluation.yaml': demoManifestWith('      age: Age\n', ''),
      'data/demo/clients.csv': 'Client ref,Start,End,Engaged,Gender\nC001,03/02/2014,30/06/2014,Yes,Male\nC002,10/03/2014,,Yes,Female\nC003,,,No,Male\n',
    });
    roots.push(root);
    const run = await runCliInProcess(['build'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = readFileSync(join(root, 'dist/demo/methodology/index.html'), 'utf8');
    expect(page).toContain(
      '<tr><th scope="row">Clients referred — Under 25</th><td>No client has an age recorded, so nobody can be placed in an age band.</td><td>data/demo/clients.csv column age</td><td><code>referred[age-band=under-25]</code></td></tr>',
    );
    const figures = JSON.parse(readFileSync(join(root, 'dist/demo/figures.json'), 'utf8')) as { figures: Array<{ id: string }>; not_measured: Array<{ id: string; missing: unknown }> };
    expect(figures.figures.map((figure) => figure.id).filter((id) => id.includes('age-band'))).toEqual([]);
    expect(figures.not_measured.find((record) => record.id === 'cohort-share[age-band=under-25]')?.missing).toEqual([{ file: 'data/demo/clients.csv', column: 'age' }]);
    // A figure not measured is [x], not available, in the government symbols downloads use.
    expect(figures.not_measured.every((record) => (record as { symbol?: string }).symbol === '[x]')).toBe(true);
    // The examples' own page: Manchester has every input but a contacts dataset (its sessions and
    // hours are per-client cells), so only the figures by month are left out.
    const manchester = readFileSync(join(root, 'dist/manchester/methodology/index.html'), 'utf8');
    const ids = [...manchester.slice(manchester.indexOf('<h2 id="not-measured">')).matchAll(/<td><code>([^<]+)<\/code><\/td><\/tr>/g)].map((match) => match[1]);
    expect(ids).toEqual(['clients-seen-by-month', 'sessions-by-month', 'contact-hours-by-month']);
  });
});
