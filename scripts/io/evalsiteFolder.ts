import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The evalsite folder: the one holding this program (scripts/, src/, astro.config.mjs and
 * node_modules/). Every site is built with its pages, components and configuration, whichever
 * project folder `--root` names.
 */
export const EVALSITE_FOLDER = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
