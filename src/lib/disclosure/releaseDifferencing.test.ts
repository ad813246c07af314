import { describe, expect, test } from 'vitest';
import { formatFigure } from '../figures/formatFigure.ts';
import { countFigure, proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { disclosureRules, TOPICS, type MetricId } from '../topics/index.ts';
import { applyDisclosureControl } from './applyDisclosureControl.ts';
import { auditDisclosure } from './disclosureAudit.ts';
import { figureRelations } from './figureRelations.ts';
import { releaseDifferencing, type PreviousFigure, type PreviousRelease } from './releaseDifferencing.ts';
import { metricOrigin } from '../../../test/support/metricOrigin.ts';

const origin = (metric: MetricId) => metricOrigin(metric);
const RULES = disclosureRules(TOPICS, []);
const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).inline]));
const previousCount = (id: string, value: number): PreviousFigure => ({ id, unit: 'count', value, numerator: null, denominator: null, display: String(value), treatment: null });
const previousShare = (id: string, numerator: number, denominator: number): PreviousFigure => ({
  id,
  unit: 'percent',
  value: (100 * numerator) / denominator,
  numerator,
  denominator,
  display: '',
  treatment: null,
});
const release1 = (referred: number, engaged: number, threshold = 5): PreviousRelease => ({
  version: '1',
  threshold,
  figures: [previousCount('referred', referred), previousShare('engaged', engaged, referred)],
});
const release2 = (referred: number, engaged: number) => [countFigure(origin('referred'), referred), proportionFigure(origin('engaged'), engaged, referred)];

describe('release differencing: a reader holding release 1 beside release 2', () => {
  // Release 1: 50 referred, 42 engaged (so 8 not). Release 2: 53 referred, 44 engaged (so 9 not).
  // If release 2's cohort is release 1's and 3 new clients, the new clients are 53 − 50 = 3, of
  // whom 44 − 42 = 2 engaged and 9 − 8 = 1 did not: counts of fewer than 5 people, pinned.
  test('pins the new clients: 2 engaged and 1 not, of 3', () => {
    const figures = release2(53, 44);
    const relations = figureRelations(figures, RULES);
    const truth = new Map([
      ['referred|', 53],
      ['engaged|', 44],
      ['~engaged|~of~referred|', 9],
    ]);
    const model = releaseDifferencing(release1(50, 42), figures, relations, (key) => truth.get(key), 5);
    const exposures = auditDisclosure({
      cells: [
        { id: 'referred|', published: { kind: 'exact', value: 53 } },
        { id: 'engaged|', published: { kind: 'exact', value: 44 } },
        { id: '~engaged|~of~referred|', published: { kind: 'range', min: 0, max: 5300 } },
        ...[...model.known].map(([id, value]) => ({ id, published: typeof value === 'number' ? { kind: 'exact' as const, value } : { kind: 'range' as const, ...value } })),
      ],
      relations: [...relations, ...model.relations].map(({ parts, total }) => ({ terms: parts.map((cell) => ({ cell, coefficient: 1 })), equals: { cell: total } })),
    });
    const pinned = Object.fromEntries(exposures.filter((exposure) => exposure.min === exposure.max).map((exposure) => [exposure.id, exposure.min]));
    expect(pinned).toEqual({ '~engaged|~of~referred|': 9, '@previous:~engaged|~of~referred|': 8, '@new:referred|': 3, '@new:engaged|': 2, '@new:~engaged|~of~referred|': 1 });
    // The new engaged (2) and not engaged (1) are small counts of people; the 3 new clients are the
    // cohort itself, no secret; release 1's 8 not engaged is 5 or more, and release 1 gave it anyway.
    expect(Object.keys(pinned).filter(model.matters)).toEqual(['@new:engaged|', '@new:~engaged|~of~referred|']);
  });

  test("secondary protection hides release 2's engaged share, and the audit proves the new clients are then not pinned", () => {
    const alone = applyDisclosureControl(release2(53, 44), { threshold: 5, rules: RULES });
    // Release 2 on its own is safe: 44 of 53 (83.0%), 9 not engaged.
    expect(shown(alone.figures)).toEqual({ referred: '53', engaged: '83% (44 of 53)' });
    const { figures, report } = applyDisclosureControl(release2(53, 44), { threshold: 5, rules: RULES, previous: release1(50, 42) });
    // With engaged not shown, a reader knows it is 5 to 48 of 53; with release 1, 42 + new engaged
    // (0 or more) and 53 − engaged = 8 + new not engaged (0 or more): 42 to 45. The new clients'
    // counts are 0 to 3 each: nothing pinned.
    expect(shown(figures)).toEqual({ referred: '53', engaged: 'not shown' });
    expect(report).toMatchObject({ secondaryCells: 1, exposed: [], exposedByDifferencing: [], auditFailed: false });
  });

  test('when the new clients are many enough on both sides, nothing is pinned and nothing changes', () => {
    // Release 1: 40 referred, 35 engaged (5 not). Release 2: 53 and 43 (10 not): the new clients are 13, 8 engaged and 5 not.
    const alone = applyDisclosureControl(release2(53, 43), { threshold: 5, rules: RULES });
    const both = applyDisclosureControl(release2(53, 43), { threshold: 5, rules: RULES, previous: release1(40, 35) });
    expect(shown(both.figures)).toEqual({ referred: '53', engaged: '81% (43 of 53)' });
    expect(both.figures).toEqual(alone.figures);
    expect(both.report).toMatchObject({ secondaryCells: 0, exposed: [], exposedByDifferencing: [] });
  });

  test('a count that release 1 showed exactly pins release 2\'s "fewer than 5": the build is refused, naming the figure', () => {
    // Release 1 (threshold 3) showed 4 clients stopped; release 2 (threshold 5) shows "fewer than 5",
    // 0 to 4. A cohort that only grew has at least the 4 it had: 4 exactly. No other figure holds the
    // count, so nothing can be hidden instead.
    const previous: PreviousRelease = { version: '1', threshold: 3, figures: [previousCount('referred', 4)] };
    const figures = [countFigure(origin('referred'), 4)];
    const { report } = applyDisclosureControl(figures, { threshold: 5, rules: RULES, previous });
    expect(report.exposedFigures).toEqual(['referred']);
    expect(report.exposedByDifferencing).toEqual(['referred']);
    // Without release 1 it is safe.
    expect(applyDisclosureControl(figures, { threshold: 5, rules: RULES }).report.exposed).toEqual([]);
  });

  test('what release 1 showed of a protected figure is known as it read, under its own threshold (3): "96% or more" of 50 leaves at most 2 out, so 48 to 50; "fewer than 3" is 0 to 2', () => {
    const previous: PreviousRelease = {
      version: '1',
      threshold: 3,
      figures: [
        previousCount('referred', 50),
        { id: 'engaged', unit: 'percent', value: null, numerator: null, denominator: 50, display: '96% or more', treatment: 'bounded' },
        { id: 'reoffenders', unit: 'count', value: null, numerator: null, denominator: null, display: 'fewer than 3', treatment: 'suppressed' },
      ],
    };
    const figures = [...release2(53, 50), countFigure(origin('reoffenders'), 7)];
    const truth = new Map([
      ['referred|', 53],
      ['engaged|', 50],
      ['reoffenders|', 7],
    ]);
    const model = releaseDifferencing(previous, figures, figureRelations(figures, RULES), (key) => truth.get(key), 5);
    expect(model.known.get('@previous:referred|')).toBe(50);
    expect(model.known.get('@previous:engaged|')).toEqual({ min: 48, max: 50 });
    expect(model.known.get('@previous:reoffenders|')).toEqual({ min: 0, max: 2 });
  });

  test('the same clients published again (no one new): nothing about new clients to learn, and nothing changes', () => {
    // 50 referred in both releases: the new clients' counts are all 0, which says nothing about anyone.
    for (const engaged of [42, 44]) {
      const alone = applyDisclosureControl(release2(50, engaged), { threshold: 5, rules: RULES });
      const both = applyDisclosureControl(release2(50, engaged), { threshold: 5, rules: RULES, previous: release1(50, 42) });
      expect(both.figures).toEqual(alone.figures);
      expect(both.report).toMatchObject({ exposed: [], auditFailed: false });
    }
  });

  test('a count that fell since release 1 is left out: the reader sees the cohort was not only extended there', () => {
    // Release 1: 50 referred, 42 engaged; release 2: 53 referred, 40 engaged (records corrected). Engaged
    // fell, so engaged = 42 + new engaged is false and is not assumed; the audit still finishes.
    const { figures, report } = applyDisclosureControl(release2(53, 40), { threshold: 5, rules: RULES, previous: release1(50, 42) });
    expect(report.auditFailed).toBe(false);
    expect(report.exposed).toEqual([]);
    expect(shown(figures)).toEqual({ referred: '53', engaged: '75% (40 of 53)' });
  });
});
