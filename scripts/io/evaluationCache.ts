import { createHash } from 'node:crypto';
import { realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildEvaluation, type EvaluateOne, type ProjectEffects } from '../../src/lib/index.ts';
import { readSealed, writeSealed } from './sealedFile.ts';
import { codeVersion } from './codeVersion.ts';
import { CACHE_FOLDER } from './cacheFolder.ts';

export { CACHE_FOLDER } from './cacheFolder.ts';

type Built = ReturnType<EvaluateOne>;

/** One call the data step made to the outside: which effect, with what, and a hash of what came back. */
interface Read {
  readonly effect: string;
  readonly args: string;
  readonly result: string;
}

interface Entry {
  readonly format: number;
  readonly code: string;
  readonly project: string;
  readonly slug: string;
  readonly reads: readonly Read[];
  /** Whether its charts were drawn: a result computed without a document (`check`) has empty drawings and is never published. */
  readonly drawn: boolean;
  /** The typeface its charts and diagrams were drawn and measured in (site.yaml's `font`, read before the traced effects). */
  readonly font: string;
  readonly built: Built;
}

const FORMAT = 2;
const MAGIC = Buffer.from('evalsite-cache\n');

/**
 * Each evaluation's data step, taken from the result kept by an earlier build when every file it
 * read then (manifest, datasets, content, the previous release, the public/ files it asked
 * about, the folders it listed) reads the same now and evalsite's own program is the same
 * (`codeVersion`); otherwise computed, and kept for the next build.
 *
 * Whether an input changed is decided by its content, never its size or time: every read is made
 * again and its hash compared. What is kept is the whole result, with the problems and warnings
 * of the identifier scan and the ids the leak scan searches the built site for, so a kept result
 * is checked as a fresh one would be. An entry is written whole or not at all (a temporary file
 * renamed into place) and carries a hash of itself: a damaged or unfinished one is ignored.
 */
export function cachedEvaluation(root: string, { folder = CACHE_FOLDER, code = codeVersion(), compute = buildEvaluation }: CacheOptions = {}): EvaluateOne {
  const project = realProject(root);
  return (slug, effects) => {
    const kept = keptResult(project, slug, effects, { folder, code });
    if (kept) return kept;
    const traced = tracedEffects(effects);
    const built = compute(slug, traced.effects);
    const reads = traced.reads();
    if (reads !== undefined) writeEntry(folder, entryFile(folder, project, slug), { format: FORMAT, code, project, slug, reads, drawn: effects.document !== null, font: effects.fonts.family, built });
    return built;
  };
}

/**
 * The result kept for an evaluation, when every read it made reads the same now and the program
 * is the same; otherwise undefined. Asked first, so only the evaluations that changed are handed
 * to worker threads.
 */
export function keptEvaluation(root: string, slug: string, effects: ProjectEffects, { folder = CACHE_FOLDER, code = codeVersion() }: CacheOptions = {}): Built | undefined {
  return keptResult(realProject(root), slug, effects, { folder, code });
}

function keptResult(project: string, slug: string, effects: ProjectEffects, { folder, code }: { folder: string; code: string }): Built | undefined {
  const kept = readEntry(entryFile(folder, project, slug));
  // A build, which draws, never takes a result kept by `check`, which did not; `check` may take either.
  const drawnEnough = kept?.drawn === true || effects.document === null;
  return kept?.format === FORMAT && kept.code === code && kept.project === project && kept.slug === slug && drawnEnough && kept.font === effects.fonts.family && readsTheSame(kept.reads, effects)
    ? kept.built
    : undefined;
}

/** Removes the results kept for these evaluations of a project, for a project that is about to be deleted (the benchmark's). */
export function forgetKeptResults(root: string, slugs: readonly string[], folder = CACHE_FOLDER): void {
  const project = realProject(root);
  for (const slug of slugs) rmSync(entryFile(folder, project, slug), { force: true });
}

function entryFile(folder: string, project: string, slug: string): string {
  return join(folder, `${createHash('sha256').update(`${project}\0${slug}`).digest('hex').slice(0, 40)}.entry`);
}

export interface CacheOptions {
  /** Where entries are kept (default: CACHE_FOLDER). */
  readonly folder?: string;
  /** The program's version (default: `codeVersion()`); tests pass others. */
  readonly code?: string;
  /** The data step itself (default: `buildEvaluation`); tests count its calls. */
  readonly compute?: EvaluateOne;
}

function realProject(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(serialize(value)).digest('hex');
}

/**
 * The effects, with every call to the outside written down. Anything that cannot be written down
 * (an argument or a result that cannot be copied) makes the result one that is not kept.
 */
function tracedEffects(effects: ProjectEffects): { effects: ProjectEffects; reads: () => Read[] | undefined } {
  const reads = new Map<string, Read>();
  let untraceable = false;
  const traced: Record<string, unknown> = {};
  for (const [effect, value] of Object.entries(effects as unknown as Record<string, unknown>)) {
    if (typeof value !== 'function') {
      // The chart document and the font metrics belong to evalsite's program, not the project.
      traced[effect] = value;
      continue;
    }
    traced[effect] = (...args: unknown[]): unknown => {
      const result: unknown = Reflect.apply(value, effects, args);
      try {
        const call = JSON.stringify(args);
        const read = { effect, args: call, result: hashOf(result) };
        const earlier = reads.get(`${effect}\0${call}`);
        // A file that changed while it was being read twice: the result is not kept.
        if (earlier && earlier.result !== read.result) untraceable = true;
        if (!earlier) reads.set(`${effect}\0${call}`, read);
      } catch {
        untraceable = true;
      }
      return result;
    };
  }
  return { effects: traced as unknown as ProjectEffects, reads: () => (untraceable ? undefined : [...reads.values()]) };
}

/** Whether every call the kept result depended on gives the same answer today. */
function readsTheSame(reads: readonly Read[], effects: ProjectEffects): boolean {
  const table = effects as unknown as Record<string, unknown>;
  try {
    return reads.every((read) => {
      const effect = table[read.effect];
      if (typeof effect !== 'function') return false;
      const args: unknown = JSON.parse(read.args);
      return Array.isArray(args) && hashOf(Reflect.apply(effect, effects, args)) === read.result;
    });
  } catch {
    return false;
  }
}

/** The entry in a file, or undefined when there is none or it is damaged. */
function readEntry(file: string): Entry | undefined {
  const payload = readSealed(file, MAGIC);
  if (payload === undefined) return undefined;
  try {
    const entry: unknown = deserialize(payload);
    return typeof entry === 'object' && entry !== null && 'built' in entry && 'reads' in entry && Array.isArray(entry.reads) ? (entry as Entry) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes an entry whole or not at all; only the person building may read it: it holds the ids the leak scan searches for. */
function writeEntry(folder: string, file: string, entry: Entry): void {
  writeSealed(folder, file, MAGIC, serialize(entry));
}
