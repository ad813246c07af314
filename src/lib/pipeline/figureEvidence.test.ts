import { describe, expect, test } from 'vitest';
import { figureOrigin } from '../figures/figureOrigin.ts';
import { countFigure, measureFigure, proportionFigure, type PublishedFigure } from '../figures/publishedFigure.ts';
import { METRICS } from '../topics/index.ts';
import { IndicatorSettingSchema, type IndicatorSetting } from '../manifest/manifestSchema.ts';
import { evidenceDesigns, figureEvidence } from './figureEvidence.ts';
import { publicFigure } from './publicFigure.ts';
import { formatProblem } from '../problems/problem.ts';

const context = { provenance: 'illustrative', source: 'data/demo/x.csv' } as const;
const housing = [{ dimension: 'domain', value: 'housing', label: 'Housing' }];
/** A built-in metric's figure, as its topic makes it. */
const computed = (metric: keyof typeof METRICS, breakdowns = [] as typeof housing): PublishedFigure => proportionFigure(figureOrigin(METRICS[metric], breakdowns, context), 6, 10);
/** A row of an `indicators` dataset: published elsewhere, with the author's own id. */
const published = (id: string): PublishedFigure => ({
  ...proportionFigure({ ...figureOrigin({ id, label: id, definition: 'A published figure.', unit: 'percent', privacy: { kind: 'published' } }, [], context) }, 30, 100),
});
const setting = (fields: Record<string, unknown>): IndicatorSetting => IndicatorSettingSchema.parse(fields);

describe('figureEvidence: which figures are outcomes, on what design and at what level', () => {
  test("evalsite's own outcome figures are one group of clients with no comparison: level 1", () => {
    const figures = [
      // Outcome status and distance travelled compare a client's later state with their earlier one: before and after.
      computed('improved', housing),
      computed('deteriorated', housing),
      measureFigure(figureOrigin(METRICS['score-change-mean'], housing, context), 1.5, 12),
      // Fewer offences per year after than before, in the same clients: before and after.
      computed('reduced-frequency'),
      measureFigure(figureOrigin(METRICS['cost-difference-per-client-year'], [], context), -1200, 30, 'gbp'),
      // A re-offending rate counts offences after starting only, with nothing before it: after only.
      computed('reoffended-within-12-months'),
      countFigure(figureOrigin(METRICS.reoffenders, [], context), 9),
    ];
    const { evidence, problems } = figureEvidence(figures, METRICS, [], 'data/demo/evaluation.yaml');
    expect(problems).toEqual([]);
    const summary = Object.fromEntries([...evidence].map(([id, strength]) => [id, `${strength.design} ${strength.level}`]));
    expect(summary).toEqual({
      'improved[domain=housing]': 'before-after 1',
      'deteriorated[domain=housing]': 'before-after 1',
      'score-change-mean[domain=housing]': 'before-after 1',
      'reduced-frequency': 'before-after 1',
      'cost-difference-per-client-year': 'before-after 1',
      'reoffended-within-12-months': 'after-only 1',
      reoffenders: 'after-only 1',
    });
    expect(evidence.get('improved[domain=housing]')?.explanation).toBe('Before and after in one group of clients, with no comparison group: this shows change, not what the service caused.');
  });

  test('engagement, feedback, case-study figures and the bases of outcomes are not outcome figures', () => {
    const figures = [
      computed('engaged'),
      computed('agreed'),
      countFigure(figureOrigin(METRICS.reviewed, housing, context), 10),
      countFigure(figureOrigin(METRICS['compared-before-after'], [], context), 30),
      countFigure(figureOrigin(METRICS['not-yet-eligible-12-months'], [], context), 4),
      countFigure(figureOrigin(METRICS['case-reoffences'], [{ dimension: 'case-study', value: 'sam', label: 'Sam' }], context), 0),
    ];
    expect(figureEvidence(figures, METRICS, [], 'm.yaml').evidence.size).toBe(0);
  });

  test('a published figure rests on the design its manifest entry declares, for its id or its metric', () => {
    const figures = [published('jdl-reoffending'), published('rct-employment'), published('referrals'), { ...published('kept-in-touch'), id: 'kept-in-touch[group=women]' }];
    const settings = [
      setting({ id: 'jdl-reoffending', design: 'matched-comparison' }),
      // A randomised trial the evaluators rated lower, for drop-out: 5 lowered to 3.
      setting({ id: 'rct-employment', design: 'randomised', level: 3 }),
      // Declared on the metric, so every group's figure carries it.
      setting({ id: 'kept-in-touch', design: 'comparison' }),
    ];
    const { evidence, problems } = figureEvidence(figures, METRICS, settings, 'm.yaml');
    expect(problems).toEqual([]);
    expect(evidence.get('jdl-reoffending')).toMatchObject({ design: 'matched-comparison', level: 3, label: 'Matched comparison group' });
    expect(evidence.get('rct-employment')).toMatchObject({ design: 'randomised', level: 3 });
    expect(evidence.get('rct-employment')?.explanation).toContain('rated it level 3, below the design’s usual 5');
    expect(evidence.get('kept-in-touch[group=women]')).toMatchObject({ design: 'comparison', level: 2 });
    // Nothing declared: evalsite cannot tell an outcome from a count of referrals, so it claims no design.
    expect(evidence.has('referrals')).toBe(false);
  });

  test('a design declared on a figure evalsite computes is an error at its entry, not a way to raise its level', () => {
    const { evidence, problems } = figureEvidence(
      [computed('improved', housing)],
      METRICS,
      [setting({ id: 'engaged', headline: true }), setting({ id: 'improved[domain=housing]', design: 'randomised' })],
      'm.yaml',
    );
    expect(problems.map(formatProblem)).toEqual([
      'm.yaml:indicators[1].design — a design declared for "improved[domain=housing]", a figure evalsite computes from the records of one group of clients — no design on it: evalsite’s own figures are before-and-after (or after starting) in one group, level 1 of the Maryland scale, and a figure from a comparison belongs in an indicators dataset with its design (docs/metrics.md#evidence-strength)',
    ]);
    expect(evidence.get('improved[domain=housing]')?.level).toBe(1);
  });

  test('the methodology page lists each design once, strongest first, with how many figures rest on it', () => {
    const figures = [computed('improved', housing), computed('deteriorated', housing), computed('reoffended-within-12-months'), published('jdl-reoffending')];
    const { evidence } = figureEvidence(figures, METRICS, [setting({ id: 'jdl-reoffending', design: 'matched-comparison' })], 'm.yaml');
    expect(evidenceDesigns(evidence).map(({ design, level, figures: count }) => `${design} ${level} ×${count}`)).toEqual(['matched-comparison 3 ×1', 'after-only 1 ×1', 'before-after 1 ×2']);
  });
});

describe('an indicator card shows the evidence beside the figure', () => {
  test('an outcome figure has the level and what its design can show; any other figure has none', () => {
    const improved = computed('improved', housing);
    const { evidence } = figureEvidence([improved, computed('engaged')], METRICS, [], 'm.yaml');
    expect(publicFigure(improved, [], evidence.get(improved.id) ?? null).card.evidence).toEqual({
      level: 'Evidence: level 1 of 5 (Maryland scale), before and after, one group',
      explanation: 'Before and after in one group of clients, with no comparison group: this shows change, not what the service caused.',
    });
    expect(publicFigure(computed('engaged'), [], evidence.get('engaged') ?? null).card.evidence).toBeNull();
  });
});

describe('figureEvidence: a Justice Data Lab result', () => {
  test('rests on its metric’s matched comparison (level 3) with no manifest entry; another published figure without one carries none', () => {
    const analysis = [{ dimension: 'analysis', value: 'main-analysis', label: 'Main analysis' }];
    const jdl = measureFigure(figureOrigin(METRICS['jdl-rate-difference'], analysis, context), -7, 240);
    const { evidence, problems } = figureEvidence([jdl, published('reported-support')], METRICS, [], 'data/demo/evaluation.yaml');
    expect(problems).toEqual([]);
    expect(Object.fromEntries([...evidence].map(([id, strength]) => [id, `${strength.design} ${strength.level}`]))).toEqual({ 'jdl-rate-difference[analysis=main-analysis]': 'matched-comparison 3' });
  });
});
