import { describe, expect, test } from 'vitest';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import { figureOrigin } from '../../src/lib/figures/figureOrigin.ts';
import { countFigure, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { disclosureRules, METRICS, TOPICS, type MetricId } from '../../src/lib/topics/index.ts';
import { sessionBandsChart } from '../../src/lib/topics/dosage/sessionBandsChart.ts';
import { CONTEXT } from './chartFixtures.ts';

// The product's own origin of a figure, so these figures are made as the topic makes them.
const origin = (metric: MetricId, breakdowns: PublishedFigure['breakdowns'] = []) => figureOrigin(METRICS[metric], breakdowns, { provenance: 'illustrative', source: 'data/example/clients.csv' });
const band = (value: string, label: string, count: number) => countFigure(origin('clients-by-sessions', [{ dimension: 'sessions', value, label }]), count);
const protect = (figures: PublishedFigure[]) => applyDisclosureControl(figures, { threshold: 5, rules: disclosureRules(TOPICS, []) }).figures;

describe('the clients-by-sessions chart', () => {
  test('draws one bar per band in one colour, labelled with its count, and needs no legend', () => {
    // 40 clients: 10 + 12 + 18.
    const figures = [countFigure(origin('referred'), 40), band('0-5', '5 or fewer sessions', 10), band('6-20', '6 to 20 sessions', 12), band('21-and-over', '21 or more sessions', 18)];
    const chart = sessionBandsChart(figures, CONTEXT);
    expect(chart?.notDrawn).toBeNull();
    expect(chart?.legend).toEqual([]);
    expect(chart?.svg.match(/<rect/g)).toHaveLength(3);
    for (const count of ['>10<', '>12<', '>18<']) expect(chart?.svg).toContain(count);
    // The largest of 10, 12 and 18 is 18: the heading says so; the descriptive title starts the subtitle.
    expect(chart?.title).toBe('The largest group of clients had 21 or more sessions (18 clients)');
    expect(chart?.subtitle).toBe('How much support clients had: sessions attended · 40 clients · 1 April 2013 to 31 March 2014');
    expect(chart?.description).toBe(
      'Bar chart of the number of clients in each of 3 bands of sessions attended. The number was highest for 21 or more sessions (18), lowest for 5 or fewer sessions (10).',
    );
  });

  test('a protected band is neither drawn nor described by its value, and with two of three undrawn the chart gives way to its table', () => {
    // 20 clients: 3 + 8 + 9. The 3 is "fewer than 5"; one of 8 and 9 is hidden so the total cannot give it back.
    const figures = protect([countFigure(origin('referred'), 20), band('0-5', '5 or fewer sessions', 3), band('6-20', '6 to 20 sessions', 8), band('21-and-over', '21 or more sessions', 9)]);
    const chart = sessionBandsChart(figures, CONTEXT);
    // Both drawings; the axis's tick labels (0, 1, 2, 3…) are left out, since a tick at 3 reveals nothing.
    for (const svg of [chart?.svg ?? '', chart?.svgNarrow ?? '']) {
      expect(svg.match(/<rect/g)).toHaveLength(1);
      expect(svg).toContain('fewer than 5');
      expect(svg.replace(/<g[^>]*aria-label="x-axis tick label".*?<\/g>/s, '')).not.toContain('>3<');
    }
    expect(chart?.table.rows[0]).toEqual(['5 or fewer sessions', 'fewer than 5']);
    expect(chart?.description).not.toMatch(/\(3\)/);
    expect(chart?.notDrawn).toMatch(/^Too few clients are in most of these bands to draw this chart/);
  });

  test('when the number referred is itself protected, the subtitle names the group without it, never "not shown clients"', () => {
    const referred = { ...countFigure(origin('referred'), 40), disclosure: { treatment: 'withheld' as const, shown: 'not shown', phrase: '5 or more', reason: 'other', baseShown: false } };
    const chart = sessionBandsChart([referred, band('0-5', '5 or fewer sessions', 10), band('6-20', '6 to 20 sessions', 12), band('21-and-over', '21 or more sessions', 18)], CONTEXT);
    expect(chart?.subtitle).toBe('How much support clients had: sessions attended · All clients · 1 April 2013 to 31 March 2014');
  });

  test('no bands, no chart', () => {
    expect(sessionBandsChart([countFigure(origin('referred'), 40)], CONTEXT)).toBeUndefined();
  });
});
