import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { buildEvaluation, TOPICS, type Topic } from '../../src/lib/index.ts';
import { assembleChart } from '../../src/lib/charts/assembleChart.ts';
import { drawingDocument } from '../../src/lib/charts/drawingDocument.ts';
import { figureOrigin } from '../../src/lib/figures/figureOrigin.ts';
import { formatFigure } from '../../src/lib/figures/formatFigure.ts';
import { countFigure } from '../../src/lib/figures/publishedFigure.ts';
import { DEMO_FILES } from '../support/memoryProject.ts';
import { memoryEffects } from '../support/memoryEffects.ts';

/**
 * A topic that exists only in this test: its folder would hold this one object. It counts the
 * clients with a contact, draws them as one bar and has a section of its own. Registering it is
 * adding it to the list; nothing else in the library changes.
 */
const CONTACTED = { id: 'clients-contacted', label: 'Clients with a contact', definition: 'Clients with at least one contact recorded.', unit: 'count', privacy: { kind: 'count' } } as const;
const contactsTopic = {
  id: 'contacts-test',
  section: { id: 'contacts-test', title: 'Contacts (test topic)' },
  metrics: { 'clients-contacted': CONTACTED },
  bases: [],
  sums: [],
  merges: [],
  chartKinds: ['contacts-bar'],
  compute({ datasets, contextOf }) {
    const contacted = new Set((datasets.contacts ?? []).map((contact) => contact.clientId)).size;
    return {
      figures: [countFigure(figureOrigin(CONTACTED, [], contextOf('contacts')), contacted)],
      problems: [],
      present: ({ figures, chart }) => {
        const figure = figures.find((candidate) => candidate.metric === CONTACTED.id);
        if (!figure || figure.disclosure) return {};
        const draw = ({ width }: { width: number }) => Plot.plot({ document: drawingDocument(chart), width, marks: [Plot.barX([figure.value], { x: (value: number) => value })] });
        const table = { caption: CONTACTED.label, columns: ['Figure', 'Clients'], rows: [[CONTACTED.label, formatFigure(figure).value]] };
        return {
          cards: [figure.id],
          charts: [
            assembleChart(
              {
                id: 'chart-clients-contacted',
                kind: 'contacts-bar',
                title: 'Clients contacted',
                subtitle: chart.period,
                description: `${formatFigure(figure).value} clients had a contact.`,
                note: '',
                draw,
                table,
                drawn: [figure],
                rows: { total: 1, undrawn: 0 },
                tooFew: 'Too few clients had a contact',
              },
              chart,
            ),
          ],
        };
      },
    };
  },
} as const satisfies Topic;

// Six clients, five of them with a contact: enough that the count is published as it is.
const files = {
  ...DEMO_FILES,
  'data/demo/clients.csv':
    'Client ref,Start,End,Engaged,Age,Gender\nC001,03/02/2014,30/06/2014,Yes,19,Male\nC002,10/03/2014,,Yes,31,Female\nC003,,,No,22,Male\nC004,04/03/2014,,Yes,40,Female\nC005,05/03/2014,,Yes,28,Male\nC006,06/03/2014,,Yes,33,Female\n',
  'data/demo/contacts.csv':
    'client_id,date,minutes,type,location\nC001,03/02/2014,60,face to face,cafe\nC002,10/03/2014,45,phone,\nC004,04/03/2014,30,phone,\nC005,05/03/2014,30,phone,\nC006,06/03/2014,30,phone,\nC006,07/03/2014,30,phone,\n',
};

describe('a topic registered only in a test build', () => {
  const { result, problems } = buildEvaluation('demo', memoryEffects(files), [...TOPICS, contactsTopic]);

  test('publishes its figure, through disclosure control, with its definition', () => {
    expect(problems).toEqual([]);
    const figure = result?.figures.find((candidate) => candidate.id === 'clients-contacted');
    expect(figure).toMatchObject({ value: 5, disclosure: null, label: 'Clients with a contact', definition: 'Clients with at least one contact recorded.', text: { value: '5' } });
  });

  test('draws its chart', () => {
    expect(result?.charts.find((chart) => chart.id === 'chart-clients-contacted')).toMatchObject({
      kind: 'contacts-bar',
      figureIds: ['clients-contacted'],
      table: { rows: [['Clients with a contact', '5']] },
    });
  });

  test('has its section, last, as registered', () => {
    // A count of clients contacted is no outcome: the section claims no evidence strength.
    expect(result?.sections.at(-1)).toEqual({
      id: 'contacts-test',
      title: 'Contacts (test topic)',
      cards: ['clients-contacted'],
      caveat: null,
      charts: ['chart-clients-contacted'],
      tables: [],
      evidence: [],
      // It follows no definition a reader could take for another's.
      definition: null,
    });
  });

  test('without it, the same build has none of these', () => {
    const plain = buildEvaluation('demo', memoryEffects(files));
    expect(plain.result?.figures.some((figure) => figure.id === 'clients-contacted')).toBe(false);
    expect(plain.result?.sections.some((section) => section.id === 'contacts-test')).toBe(false);
  });
});
