/**
 * The output folder a build replaces, and how it is replaced without ever losing a file.
 *
 * `checkOutputFolder` runs before any work: it refuses a folder whose replacement could delete
 * something that is not a site evalsite built (the project, a folder holding it, its source
 * folders, a file, a folder of other files), puts back a site that a killed build left beside the
 * output, and clears what killed builds left behind. `stageSite` makes the folder a build writes
 * into, beside the output so that every rename stays on one file system; `swapInSite` puts it in
 * place: the old site is renamed aside, the new one renamed in, then the old one deleted. Killed
 * at any moment, a build leaves the output folder holding the old site or the new one, whole, or
 * (between the two renames) nothing, with the old site whole beside it, which the next build puts
 * back.
 *
 * Every built site carries the marker file `.evalsite-build` at its top. It is published with the
 * site, so it holds one fixed sentence and the list of the files the build wrote (paths the site
 * publishes anyway): nothing about the project, the computer or the time. The list is what lets
 * the next build tell the site's files from any the author put in the folder since, which it must
 * not delete: a marker alone could be copied into any folder.
 */
import { accessSync, constants, type Dirent, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { EVALSITE_FOLDER } from './evalsiteFolder.ts';

const BUILD_MARKER = '.evalsite-build';
const MARKER_TEXT = 'This folder is a website built by evalsite. The next evalsite build replaces it whole.\n';
/** The line before the list of built files in a whole site's marker (a staging folder's has none yet). */
const FILE_LIST_HEADING = 'The files it built:\n';

/** Folders of the project, and of the evalsite folder, that a build must never write into or replace. */
const PROJECT_FOLDERS = ['data', 'content', 'public', 'src', 'scripts', 'node_modules', '.git', '.evalsite'];

/** The output folder, checked: where the site goes, under its real path (symbolic links followed). */
export interface OutputFolder {
  /** The output folder's real path: the site is swapped in here. */
  readonly path: string;
}

/**
 * Checks that `out` may be replaced by a build of the project in `root` (with the evalsite folder
 * this program is in), then puts back or clears what killed builds left beside it. Returns the
 * folder, or the message to print: then nothing at all has been changed.
 */
export function checkOutputFolder(root: string, out: string): OutputFolder | string {
  const project = realPath(root);
  const evalsite = realPath(EVALSITE_FOLDER);
  const path = realPath(out);
  const shown = path === out ? out : `${out} (which leads to ${path})`;
  const refuse = (why: string, todo = 'Choose another folder with --out, for example --out dist.') =>
    `evalsite: the output folder ${shown} ${why} ${todo} Nothing was built or deleted. See docs/errors.md#the-output-folder.`;
  if (path === project) return refuse('is the project folder itself: building there would delete your data.');
  if (isInside(project, path)) return refuse(`contains the project folder ${project}: building there would delete your data.`);
  if (path === evalsite || isInside(evalsite, path)) return refuse(`${path === evalsite ? 'is' : 'contains'} the evalsite folder ${evalsite}: building there would delete evalsite itself.`);
  for (const owner of evalsite === project ? [project] : [project, evalsite]) {
    for (const name of PROJECT_FOLDERS) {
      const folder = join(owner, name);
      if ([folder, realPath(folder)].some((protectedFolder) => path === protectedFolder || isInside(path, protectedFolder))) {
        return refuse(
          `is ${path === realPath(folder) ? '' : 'inside '}the ${owner === project ? "project's" : "evalsite folder's"} ${name}/ folder, which the build reads from or needs.`,
          'Choose a folder outside data/, content/, public/, src/, scripts/, node_modules/, .git/ and .evalsite/, for example --out dist.',
        );
      }
    }
  }
  if (existsSync(path) && !statSync(path).isDirectory()) return refuse('is a file, not a folder.');
  const foreign = existsSync(path) ? foreignEntries(path, project) : 0;
  if (foreign === undefined) return refuse('cannot be read, so evalsite cannot tell whether it may replace it.');
  if (foreign > 0) {
    return refuse(
      `holds ${foreign} file${foreign === 1 ? '' : 's'} or folder${foreign === 1 ? '' : 's'} that no evalsite build wrote; a build replaces its output folder whole.`,
      'Choose a new or empty folder with --out. If it is a site an older evalsite built, delete the folder once and build again.',
    );
  }
  // Checked after the folder is known to be a site, so that a folder of other files is never walked whole.
  const writable = writableProblem(path);
  if (writable) return refuse(writable, 'Make it writable, or choose another folder with --out.');
  recoverLeftovers(path);
  return { path };
}

/** A new, empty, marked folder beside the output folder for the build to write into. */
export function stageSite({ path }: OutputFolder): string {
  const staging = leftoverPath(path, 'staging', process.pid);
  mkdirSync(dirname(path), { recursive: true });
  // Never emptied first: checkOutputFolder cleared this process's own leftovers, so a folder of this name is not ours to delete.
  mkdirSync(staging);
  // Marked before anything is built in it, so a build killed at any point leaves a folder the next one recognises.
  writeFileSync(join(staging, BUILD_MARKER), MARKER_TEXT);
  return staging;
}

/** Deletes a staging folder whose site will not be published. */
export function discardStaging(staging: string): void {
  removeBuiltFolder(staging);
}

/**
 * Puts the staged site in place of the output folder: the old site renamed aside, the new one
 * renamed in, the old one deleted. A failure before the new site is in leaves the old one in
 * place and deletes the staging folder.
 */
export function swapInSite(staging: string, { path }: OutputFolder): void {
  const old = leftoverPath(path, 'old', process.pid);
  const fail = (why: string): Error => {
    discardStaging(staging);
    return new Error(`the output folder ${path} ${why}; the previous site was left as it was, and the new one deleted.`);
  };
  const problem = writableProblem(path);
  if (problem) throw fail(problem.replace(/\.$/, ''));
  try {
    // The new site's marker, whatever the site builder wrote, lists every file it holds.
    writeFileSync(join(staging, BUILD_MARKER), markerListing(staging));
    // A site an older evalsite built is marked too, so that if this build is killed once it is aside, the next one puts it back.
    if (existsSync(path) && !isMarked(path)) writeFileSync(join(path, BUILD_MARKER), markerListing(path));
  } catch (error) {
    throw fail(`could not be marked (${errorCode(error)})`);
  }
  // Another build of the same project may put its site in between our renames: then ours goes in after it.
  for (let attempt = 0; ; attempt += 1) {
    let movedAside = false;
    try {
      renameSync(path, old);
      movedAside = true;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw fail(`could not be moved aside (${errorCode(error)})`);
    }
    try {
      renameSync(staging, path);
    } catch (error) {
      if (movedAside) putBack(old, path);
      if (attempt < 5 && ['ENOTEMPTY', 'EEXIST'].includes(errorCode(error))) continue;
      throw fail(`could not be replaced (${errorCode(error)})`);
    }
    // The new site is in place. An old site that cannot be deleted now stays marked, and the next build deletes it.
    try {
      if (movedAside) removeBuiltFolder(old);
    } catch {
      // Left for the next build.
    }
    return;
  }
}

/** Puts the old site back after a failed swap; if another build's site took its place meanwhile, the old one is not needed. */
function putBack(old: string, path: string): void {
  try {
    renameSync(old, path);
  } catch {
    // Only when another site now stands in its place; otherwise it stays aside, marked, and the next build puts it back.
    if (existsSync(path)) removeBuiltFolder(old);
  }
}

/**
 * What killed builds left beside the output folder: a staging folder (never published: deleted),
 * or the old site renamed aside (put back if the output folder is missing, else deleted). Only
 * folders named as a build names them, marked (or empty), whose build's process is gone.
 */
function recoverLeftovers(path: string): void {
  const parent = dirname(path);
  if (!existsSync(parent) || !canWrite(parent)) return;
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(path))}-(staging|old)-(\\d+)$`);
  const leftovers = readdirSync(parent)
    .map((name) => ({ folder: join(parent, name), match: pattern.exec(name) }))
    .filter(({ folder, match }) => match && !isRunning(Number(match[2])) && isBuiltOrEmpty(folder))
    .map(({ folder, match }) => ({ folder, kind: match?.[1], time: modified(folder) }))
    // The most recently built old site first: it is the one to put back.
    .sort((a, b) => (a.kind === b.kind ? b.time - a.time : a.kind === 'old' ? -1 : 1));
  for (const { folder, kind } of leftovers) {
    // Another build starting at the same moment may be clearing the same folders: what fails here is left to it, or to the next build.
    try {
      if (kind === 'old' && !existsSync(path) && isMarked(folder)) renameSync(folder, path);
      else removeBuiltFolder(folder);
    } catch {
      continue;
    }
  }
}

function modified(folder: string): number {
  try {
    return lstatSync(folder).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether a process with this id is running. This process's own id names leftovers of an earlier run in it (runs here are one at a time). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Deletes a built folder, its marker last, so a deletion cut short leaves a folder still recognised as built. */
function removeBuiltFolder(folder: string): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder)) if (entry !== BUILD_MARKER) rmSync(join(folder, entry), { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
}

function isBuiltOrEmpty(folder: string): boolean {
  try {
    return lstatSync(folder).isDirectory() && (isMarked(folder) || readdirSync(folder).length === 0);
  } catch {
    return false;
  }
}

function isMarked(folder: string): boolean {
  return markerText(folder)?.startsWith(MARKER_TEXT) === true;
}

function markerText(folder: string): string | undefined {
  const marker = join(folder, BUILD_MARKER);
  try {
    return lstatSync(marker).isFile() ? readFileSync(marker, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** The files a marked site's marker lists as built, or undefined for a marker without the list. */
function listedFiles(folder: string): Set<string> | undefined {
  const text = markerText(folder);
  if (!text?.startsWith(`${MARKER_TEXT}${FILE_LIST_HEADING}`)) return undefined;
  return new Set(
    text
      .slice(MARKER_TEXT.length + FILE_LIST_HEADING.length)
      .split('\n')
      .filter((line) => line !== ''),
  );
}

/** The marker of a whole site: the sentence, and the list of the files it holds. */
function markerListing(folder: string): string {
  return `${MARKER_TEXT}${FILE_LIST_HEADING}${filesBelow(folder).join('\n')}\n`;
}

/** Every file (not folder) below `folder`, as sorted paths relative to it with "/", the marker left out. */
function filesBelow(folder: string): string[] {
  return (listBelow(folder, true) ?? [])
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => file !== BUILD_MARKER)
    .sort();
}

/**
 * How many files and folders in an existing output folder no evalsite build wrote: none when it is
 * empty. A marked site holds only the files its marker lists (any other was put there since, and
 * is not the build's to delete). A site an older evalsite built, with no marker or one without the
 * list, is recognised by its shape (index.html and _astro/ at the top, and nothing but pages,
 * figures, chart downloads, Astro's assets and copies of the project's public/ files). Only what
 * older versions wrote: every kind of file added since (search index, tables, PNGs, share images,
 * sitemap, robots.txt, 404 page, site-wide figures) comes with the marker, so an unmarked folder
 * holding one is someone else's and is never replaced.
 */
function foreignEntries(path: string, project: string): number | undefined {
  const top = listBelow(path, false);
  if (top === undefined) return undefined;
  if (top.length === 0) return 0;
  const listed = listedFiles(path);
  if (listed) {
    const below = listBelow(path, true);
    if (below === undefined) return undefined;
    return filesBelow(path).filter((file) => !listed.has(file)).length;
  }
  // A marker without the list (a site an evalsite built before the list, or one marked as it went aside) is not itself foreign.
  const others = top.filter((entry) => entry.name !== BUILD_MARKER || !isMarked(path));
  if (others.length === 0) return 0;
  const names = new Set(others.map((entry) => entry.name));
  if (!names.has('index.html') || !names.has('_astro') || !statSync(join(path, '_astro')).isDirectory()) return others.length;
  return listBelow(path, true)?.filter((entry) => {
    const file = relative(path, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isDirectory() || (file === BUILD_MARKER && isMarked(path))) return false;
    if (!entry.isFile()) return true;
    // favicon.svg: older evalsites published their icon at the top.
    return !(
      file.startsWith('_astro/') ||
      file === 'favicon.svg' ||
      /(^|\/)index\.html$/.test(file) ||
      /^[a-z0-9-]+\/(figures\.json|charts\/[a-z0-9-]+\.(csv|svg))$/.test(file) ||
      isPublicFile(project, file)
    );
  }).length;
}

/** The entries of a folder (and, `recursive`, of every folder below it), or undefined when one cannot be read. */
function listBelow(path: string, recursive: boolean): Dirent[] | undefined {
  try {
    return readdirSync(path, { recursive, withFileTypes: true });
  } catch {
    return undefined;
  }
}

function isPublicFile(project: string, file: string): boolean {
  const source = join(project, 'public', file);
  return existsSync(source) && lstatSync(source).isFile();
}

/** Why the build could not create its staging folder beside `path`, or replace and delete what is there; undefined when it can. */
function writableProblem(path: string): string | undefined {
  let parent = dirname(path);
  while (!existsSync(parent)) parent = dirname(parent);
  if (!canWrite(parent)) return `cannot be written: its folder ${parent} is read-only.`;
  if (!existsSync(path)) return undefined;
  const below = listBelow(path, true);
  if (below === undefined) return 'cannot be replaced: a folder inside it cannot be read.';
  const folders = [path, ...below.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))];
  const readOnly = folders.find((folder) => !canWrite(folder));
  return readOnly === undefined ? undefined : `cannot be replaced: ${readOnly === path ? 'it' : `the folder ${readOnly} inside it`} is read-only.`;
}

function canWrite(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folder a build of `path` stages in, or renames the old site to: `.<name>-staging-<pid>`, `.<name>-old-<pid>`. */
function leftoverPath(path: string, kind: 'staging' | 'old', pid: number): string {
  return join(dirname(path), `.${basename(path)}-${kind}-${pid}`);
}

/** `path` with symbolic links followed, also when it (or its last folders) does not exist yet. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/** Whether `inner` lies strictly inside `outer`. */
function isInside(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

function errorCode(error: unknown): string {
  return typeof error === 'string' ? error : error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
