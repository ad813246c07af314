import type { ReadBytes, ReadText } from '../datasets/loadDatasets.ts';
import type { SiteFonts } from '../theme/siteFonts.ts';

/**
 * Everything the data step needs from outside, in one required object: the project's files, the
 * server-side document charts are drawn into, and the site font's metrics (for wrapping diagram
 * labels and balloon text). `scripts/io/projectEffects.ts` makes the real one for a project
 * folder; `test/support/memoryEffects.ts` makes one for a project held in memory. The library's
 * own pure steps (the disclosure audit, the diagram renderer) are not here: it calls them itself.
 */
export interface ProjectEffects {
  /**
   * A project file's text by its path relative to the project root; undefined when it does not
   * exist; why not when it cannot be read as text (a symbolic link on its path, a folder, no
   * permission, bytes that are not UTF-8), with nothing from the file.
   */
  readonly readText: ReadText;
  /** A project file's bytes (an .xlsx workbook), with the same checks as `readText` but no decoding. */
  readonly readBytes: ReadBytes;
  /** Every symbolic link under data/, content/ and public/ (not followed), as project-relative paths, sorted. */
  readonly findLinks: () => readonly string[];
  /** The files directly inside a project folder, as project-relative paths, sorted; empty when there is no such folder. */
  readonly listFiles: (folder: string) => readonly string[];
  /** Every file under a project folder at any depth, as project-relative paths, sorted; empty when there is no such folder (public/, for the scan of file names). */
  readonly listTree: (folder: string) => readonly string[];
  /** Whether a file exists under the project's public/ folder (journey illustrations). */
  readonly publicFileExists: (path: string) => boolean;
  /**
   * A server-side DOM document charts are drawn into; null when nothing is to be drawn (`evalsite
   * check`): every check still runs, and charts come back with their ids, titles, tables and
   * descriptions but empty drawings (and the journey kit's gallery empty), so such a result is for
   * reporting, never for publishing.
   */
  readonly document: Document | null;
  /**
   * The site's typeface, the one site.yaml chooses (`font`, the default when it chooses none or
   * cannot be read): its CSS family and its metrics, regular and bold.
   */
  readonly fonts: SiteFonts;
}
