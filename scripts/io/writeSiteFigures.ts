import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationResult } from '../../src/lib/index.ts';
import { siteFiguresJson } from '../../src/site/siteFigures.ts';
import { nameTaken } from './writeNewSiteFile.ts';

/**
 * Writes the site-wide figures.json (src/site/siteFigures.ts) into `folder`, one evaluation's
 * records at a time, so that memory does not grow with the portfolio: made by Astro, the file of
 * 100 evaluations (about 93 MB) was held three times over while the pages were made. `base` is the
 * path the site is published under. Never over a file already there, as writeNewSiteFile writes.
 */
export function writeSiteFigures(folder: string, evaluations: readonly EvaluationResult[], base: string): void {
  const prefix = base.replace(/\/?$/, '/');
  let descriptor: number;
  try {
    descriptor = openSync(join(folder, 'figures.json'), 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw nameTaken('figures.json', error);
    throw error;
  }
  try {
    for (const part of siteFiguresJson(evaluations, (path) => `${prefix}${path.replace(/^\//, '')}`)) writeFileSync(descriptor, part);
  } finally {
    closeSync(descriptor);
  }
}
