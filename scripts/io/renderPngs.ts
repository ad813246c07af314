import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { codeVersion } from './codeVersion.ts';
import { DOWNLOAD_CACHE_FOLDER, isDownloadKept, keepDownload, keptDownload, pngCacheKey, type PngPicture } from './downloadCache.ts';
import { svgToPng } from './svgToPng.ts';

export interface RenderPngsOptions {
  /** Whether PNGs kept by earlier builds may be taken, and new ones kept (false for --no-cache: nothing read, nothing written). */
  readonly cache?: boolean;
  /** Where PNGs are kept (default: DOWNLOAD_CACHE_FOLDER). */
  readonly folder?: string;
  /** The program's version (default: `codeVersion()`); tests pass others. */
  readonly code?: string;
  /** At most this many worker threads (default: one per core the machine offers). */
  readonly threads?: number;
  /** How a PNG is drawn in this thread (default: `svgToPng`); tests count its calls. Worker threads always use `svgToPng`. */
  readonly draw?: (picture: PngPicture) => Promise<Uint8Array>;
  /** Whether the worker threads are left running for the next call (the share images after the charts); otherwise stopped, their memory freed. */
  readonly keepThreads?: boolean;
}

/** A worker thread is worth starting only for at least this many PNGs: each loads the renderer and the typefaces itself. */
const PICTURES_PER_WORKER = 4;

/**
 * `count` pictures as PNGs, handed to `write` in the pictures' order, whatever order they are drawn
 * in, so the files are the same as drawn one after another. A picture is drawn once per call
 * however often it appears; one kept by an earlier build (downloadCache.ts) is not drawn at all; the
 * others are shared among worker threads, one per core, or drawn in this thread when there are
 * too few to be worth a thread. `pictureAt` is asked for a picture when it is needed, and only a
 * few PNGs are held at once, so memory does not grow with the number of pictures.
 */
export async function renderPngs(count: number, pictureAt: (index: number) => PngPicture, write: (index: number, png: Uint8Array) => void, options: RenderPngsOptions = {}): Promise<void> {
  const { cache = true, folder = DOWNLOAD_CACHE_FOLDER, threads = availableParallelism(), draw = defaultDraw, keepThreads = false } = options;
  const code = options.code ?? codeVersion();
  const keys = Array.from({ length: count }, (_, index) => pngCacheKey(pictureAt(index), code));
  const left = new Map<string, number>();
  for (const key of keys) left.set(key, (left.get(key) ?? 0) + 1);
  // Only the pictures not kept are drawn: a pool when there are enough of them for two threads or more.
  const toDraw = [...left.keys()].filter((key) => !cache || !isDownloadKept(folder, key)).length;
  // Threads already running (they drew this build's charts) cost nothing to start.
  const workers = Math.min(threads, Math.max(shared && !shared.failed ? shared.started : 0, Math.floor(toDraw / PICTURES_PER_WORKER)));
  const pool = workers >= 2 && toDraw > 0 ? sharedPool() : undefined;
  const obtain = async (picture: PngPicture, key: string): Promise<Uint8Array> => {
    const kept = cache ? keptDownload(folder, key) : undefined;
    if (kept) return kept;
    const png = await (pool ? pool.draw(picture, workers) : draw(picture));
    if (cache) keepDownload(folder, key, png);
    return png;
  };
  // Each distinct picture's PNG, from when it is started until its last appearance is written.
  const pending = new Map<string, Promise<Uint8Array>>();
  const ahead = Math.max(1, workers) * 2;
  let started = 0;
  drawing += 1;
  try {
    for (const [index, key] of keys.entries()) {
      for (; started < Math.min(keys.length, index + ahead + 1); started++) {
        const next = keys[started] ?? '';
        if (pending.has(next)) continue;
        const promise = obtain(pictureAt(started), next);
        // Awaited in order below; a failure met before its turn is not left unhandled.
        promise.catch(() => undefined);
        pending.set(next, promise);
      }
      write(index, await (pending.get(key) as Promise<Uint8Array>));
      const remaining = (left.get(key) ?? 1) - 1;
      left.set(key, remaining);
      if (remaining === 0) pending.delete(key);
    }
  } finally {
    drawing -= 1;
    // Never while another call (another build in this process) is still drawing with them.
    if (!keepThreads && drawing === 0) await closePngWorkers();
  }
}

function defaultDraw(picture: PngPicture): Promise<Uint8Array> {
  return svgToPng(picture.svg, { scale: picture.scale, font: picture.font });
}

interface PngPool {
  /** Draws a picture in the first free worker thread, starting one if fewer than `size` are running. */
  draw(picture: PngPicture, size: number): Promise<Uint8Array>;
  /** How many worker threads are running (each has loaded the renderer and the typefaces). */
  readonly started: number;
  readonly failed: boolean;
  close(): Promise<void>;
}

/**
 * The worker threads drawing PNGs, kept from one call to the next when it asks (`keepThreads`): the
 * chart PNGs and then the share images are drawn by the same threads, which load the renderer and
 * the typefaces once. A thread holds the process open only while it is drawing.
 */
let shared: PngPool | undefined;
/** How many calls of `renderPngs` are under way. */
let drawing = 0;

function sharedPool(): PngPool {
  if (shared?.failed) void shared.close();
  if (!shared || shared.failed) shared = pngPool();
  return shared;
}

/** Stops the PNG worker threads, if any (the next `renderPngs` starts others). */
export async function closePngWorkers(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}

/** Worker threads drawing PNGs (pngWorker.ts), each handed the next picture as soon as it is free. */
function pngPool(): PngPool {
  const waiting: Array<{ id: number; picture: PngPicture }> = [];
  const asked = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let failure: Error | undefined;
  let nextId = 0;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of asked.values()) reject(error);
    asked.clear();
  };
  const send = (worker: Worker) => {
    const job = waiting.shift();
    if (job) {
      worker.ref();
      worker.postMessage(job);
    } else {
      worker.unref();
      idle.push(worker);
    }
  };
  const start = () => {
    const worker = new Worker(new URL('./pngWorker.ts', import.meta.url));
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const answer = asked.get(id);
      asked.delete(id);
      if (png) answer?.resolve(png);
      else answer?.reject(new Error(error));
      send(worker);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a PNG worker thread stopped with code ${code}`)));
    workers.push(worker);
    return worker;
  };
  return {
    draw(picture, size) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        asked.set(id, { resolve, reject });
        waiting.push({ id, picture });
        const worker = idle.pop() ?? (workers.length < size ? start() : undefined);
        if (worker) send(worker);
      });
    },
    get started() {
      return workers.length;
    },
    get failed() {
      return failure !== undefined;
    },
    async close() {
      failure ??= new Error('the PNG worker threads were stopped');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
