import { performance } from 'node:perf_hooks';

/**
 * Times the build's stages when EVALSITE_TIMINGS is set (for measuring how builds grow with the
 * portfolio, docs/performance.md): each stage's wall time, and the process's peak memory so far
 * (worker threads included; Pagefind's own process not), is written to the stream given, with no
 * file names or values in it. Otherwise does nothing.
 */
export function stageTimer(stream: { write(text: string): unknown }, enabled = process.env.EVALSITE_TIMINGS !== undefined): (stage: string) => void {
  let last = performance.now();
  return (stage) => {
    if (!enabled) return;
    const now = performance.now();
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    stream.write(`evalsite timing: ${stage} ${((now - last) / 1000).toFixed(2)} s (peak memory so far ${peak} MB)\n`);
    last = now;
  };
}
