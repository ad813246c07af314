import { statSync } from 'node:fs';

/** Why the --root folder cannot be a project (it does not exist, or is a file), or undefined when it is a folder. */
export function projectFolderProblem(root: string): string | undefined {
  const stats = statSync(root, { throwIfNoEntry: false });
  const expected = 'the folder that holds data/ and content/';
  if (stats === undefined) return `evalsite: the project folder ${root} (--root) does not exist — ${expected}`;
  if (!stats.isDirectory()) return `evalsite: the project folder ${root} (--root) is a file, not a folder — ${expected}`;
  return undefined;
}
