/**
 * Times the journey panel layout of every bundled example journey (`node scripts/bench/journeyLayout.ts`):
 * milliseconds per journey, cold (the first layout of each panel, in a fresh process) and warm:
 * the median and the fastest of `--rounds` more rounds (15 unless given), each laying every panel
 * out afresh, none from the layouts kept by content. Then the issue-17 target: a journey of ten
 * or more panels, warm and uncached, in under 20 ms (the median of those journeys' medians). With
 * `--dump <file>` it also writes every layout as JSON, so two versions of the layout can be
 * compared byte for byte.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { siteFontMetrics } from '../io/siteFontMetrics.ts';
import { layoutPanel } from '../../src/lib/journeys/layoutPanel.ts';
import { parseJourney } from '../../src/lib/journeys/parseJourney.ts';
import { kitGallery } from '../../src/lib/journeys/kitGallery.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const sharedFonts = { regular: siteFontMetrics(400), bold: siteFontMetrics(700) };
const caseStudies = [{ pseudonym: 'Lee', consent: 'ILLUSTRATIVE-CS-1', client_id: 'unused' }];

const files = readdirSync(join(ROOT, 'content'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    try {
      return readdirSync(join(ROOT, 'content', entry.name, 'journeys'))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => join('content', entry.name, 'journeys', name));
    } catch {
      return [];
    }
  })
  .sort();

const journeys = files.flatMap((file) => {
  const { journey } = parseJourney(file, readFileSync(join(ROOT, file), 'utf8'), { caseStudies: caseStudies.map((study) => ({ ...study })), publicFileExists: () => true });
  return journey ? [{ file, journey }] : [];
});

/** Lays out every panel, timing each journey (wall and CPU ms); with fresh fonts, none comes from the layouts kept by content. */
function layAll(fresh = true): { layouts: unknown[]; perJourney: number[]; cpuPerJourney: number[] } {
  const fonts = fresh ? { ...sharedFonts } : sharedFonts;
  const layouts: unknown[] = [];
  const perJourney: number[] = [];
  const cpuPerJourney: number[] = [];
  for (const { journey } of journeys) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (const panel of journey.panels) layouts.push(layoutPanel(panel, journey.cast, fonts));
    const used = process.cpuUsage(startCpu);
    perJourney.push(performance.now() - start);
    cpuPerJourney.push((used.user + used.system) / 1000);
  }
  return { layouts, perJourney, cpuPerJourney };
}

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const roundCount = Math.max(1, Number(option('--rounds') ?? 15) || 15);
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
const total = (times: readonly number[]) => times.reduce((sum, time) => sum + time, 0);

const cpu = process.cpuUsage();
const cold = layAll(false);
const coldCpu = process.cpuUsage(cpu);
// More rounds, every panel laid out afresh: the layout's own cost once the code is warm, with the
// median (and the fastest, the least disturbed by the machine's other work) of each journey's times.
const roundCpu: number[] = [];
const rounds = Array.from({ length: roundCount }, () => {
  const before = process.cpuUsage();
  const round = layAll();
  const used = process.cpuUsage(before);
  roundCpu.push((used.user + used.system) / 1000);
  return round;
});
const warmTimes = journeys.map((_, index) => rounds.map((round) => round.perJourney[index] ?? NaN));
const warmCpu = journeys.map((_, index) => rounds.map((round) => round.cpuPerJourney[index] ?? NaN));
const gallery = performance.now();
const kit = kitGallery(sharedFonts);
const galleryMs = performance.now() - gallery;
const again = performance.now();
const cached = layAll(false);
const cachedMs = performance.now() - again;
const panels = journeys.reduce((sum, { journey }) => sum + journey.panels.length, 0);
process.stdout.write(`${journeys.length} journeys, ${panels} panels; warm: ${roundCount} rounds, each panel laid out afresh\n`);
journeys.forEach(({ file, journey }, index) => {
  const warm = warmTimes[index] ?? [];
  process.stdout.write(
    `${file}: ${journey.panels.length} panels, cold ${cold.perJourney[index]?.toFixed(1)} ms, warm median ${median(warm).toFixed(1)} ms, fastest ${Math.min(...warm).toFixed(1)} ms\n`,
  );
});
const warmAll = rounds.map((round) => total(round.perJourney));
process.stdout.write(
  `all: cold ${total(cold.perJourney).toFixed(1)} ms (${(total(cold.perJourney) / panels).toFixed(2)} ms per panel), warm median ${median(warmAll).toFixed(1)} ms (${(median(warmAll) / panels).toFixed(2)} ms per panel); CPU cold ${((coldCpu.user + coldCpu.system) / 1000).toFixed(0)} ms, warm median ${median(roundCpu).toFixed(0)} ms, fastest round ${Math.min(...roundCpu).toFixed(0)} ms; kit gallery ${galleryMs.toFixed(1)} ms; all again from the layouts kept ${cachedMs.toFixed(1)} ms\n`,
);
// The target on CPU time, which the machine's other work disturbs far less than the wall clock.
const tenPanel = journeys.flatMap(({ journey }, index) => (journey.panels.length >= 10 ? [{ wall: median(warmTimes[index] ?? []), cpu: median(warmCpu[index] ?? []) }] : []));
if (tenPanel.length > 0) {
  const typical = median(tenPanel.map((times) => times.cpu));
  process.stdout.write(
    `journeys of ten or more panels (${tenPanel.length}), warm and uncached: median ${typical.toFixed(1)} ms CPU per journey (wall ${median(tenPanel.map((times) => times.wall)).toFixed(1)} ms); target under 20 ms: ${typical < 20 ? 'pass' : 'FAIL'}\n`,
  );
}
const dump = option('--dump');
if (dump) writeFileSync(dump, JSON.stringify({ layouts: cold.layouts, kit, cached: cached.layouts }));
