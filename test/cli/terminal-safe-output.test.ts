// A header in an author's file can carry a terminal's control sequences (ESC ] 0 ; … BEL retitles
// the window, ESC [ 2 J clears the screen). Whatever the command prints about it, they are shown
// as visible escapes, never sent to the terminal as they are.
import { expect, test } from 'vitest';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';
import { temporaryProjects } from '../support/temporaryProjects.ts';

const project = temporaryProjects('evalsite-terminal-');

test('a header holding escape sequences, named twice, is printed with them escaped', async () => {
  const header = 'Notes\u001b]0;pwned\u0007\u001b[2J';
  const clients = DEMO_FILES['data/demo/clients.csv'] ?? '';
  const [first = '', ...rest] = clients.split('\n');
  const root = project({ ...DEMO_FILES, 'data/demo/clients.csv': [`${first},${header},${header}`, ...rest.map((line) => (line === '' ? line : `${line},,`))].join('\n') });
  const run = await runCliInProcess(['check', '--root', root]);
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).toBe(1);
  expect(output).toContain('Notes\\u001b]0;pwned\\u0007\\u001b[2J');
  // No control character but the line feeds and tabs of evalsite's own layout.
  expect(output).not.toMatch(/[^\P{Cc}\t\n]/u);
});
