import { describe, expect, test } from 'vitest';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import { figureOrigin } from '../../src/lib/figures/figureOrigin.ts';
import { countFigure, proportionFigure, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { reoffendingBySessionsChart } from '../../src/lib/topics/dosage/reoffendingBySessionsChart.ts';
import { disclosureRules, METRICS, TOPICS } from '../../src/lib/topics/index.ts';
import { CONTEXT, reoffendingBySessionsFixture } from './chartFixtures.ts';

const offences = { provenance: 'illustrative', source: 'data/example/offences.csv' } as const;
const part = (value: string, label: string) => [{ dimension: 'sessions', value, label }];
const protect = (figures: PublishedFigure[]) => applyDisclosureControl(figures, { threshold: 5, rules: disclosureRules(TOPICS, []) }).figures;

describe('the reoffending-by-sessions chart', () => {
  test('one bar per band in one colour, each labelled with its share and base, the design said in the note', () => {
    const chart = reoffendingBySessionsChart(reoffendingBySessionsFixture(), CONTEXT);
    expect(chart?.notDrawn).toBeNull();
    expect(chart?.legend).toEqual([]);
    expect(chart?.svg.match(/<rect/g)).toHaveLength(3);
    for (const label of ['42% (5 of 12, small base)', '45% (9 of 20)', '40% (6 of 15, small base)']) expect(chart?.svg).toContain(label);
    expect(chart?.description).toBe(
      'Bar chart of the share of clients with an offence recorded within 12 months of starting, in each of 3 bands of sessions attended. The share was highest for 6 to 20 sessions (45%), lowest for 21 or more sessions (40%).',
    );
    expect(chart?.note).toContain('Offences recorded by the service. Strength of evidence: after starting, one group (Maryland scale level 1). People who');
    expect(chart?.note).toContain('does not show that the sessions caused it');
  });

  test('a protected band is neither drawn nor described by its value; with most bands undrawn the table stands alone and still says the design', () => {
    // Whole: 9 of 26. 0–5: 2 of 6 (2 is under 5); 6–20: 3 of 8 (under 5); 21 and over: 4 of 12 (under 5).
    const band = (value: string, label: string, reoffended: number, followedUp: number) => [
      countFigure(figureOrigin(METRICS['followed-up-12-months-by-sessions'], part(value, label), offences), followedUp),
      proportionFigure(figureOrigin(METRICS['reoffended-within-12-months-by-sessions'], part(value, label), offences), reoffended, followedUp),
    ];
    const figures = protect([
      proportionFigure(figureOrigin(METRICS['reoffended-within-12-months'], [], offences), 9, 26),
      ...band('0-5', '5 or fewer sessions', 2, 6),
      ...band('6-20', '6 to 20 sessions', 3, 8),
      ...band('21-and-over', '21 or more sessions', 4, 12),
    ]);
    const chart = reoffendingBySessionsChart(figures, CONTEXT);
    expect(chart?.svg.match(/<rect/g) ?? []).toHaveLength(0);
    expect(chart?.svg).not.toMatch(/\b(2|3|4) of/);
    expect(chart?.svgNarrow).not.toMatch(/\b(2|3|4) of/);
    expect(chart?.svgNarrow.match(/<rect/g) ?? []).toHaveLength(0);
    expect(chart?.description).toContain('not shown for any, because the numbers are too small');
    expect(chart?.notDrawn).toMatch(/^Too few clients followed up for 12 months are in most of these bands to draw this chart/);
    expect(chart?.notDrawn).toContain('Maryland scale level 1');
  });

  test('no bands, no chart', () => {
    expect(reoffendingBySessionsChart([proportionFigure(figureOrigin(METRICS['reoffended-within-12-months'], [], offences), 9, 26)], CONTEXT)).toBeUndefined();
  });
});
