import { expect, test } from 'vitest';
import type { PublicFigure } from './publicFigure.ts';
import { siteFiguresCsv } from './siteFiguresCsv.ts';

/** The parts of a public figure the CSV reads. */
function figure(parts: Partial<PublicFigure> & Pick<PublicFigure, 'id' | 'label' | 'unit'>): PublicFigure {
  return {
    breakdowns: [],
    value: null,
    numerator: null,
    denominator: null,
    interval: null,
    publishedInterval: null,
    bound: null,
    disclosure: null,
    decimals: 1,
    roundedTo: null,
    text: { value: '' },
    ...parts,
  } as unknown as PublicFigure;
}

test('one row per figure with its evaluation, numbers a spreadsheet can sum, [c] and range in status', () => {
  const csv = siteFiguresCsv([
    {
      slug: 'manchester',
      figures: [
        // 41 of 84 = 48.8095…% → 48.8; the interval is given to one decimal.
        figure({ id: 'engaged-over-3-months', label: 'Engaged for over three months', unit: 'percent', value: 48.8095, numerator: 41, denominator: 84, interval: { lower: 0.3844, upper: 0.5926 } }),
        // A share shown as a range keeps its base, and its words in `shown`.
        figure({
          id: 'engaged',
          label: 'Engaged',
          unit: 'percent',
          denominator: 84,
          disclosure: { treatment: 'bounded', reason: 'r', baseShown: true },
          text: { value: 'over 95%' } as PublicFigure['text'],
        }),
      ],
    },
    {
      slug: 'needs',
      figures: [
        // 4.2857… to its scale's two decimals → 4.29; its base 14.
        figure({ id: 'total-change-mean', label: 'Mean change', unit: 'number', value: 4.2857, denominator: 14, decimals: 2 }),
        figure({
          id: 'improved[domain=housing]',
          label: 'Improved — Housing',
          unit: 'percent',
          breakdowns: [{ dimension: 'domain', value: 'housing', label: 'Housing' }],
          disclosure: { treatment: 'suppressed', reason: 'r', baseShown: false },
          text: { value: 'fewer than 5' } as PublicFigure['text'],
        }),
        // A count rounded to the nearest 5.
        figure({ id: 'referred', label: 'Referred', unit: 'count', value: 85, numerator: 85, roundedTo: 5 }),
      ],
    },
  ]);
  expect(csv.split('\r\n')).toEqual([
    'evaluation,figure_id,label,domain,unit,value,count,base,lower,upper,status,shown,rounded_to',
    'manchester,engaged-over-3-months,Engaged for over three months,,percent,48.8,41,84,38.4,59.3,,,',
    'manchester,engaged,Engaged,,percent,,,84,,,range,over 95%,',
    'needs,total-change-mean,Mean change,,number,4.29,,14,,,,,',
    'needs,improved[domain=housing],Improved — Housing,Housing,percent,,,,,,[c],fewer than 5,',
    'needs,referred,Referred,,count,85,85,,,,,,5',
    '',
  ]);
});

test('the interval a source published with a difference is in lower and upper, and a group named as a fixed column gets its own name', () => {
  // A Justice Data Lab difference of -7.0 points, published with -13.0 to -1.0; a group dimension called "value".
  const csv = siteFiguresCsv([
    {
      slug: 'jdl',
      figures: [
        figure({ id: 'jdl-rate-difference', label: 'Difference', unit: 'number', value: -7, denominator: 240, publishedInterval: { lower: -13, upper: -1 } }),
        figure({
          id: 'cohort-share[value=a]',
          label: 'A',
          unit: 'percent',
          value: 50,
          numerator: 5,
          denominator: 10,
          breakdowns: [{ dimension: 'value', value: 'a', label: 'A' }] as PublicFigure['breakdowns'],
        }),
      ],
    },
  ]);
  const [header, jdl] = csv.split('\r\n');
  expect(header).toBe('evaluation,figure_id,label,group_value,unit,value,count,base,lower,upper,status,shown,rounded_to');
  expect(jdl).toBe('jdl,jdl-rate-difference,Difference,,number,-7.0,,240,-13.0,-1.0,,,');
});
