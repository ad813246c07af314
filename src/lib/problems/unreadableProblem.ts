import type { Problem } from './problem.ts';
import { problem } from './problem.ts';

/**
 * Why a project file could not be read as text. Nothing from the file is kept: not its bytes, not
 * the first line of what a link points to. `line` is where bytes that are not UTF-8 begin.
 */
export type Unreadable = { readonly unreadable: 'symlink' | 'folder' | 'permission' | 'other' } | { readonly unreadable: 'not-utf8'; readonly line: number };

/** A project file as read: its text, why it could not be read, or undefined when there is no such file. */
export type FileText = string | Unreadable | undefined;

/** Whether a read failed for a reason other than the file not existing. */
export function isUnreadable(read: FileText): read is Unreadable {
  return typeof read === 'object';
}

/** The located problem for a file that could not be read, printing nothing from it. */
export function unreadableProblem(file: string, read: Unreadable): Problem {
  switch (read.unreadable) {
    case 'symlink':
      return problem('file-is-symlink', { file });
    case 'folder':
      return problem('file-is-folder', { file });
    case 'not-utf8':
      return problem(/\.csv$/i.test(file) ? 'csv-not-utf8' : 'file-not-utf8', { file, row: read.line });
    case 'permission':
    case 'other':
      return problem('file-unreadable', { file }, { reason: read.unreadable });
  }
}
