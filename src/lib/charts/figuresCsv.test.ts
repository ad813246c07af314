import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { countFigure, measureFigure, proportionFigure, type FigureOrigin, type PublishedFigure } from '../figures/publishedFigure.ts';
import { figuresCsv, groupColumns } from './figuresCsv.ts';

const origin = (id: string, breakdowns: FigureOrigin['breakdowns'] = []): FigureOrigin => ({
  id,
  metric: id.split('[')[0] ?? id,
  breakdowns,
  label: id,
  definition: id,
  provenance: 'illustrative',
  source: 'x.csv',
  derivation: { inputs: [], fallbacks: [] },
  privacy: { kind: 'share', base: 'reviewed' },
});
const housing = { dimension: 'domain', value: 'housing', label: 'Housing' };
const women = { dimension: 'service', value: 'women', label: 'Women' };

const rows = (figures: readonly PublishedFigure[]) => Papa.parse<Record<string, string>>(figuresCsv(figures), { header: true, skipEmptyLines: true }).data;

test('a share shown exactly: its percentage to one decimal from its counts, the counts, and its interval to one decimal, all numbers', () => {
  // 17 of 51 = 33.33%. Wilson 95%, z = 1.96: centre (1/3 + 1.96²/102) / (1 + 1.96²/51) = 0.34501, half-width
  // 1.96 × √(2/9/51 + 1.96²/(4·51²)) / 1.075325 = 0.12531, so 21.97% to 47.03%: 22.0 and 47.0.
  const [row] = rows([proportionFigure(origin('improved[domain=housing]', [housing]), 17, 51)]);
  expect(row).toEqual({
    figure_id: 'improved[domain=housing]',
    label: 'improved[domain=housing]',
    domain: 'Housing',
    unit: 'percent',
    value: '33.3',
    count: '17',
    base: '51',
    lower: '22.0',
    upper: '47.0',
    status: '',
    shown: '',
    rounded_to: '',
  });
});

test('a value kept back is empty with [c] and the words the page shows; a range is empty with its base and its words', () => {
  const suppressed: PublishedFigure = {
    ...countFigure(origin('peer-mentors'), 2),
    disclosure: { treatment: 'suppressed', shown: 'fewer than 5', phrase: 'fewer than 5', reason: 'small', baseShown: false },
  };
  const bounded: PublishedFigure = {
    ...proportionFigure(origin('engaged'), 81, 84),
    disclosure: { treatment: 'bounded', shown: 'over 95%', phrase: 'over 95% (80 or more of 84)', reason: 'complement', baseShown: true },
  };
  const [hidden, range] = rows([suppressed, bounded]);
  expect(hidden).toMatchObject({ value: '', count: '', base: '', lower: '', upper: '', status: '[c]', shown: 'fewer than 5' });
  expect(range).toMatchObject({ value: '', count: '', base: '84', lower: '', upper: '', status: 'range', shown: 'over 95%' });
  // The hidden 2 and 81 are nowhere in the file.
  expect(figuresCsv([suppressed, bounded])).not.toMatch(/(^|,)(2|81)(,|\r)/m);
});

test("a mean to its scale's decimals with its n; money in whole pounds, a loss negative; groups in columns of their own", () => {
  const mean: PublishedFigure = { ...measureFigure(origin('total-mean[service=women]', [women]), 4 / 3, 18), decimals: 2 };
  const money = measureFigure(origin('cost-change[domain=housing]', [housing]), -6670.4, 50, 'gbp');
  const [first, second] = rows([mean, money]);
  expect(first).toMatchObject({ service: 'Women', domain: '', unit: 'number', value: '1.33', base: '18', count: '' });
  expect(second).toMatchObject({ service: '', domain: 'Housing', unit: 'gbp', value: '-6670', base: '50' });
});

test('a difference with the interval its source published: lower and upper in its own unit, to its decimals; none when it is kept back', () => {
  const difference: PublishedFigure = { ...measureFigure(origin('jdl-rate-difference'), -7, 240), decimals: 1, publishedInterval: { lower: -13, upper: -1 } };
  const [shown, hidden] = rows([difference, { ...difference, disclosure: { treatment: 'withheld', shown: 'not shown', phrase: 'not shown', reason: 'x', baseShown: true } }]);
  expect(shown).toMatchObject({ unit: 'number', value: '-7.0', base: '240', lower: '-13.0', upper: '-1.0', status: '' });
  expect(hidden).toMatchObject({ value: '', lower: '', upper: '', status: '[c]' });
});

test('a label a spreadsheet would run as a formula is neutralised, and a comma is quoted', () => {
  const figure = { ...countFigure(origin('referred'), 84), label: '=HYPERLINK("x"), referred' };
  expect(figuresCsv([figure]).split('\r\n')[1]).toBe('referred,"\'=HYPERLINK(""x""), referred",count,84,84,,,,,,');
});

test('a group whose id is a fixed column name gets a column of its own, group_<id>, so no header is written twice', () => {
  // An attribute called "value" (say, how a client values the service), and one called "count".
  const high = { dimension: 'value', value: 'high', label: 'High' };
  const many = { dimension: 'count', value: 'many', label: '10' };
  const csv = figuresCsv([proportionFigure(origin('engaged[value=high]', [high]), 3, 4), proportionFigure(origin('engaged[count=many]', [many]), 1, 4)]);
  const header = csv.split('\r\n')[0]?.split(',') ?? [];
  expect(header).toEqual(['figure_id', 'label', 'group_value', 'group_count', 'unit', 'value', 'count', 'base', 'lower', 'upper', 'status', 'shown', 'rounded_to']);
  expect(new Set(header).size).toBe(header.length);
  // 3 of 4 = 75.0%; 1 of 4 = 25.0%.
  expect(rows([proportionFigure(origin('engaged[value=high]', [high]), 3, 4)])[0]).toMatchObject({ group_value: 'High', value: '75.0', count: '3', base: '4' });
});

test('group column names are deterministic and never collide, even with a group already called group_<id>', () => {
  expect(groupColumns(['domain', 'value', 'group_value', 'status'])).toEqual(['domain', 'group_group_value', 'group_value', 'group_status']);
  expect(groupColumns(['domain', 'value', 'group_value', 'status'])).toEqual(groupColumns(['domain', 'value', 'group_value', 'status']));
});
