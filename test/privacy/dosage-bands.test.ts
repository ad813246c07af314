import { describe, expect, test } from 'vitest';
import { applyDisclosureControl } from '../../src/lib/disclosure/applyDisclosureControl.ts';
import { formatFigure } from '../../src/lib/figures/formatFigure.ts';
import { figureOrigin } from '../../src/lib/figures/figureOrigin.ts';
import { countFigure, measureFigure, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import { disclosureRules, METRICS, TOPICS, type MetricId } from '../../src/lib/topics/index.ts';
import { auditReaderView, pinnedSecrets } from '../support/readerView.ts';

// The product's own origin of a figure, so these figures are made as the topic makes them.
const origin = (metric: MetricId, breakdowns: PublishedFigure['breakdowns'] = []) => figureOrigin(METRICS[metric], breakdowns, { provenance: 'illustrative', source: 'x.csv' });
const band = (value: string, count: number) => countFigure(origin('clients-by-sessions', [{ dimension: 'sessions', value, label: value }]), count);
const shown = (figures: readonly PublishedFigure[]) => Object.fromEntries(figures.map((figure) => [figure.id, formatFigure(figure).value]));

// 20 clients referred: 3 had 5 sessions or fewer, 8 had 6 to 20, 9 had 21 or more (3 + 8 + 9 = 20).
// The median of 12 sessions is over all 20.
const TWENTY = [countFigure(origin('referred'), 20), band('0-5', 3), band('6-20', 8), band('21-and-over', 9), measureFigure(origin('sessions-median'), 12, 20)];
const RULES = disclosureRules(TOPICS, []);

describe('disclosure control of the bands of sessions', () => {
  test('a band of 3 is "fewer than 5", and a second band is hidden so that 20 − 8 − 9 cannot give it back', () => {
    const { figures } = applyDisclosureControl(TWENTY, { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['clients-by-sessions[sessions=0-5]']).toBe('fewer than 5');
    expect(view.referred).toBe('20');
    // Of 8 and 9, at most one may stay exact beside the total.
    expect([view['clients-by-sessions[sessions=6-20]'], view['clients-by-sessions[sessions=21-and-over]']].filter((text) => text === 'not shown')).toHaveLength(1);
    // The median describes 20 people: shown.
    expect(view['sessions-median']).toBe('12.0');
    // An intruder who knows the bands add up to the clients referred pins nothing.
    expect(pinnedSecrets(auditReaderView(figures, 5, RULES), 5)).toEqual([]);
  });

  test('without the topic’s sum, only the small band would be hidden, and the total would give it back', () => {
    const withoutDosage = disclosureRules(
      TOPICS.filter((topic) => topic.id !== 'dosage'),
      [],
    );
    const { figures } = applyDisclosureControl(TWENTY, { threshold: 5, rules: withoutDosage });
    expect(shown(figures)['clients-by-sessions[sessions=6-20]']).toBe('8');
    expect(shown(figures)['clients-by-sessions[sessions=21-and-over]']).toBe('9');
    // 20 − 8 − 9 = 3: the reader's audit, knowing the bands cover everyone, pins it.
    expect(pinnedSecrets(auditReaderView(figures, 5, RULES), 5).map((exposure) => exposure.id)).toContain('clients-by-sessions|sessions=0-5');
  });

  test('a total or median over fewer than 5 clients is not shown, and its base is not given', () => {
    // 4 clients: every band is small, and so is the base of the total and median.
    const four = [
      countFigure(origin('referred'), 4),
      band('0-5', 1),
      band('6-20', 3),
      band('21-and-over', 0),
      measureFigure(origin('sessions-median'), 7, 4),
      {
        ...measureFigure(origin('sessions-total'), 60, 4),
        unit: 'count' as const,
      },
    ];
    const { figures } = applyDisclosureControl(four, { threshold: 5, rules: RULES });
    const view = shown(figures);
    expect(view['sessions-median']).toBe('not shown');
    expect(view['sessions-total']).toBe('not shown');
    expect(formatFigure(figures.find((figure) => figure.id === 'sessions-median') as PublishedFigure).base).toBe('');
    for (const id of ['referred', 'clients-by-sessions[sessions=0-5]', 'clients-by-sessions[sessions=6-20]', 'clients-by-sessions[sessions=21-and-over]']) expect(view[id]).toBe('fewer than 5');
  });
});
