import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The evalsite folder: the one holding this program (scripts/, src/, astro.config.mjs and
 * node_modules/). Every site is built with its pages, components and configuration, whichever
 * project folder `--root` names.
 */
export const EVALSITE_FOLDER = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/**
 * Where an author finds the docs a message names (`docs/errors.md#cells`): in the evalsite folder,
 * not their project's, and as the author guide of a built site (`/guide/errors/#cells`).
 */
export const WHERE_THE_DOCS_ARE = `docs/ is in the evalsite folder, ${EVALSITE_FOLDER}; /guide/ is the same text in the author guide of a site built with evalsite.`;
