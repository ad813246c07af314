import { describe, expect, test } from 'vitest';
import type { ClientRow } from '../../datasets/datasetRows.ts';
import { formatFigure } from '../../figures/formatFigure.ts';
import { applyDisclosureControl } from '../../disclosure/applyDisclosureControl.ts';
import { disclosureRules, TOPICS } from '../index.ts';
import { clientEngagement } from '../engagement/clientEngagement.ts';
import { engagementInputs } from '../engagement/engagementInputs.ts';
import { clientDosage } from './clientDosage.ts';
import { dosageFigures } from './dosageFigures.ts';
import { clientRow } from '../../../../test/support/clientRow.ts';

const FILES = { clients: 'data/x/clients.csv', contacts: 'data/x/contacts.csv' };
const client = (clientId: string, sessions: number, contactHours: number): ClientRow => clientRow(clientId, { engaged: true, sessions, contactHours });

function hoursTotal(hours: readonly number[]) {
  const clients = hours.map((own, index) => client(`C${index}`, 10, own));
  const engagements = clientEngagement(clients, '2015-05-31', undefined);
  const sources = { ...FILES, engaged: engagementInputs(clients, undefined, FILES).engaged };
  const { figures } = dosageFigures(clientDosage('sessions', engagements, undefined, sources), clientDosage('hours', engagements, undefined, sources), { provenance: 'illustrative', threshold: 5 });
  const total = figures.find((figure) => figure.id === 'contact-hours-total');
  const published = applyDisclosureControl(figures, { threshold: 5, rules: disclosureRules(TOPICS, []) }).figures.find((figure) => figure.id === 'contact-hours-total');
  return { total, shown: published && formatFigure(published).value };
}

describe('the total of contact hours under the dominance rule', () => {
  test('one client with 120 of 160 hours (75%) dominates the total: it is not shown', () => {
    // Nine clients with 120, 10, 5, 5, 5, 5, 5, 5 and 0 hours: 160 in all, the largest 75% > 50%.
    const { total, shown } = hoursTotal([120, 10, 5, 5, 5, 5, 5, 5, 0]);
    expect(total?.concentration).toEqual([{ total: 160, largest: 120, secondLargest: 10 }]);
    expect(shown).toBe('not shown');
  });

  test('hours spread over the clients are published: 20 each for eight clients is 12.5% each', () => {
    const { shown } = hoursTotal([20, 20, 20, 20, 20, 20, 20, 20]);
    expect(shown).toBe('160.0');
  });
});
