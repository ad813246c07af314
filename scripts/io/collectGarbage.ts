import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined | null = null;

/**
 * A full garbage collection, now. Node.js offers it only to a process started with
 * `--expose-gc`; the flag set once this process runs gives it to a new context, which is all
 * this needs (the garbage collector is the process's own, whichever context asks).
 */
export function collectGarbage(): void {
  if (collect === null) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as (() => void) | undefined;
  }
  collect?.();
}
