import { closeSync, fstatSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { EvaluationResult } from '../../src/lib/index.ts';
import { canonicalDigest } from '../../src/site/canonicalDigest.ts';
import { HELD_OUTLINE, HELD_PARTS_DIGEST, outlineOf } from '../../src/site/heldParts.ts';
import { collectGarbage } from './collectGarbage.ts';
import { clearEndedBuilds, WORK_FOLDER } from './runAstro.ts';

/**
 * The parts of an evaluation's result that make up nearly all of it (about 2.2 of its 2.25 MB in
 * the example: charts, figures, journey panels, the figures' CSV, the theory of change, the
 * measures' definitions). The rest (titles, period, headline, sections) is small and read by
 * site-wide pages for every evaluation.
 */
export const PARTS_ON_DISK = ['charts', 'figures', 'journeys', 'figuresCsv', 'theoryOfChange', 'metrics'] as const satisfies ReadonlyArray<keyof EvaluationResult>;
type PartOnDisk = (typeof PARTS_ON_DISK)[number];
const ON_DISK: ReadonlySet<string> = new Set(PARTS_ON_DISK);

/**
 * How many parts read back are kept in memory, the most recently read: two evaluations' worth,
 * since the chart pictures are drawn while the pages are laid out, each going through the
 * evaluations in order (the pages one evaluation at a time: astro.config.mjs). Before Astro
 * starts, the tables and the list of pictures read each evaluation back once more.
 */
const PARTS_KEPT_READ = 2 * PARTS_ON_DISK.length;

/**
 * A full garbage collection after each 256 MB of parts written or read back. A result let go once
 * written, and a part read back, soon become garbage, but live long enough (the pages of an
 * evaluation read a part) to be moved out of the young generation, and Node.js let that grow by
 * gigabytes before collecting it, memory the process then kept: at 500 evaluations the peak of the
 * page-making stage was 3.8 GB without this, 2.4 GB with it, and the build no slower (a collection
 * takes a few tenths of a second, about once per 40 evaluations).
 */
const COLLECT_EVERY = 256 * 2 ** 20;

/**
 * From how many evaluations a build holds results on disk. Below, holding them in memory saves
 * time and memory is not what limits a build: at 100 evaluations, results on disk took the build
 * from about 60 s to 63–69 s for 0.05–0.1 GB less at its peak (1.6 against 1.7 GB); at 500 they
 * took the peak from 3.33 to 2.68 GB (docs/performance.md).
 */
export const RESULTS_ON_DISK_FROM = 200;

export interface EvaluationsOnDisk {
  /**
   * The same result, its large parts written to the folder and read back when first asked for
   * (then kept while they are among the most recently read). They are the same values, read by
   * the same names, but not enumerable: a copy of the result made by spreading, serialising or
   * posting it to a worker would lack them, so none is made (a build reads its results in place).
   * What an evaluation page's key needs of them is their hash, `HELD_PARTS_DIGEST`. Two reads of a
   * part give the same object only while it is among the most recently read: code comparing
   * objects from two reads does so within one synchronous step.
   */
  hold(result: EvaluationResult): EvaluationResult;
}

/**
 * A large portfolio's evaluation results (RESULTS_ON_DISK_FROM), their large parts held on disk
 * (in the build's own work folder) rather than in memory: at 500 evaluations the results took about
 * 0.9 GB of memory from the end of the data step until the pages were written, while the pages
 * read one evaluation's at a time (astro.config.mjs). A part is written as structured clone does
 * (node:v8), which reads back to the same value, and read back one part at a time.
 */
export function evaluationsOnDisk(folder: string, { keptRead = PARTS_KEPT_READ, collectEvery = COLLECT_EVERY }: { keptRead?: number; collectEvery?: number } = {}): EvaluationsOnDisk {
  // Most recently read last (a Map keeps the order of insertion).
  const read = new Map<string, unknown>();
  // Every part is read into this one buffer, grown when need be: reading back allocates only the
  // values themselves, not a buffer for each of a few thousand reads of a megabyte or two.
  let scratch = Buffer.alloc(0);
  // Bytes written or read back since the last full collection.
  let movedSince = 0;
  const collectNow = (): void => {
    if (movedSince <= collectEvery) return;
    movedSince = 0;
    collectGarbage();
  };
  const readWhole = (file: string): Buffer => {
    const descriptor = openSync(file, 'r');
    try {
      const size = fstatSync(descriptor).size;
      if (scratch.length < size) scratch = Buffer.alloc(2 ** Math.ceil(Math.log2(size)));
      let done = 0;
      while (done < size) {
        const count = readSync(descriptor, scratch, done, size - done, done);
        if (count === 0) throw new Error(`an evaluation's part held on disk ended early: ${file}`);
        done += count;
      }
      return scratch.subarray(0, size);
    } finally {
      closeSync(descriptor);
    }
  };
  const readPart = (file: string): unknown => {
    if (read.has(file)) {
      const value = read.get(file);
      read.delete(file);
      read.set(file, value);
      return value;
    }
    const bytes = readWhole(file);
    movedSince += bytes.length;
    collectNow();
    const value: unknown = deserialize(bytes);
    read.set(file, value);
    for (const oldest of read.keys()) {
      if (read.size <= keptRead) break;
      read.delete(oldest);
    }
    return value;
  };
  // The getter is made here, not in `hold`: a function made there would keep all of `hold`'s
  // variables, the whole result among them, for as long as the held result lives.
  const definePart = (held: object, part: PartOnDisk, file: string): void => {
    Object.defineProperty(held, part, { get: () => readPart(file), enumerable: false });
  };
  let count = 0;
  return {
    hold(result) {
      // Numbered, not named by the evaluation: files of this folder only, whatever its name.
      count += 1;
      const held: Record<string | symbol, unknown> = {};
      for (const [name, value] of Object.entries(result)) if (!ON_DISK.has(name)) held[name] = value;
      for (const part of PARTS_ON_DISK) {
        const file = join(folder, `${count}-${part}.v8`);
        const bytes = serialize(result[part satisfies PartOnDisk]);
        writeFileSync(file, bytes);
        movedSince += bytes.length;
        definePart(held, part, file);
      }
      // Of the values, not of the bytes written, which differ for the same value (canonicalDigest.ts).
      held[HELD_PARTS_DIGEST] = canonicalDigest(PARTS_ON_DISK.map((part) => result[part]));
      held[HELD_OUTLINE] = outlineOf(result);
      collectNow();
      return held as unknown as EvaluationResult;
    },
  };
}

/**
 * A build's results on disk in a work folder of its own (`.evalsite/build-<pid>-…/` in the evalsite
 * folder, like Astro's: a killed build's is deleted by the next build, here or when Astro starts),
 * deleted by `close`.
 */
export function openEvaluationsOnDisk(): EvaluationsOnDisk & { readonly folder: string; close(): void } {
  // A killed build's folder goes first (up to a gigabyte at 500 evaluations), before this one is written.
  clearEndedBuilds();
  mkdirSync(WORK_FOLDER, { recursive: true });
  const folder = mkdtempSync(join(WORK_FOLDER, `build-${process.pid}-`));
  return { ...evaluationsOnDisk(folder), folder, close: () => rmSync(folder, { recursive: true, force: true }) };
}
