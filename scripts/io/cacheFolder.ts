import { join } from 'node:path';
import { EVALSITE_FOLDER } from './evalsiteFolder.ts';

/**
 * Where what builds keep for later builds lives (evaluations' results, downloads, the leak scan's
 * answers): in the evalsite folder's work folder, never in the project's output folder, so nothing
 * kept is ever published.
 */
export const CACHE_FOLDER = join(EVALSITE_FOLDER, '.evalsite', 'cache');
