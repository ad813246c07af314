/**
 * Times the journey panel layout of every bundled example journey (`node scripts/bench/journeyLayout.ts`):
 * milliseconds per journey, cold (the first layout of each panel) and the fastest of five more rounds. With
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

/** Lays out every panel; with fresh fonts, none comes from the layouts kept by content. */
function layAll(fresh = true): { layouts: unknown[]; perJourney: number[] } {
  const fonts = fresh ? { ...sharedFonts } : sharedFonts;
  const layouts: unknown[] = [];
  const perJourney: number[] = [];
  for (const { journey } of journeys) {
    const start = performance.now();
    for (const panel of journey.panels) layouts.push(layoutPanel(panel, journey.cast, fonts));
    perJourney.push(performance.now() - start);
  }
  return { layouts, perJourney };
}

const cpu = process.cpuUsage();
const cold = layAll(false);
const coldCpu = process.cpuUsage(cpu);
// The fastest of five more rounds: the layout's own cost, with little of the machine's other work in it.
const roundCpu: number[] = [];
const rounds = Array.from({ length: 5 }, () => {
  const before = process.cpuUsage();
  const round = layAll();
  const used = process.cpuUsage(before);
  roundCpu.push((used.user + used.system) / 1000);
  return round;
});
const warm = { perJourney: journeys.map((_, index) => Math.min(...rounds.map((round) => round.perJourney[index] ?? Infinity))) };
const gallery = performance.now();
const kit = kitGallery(sharedFonts);
const galleryMs = performance.now() - gallery;
const again = performance.now();
const cached = layAll(false);
const cachedMs = performance.now() - again;
const panels = journeys.reduce((sum, { journey }) => sum + journey.panels.length, 0);
const total = (times: number[]) => times.reduce((sum, time) => sum + time, 0);
process.stdout.write(`${journeys.length} journeys, ${panels} panels\n`);
journeys.forEach(({ file, journey }, index) =>
  process.stdout.write(`${file}: ${journey.panels.length} panels, cold ${cold.perJourney[index]?.toFixed(1)} ms, fastest ${warm.perJourney[index]?.toFixed(1)} ms\n`),
);
process.stdout.write(
  `all: cold ${total(cold.perJourney).toFixed(1)} ms (${(total(cold.perJourney) / panels).toFixed(2)} ms per panel), fastest ${total(warm.perJourney).toFixed(1)} ms; CPU cold ${((coldCpu.user + coldCpu.system) / 1000).toFixed(0)} ms, fastest round ${Math.min(...roundCpu).toFixed(0)} ms; kit gallery ${galleryMs.toFixed(1)} ms; all again from the layouts kept ${cachedMs.toFixed(1)} ms\n`,
);
const dump = process.argv.indexOf('--dump');
if (dump !== -1 && process.argv[dump + 1]) writeFileSync(process.argv[dump + 1] as string, JSON.stringify({ layouts: cold.layouts, kit, cached: cached.layouts }));
