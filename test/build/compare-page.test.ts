// The comparison page on the example site (built once by test/support/exampleSiteSetup.ts):
// the indicators Manchester, the needs inventory and the peer-support examples share, what is
// refused and why, and no ranking.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import '../support/exampleSite.ts';

const { root } = inject('exampleSite');
const html = readFileSync(join(root, 'dist', 'compare', 'index.html'), 'utf8');
const { document } = parseHTML(html);
const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const MANCHESTER = 'Mentoring within Integrated Offender Management, Manchester';
const NEEDS = 'Needs inventory example (illustrative)';
const PEER = 'Peer support example (illustrative)';

function section(id: string): Element {
  const heading = document.getElementById(`compare-${id}`);
  const found = heading?.closest('section');
  if (!found) throw new Error(`no section for ${id}`);
  return found;
}
/** Each pair's verdict and its reasons, as `A and B: no Reason. Reason.` */
const pairs = (id: string): string[] =>
  [...section(id).querySelectorAll('.compare-pairs > li')].map((item) => [item.querySelector('strong'), ...item.querySelectorAll('li')].map((part) => text(part)).join(' '));

describe('the comparison page on the examples', () => {
  test('is linked from the footer of every page, the home page among them', () => {
    const home = parseHTML(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).document;
    expect([...home.querySelectorAll('.site-footer a')].map((link) => link.getAttribute('href'))).toEqual(expect.arrayContaining(['/compare/', '/figures.csv']));
  });

  test('lists the shared indicators in catalogue order: referred first, then engagement', () => {
    const ids = [...document.querySelectorAll('.compare-indicator h2')].map((heading) => heading.id);
    expect(ids.slice(0, 4)).toEqual(['compare-referred', 'compare-engaged', 'compare-engaged-over-3-months', 'compare-engaged-over-6-months']);
    // A month's figure is part of a series, not an indicator of a programme: none is lined up.
    expect(ids.some((id) => id.includes('month-20'))).toBe(false);
  });

  test('engaged: rows by period, Manchester refused with both reasons, the needs inventory and peer support side by side with a note', () => {
    expect([...section('engaged').querySelectorAll('.compare-entry h3')].map((heading) => text(heading))).toEqual([MANCHESTER, NEEDS, PEER]);
    expect(text(section('engaged').querySelector('.compare-summary'))).toBe(`${NEEDS} and ${PEER} can be read side by side. ${MANCHESTER} stands apart, for the reasons below.`);
    expect(pairs('engaged')).toEqual([
      `${MANCHESTER} and ${NEEDS}: no They were worked out differently: ${MANCHESTER} from its own columns, with no rule standing in; ${NEEDS} by the rule "engaged = had at least one contact" for every client. They cover different times, with no day in common (1 December 2013 to 31 May 2015; 1 January 2022 to 31 March 2023): services, policy and the people referred change over the years.`,
      `${MANCHESTER} and ${PEER}: no They were worked out differently: ${MANCHESTER} from its own columns, with no rule standing in; ${PEER} by the rule "engaged = had at least one contact" for every client. They cover different times, with no day in common (1 December 2013 to 31 May 2015; 1 April 2022 to 31 March 2023): services, policy and the people referred change over the years.`,
      `${NEEDS} and ${PEER}: yes Note: The periods overlap but differ in length: 15 months for ${NEEDS}, 12 for ${PEER}.`,
    ]);
  });

  test('referred: counts over 15 and 12 months are refused', () => {
    expect(pairs('referred')[2]).toBe(`${NEEDS} and ${PEER}: no A count grows with the time it covers, and these cover 15 and 12 months.`);
    expect(text(section('referred').querySelector('.compare-summary'))).toBe('None of these figures can be set side by side: each pair differs in a way that matters, as set out below.');
  });

  test('each figure is shown as everywhere else, with its base, protection and a small base flagged', () => {
    const [manchester, needs, peer] = [...section('engaged').querySelectorAll('.compare-entry')];
    // Manchester: 80 or more of 84 engaged, shown as a range; the needs inventory: a range over 18 people, a small base.
    expect(text(manchester?.querySelector('.compare-value'))).toBe('over 95%');
    expect(text(manchester?.querySelector('.compare-base'))).toBe('of 84 clients');
    expect(text(needs?.querySelector('.compare-value'))).toBe('over 77%');
    expect(text(needs?.querySelector('.compare-small-base'))).toBe('Small base: fewer than 20 people, so read with care.');
    expect(text(needs)).toContain('Shown as a range: the exact share would reveal that fewer than 5 people did otherwise.');
    expect(needs?.querySelector('.compare-small-base')).not.toBeNull();
    // Peer support: 18 of the 24 clients had a contact (P001, P005, … P021, every fourth, had none): 75%.
    expect(text(peer?.querySelector('.compare-value'))).toBe('75%');
    expect(text(peer?.querySelector('.compare-base'))).toBe('18 of 24 clients');
    expect(peer?.querySelector('.compare-small-base')).toBeNull();
    expect(text(peer)).toContain('Adults only; women and men');
  });

  test('domains meet at the theme their manifests map them to: Manchester’s accommodation and the needs inventory’s housing', () => {
    // data/manchester maps accommodation → accommodation; data/needs-inventory maps housing → accommodation (their domains: blocks).
    const rows = [...section('improved-domain-accommodation').querySelectorAll('h3, h4')].map((heading) => text(heading));
    expect(rows.filter((row) => row === MANCHESTER || row === NEEDS)).toEqual([MANCHESTER, NEEDS]);
  });

  test('ranks nothing: no league-table words anywhere on the page', () => {
    expect(text(document.querySelector('main'))).not.toMatch(/\b(best|worst|top|bottom|rank|ranked|ranking|league|winner|leading)\b/i);
  });
});
