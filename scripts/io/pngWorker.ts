/**
 * One worker thread of `renderPngs`: draws the pictures it is handed, one at a time, and posts
 * each PNG back (its memory handed over, not copied). It loads the renderer and the typefaces
 * once, on its first picture.
 */
import { parentPort } from 'node:worker_threads';
import type { PngPicture } from './downloadCache.ts';
import { svgToPng } from './svgToPng.ts';

parentPort?.on('message', ({ id, picture }: { id: number; picture: PngPicture }) => {
  svgToPng(picture.svg, { scale: picture.scale, font: picture.font }).then(
    (drawn) => {
      // A PNG that is a view into a larger buffer is copied out, so only its own bytes are handed over.
      const png = drawn.byteOffset === 0 && drawn.byteLength === drawn.buffer.byteLength ? drawn : drawn.slice();
      parentPort?.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
    },
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
