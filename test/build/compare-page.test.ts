// The comparison pages on the example site (built once by test/support/exampleSiteSetup.ts): an
// index of the indicators Manchester, the needs inventory and the peer-support examples share,
// and a page per indicator with what is refused and why; no ranking.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import '../support/exampleSite.ts';
import { searchIndexText } from '../../src/lib/index.ts';

const { root } = inject('exampleSite');
const html = readFileSync(join(root, 'dist', 'compare', 'index.html'), 'utf8');
const { document } = parseHTML(html);
const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const MANCHESTER = 'Mentoring within Integrated Offender Management, Manchester';
const NEEDS = 'Needs inventory example (illustrative)';
const PEER = 'Peer support example (illustrative)';

/** An indicator's own page, /compare/<id>/, as its section. */
function section(id: string): Element {
  const page = parseHTML(readFileSync(join(root, 'dist', 'compare', id, 'index.html'), 'utf8')).document;
  const found = page.getElementById(`compare-${id}`)?.closest('section');
  if (!found) throw new Error(`no section for ${id}`);
  return found;
}
/** The index's links to indicator pages, as their ids (`engaged`), in the order given. */
const linked = (links: Iterable<Element>): string[] => [...links].map((link) => (link.getAttribute('href') ?? '').replace(/^\/compare\/(.*)\/$/, '$1'));
/** Each pair's verdict and its reasons, as `A and B: no Reason. Reason.` */
const pairs = (id: string): string[] =>
  [...section(id).querySelectorAll('.compare-pairs > li')].map((item) => [item.querySelector('strong'), ...item.querySelectorAll('li')].map((part) => text(part)).join(' '));

describe('the comparison pages on the examples', () => {
  test('is linked from the footer of every page, the home page among them', () => {
    const home = parseHTML(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).document;
    expect([...home.querySelectorAll('.site-footer a')].map((link) => link.getAttribute('href'))).toEqual(expect.arrayContaining(['/compare/', '/figures.csv']));
  });

  test('is an index: the figures some evaluations can be read side by side on first, those shared in name only folded, each in catalogue order and linked to a page of its own', () => {
    const alike = linked(document.querySelectorAll('.compare-contents > .compare-index a'));
    const unlike = linked(document.querySelectorAll('.compare-contents details.compare-unlike a'));
    // Engagement (the needs inventory and peer support alike) before its 3-month share; referred, refused for every pair, is folded.
    expect(alike.slice(0, 2)).toEqual(['engaged', 'engaged-over-3-months']);
    expect(unlike[0]).toBe('referred');
    expect(alike).not.toContain('referred');
    expect(document.querySelector('details.compare-unlike')?.hasAttribute('open')).toBe(false);
    // Every indicator has its page, and the index holds no figures of its own (they are on the indicators' pages).
    for (const id of [...alike, ...unlike]) expect(existsSync(join(root, 'dist', 'compare', id, 'index.html')), id).toBe(true);
    expect(document.querySelector('.compare-entry')).toBeNull();
    // A month's figure is part of a series, not an indicator of a programme: none is lined up.
    expect([...alike, ...unlike].some((id) => id.includes('month-20'))).toBe(false);
    // Each alike figure says, in a line, which evaluations can be read side by side.
    expect(text(document.querySelector('.compare-contents > .compare-index li')?.querySelector('.compare-index-summary'))).toBe(
      `${NEEDS} and ${PEER} can be read side by side. ${MANCHESTER} stands apart.`,
    );
  });

  test('an indicator’s page is titled by it, described, and leads back to the index', () => {
    const page = parseHTML(readFileSync(join(root, 'dist', 'compare', 'engaged', 'index.html'), 'utf8')).document;
    expect(text(page.querySelector('h1'))).toBe(text(section('engaged').querySelector('h1')));
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
      /^.+: the figure as 3 evaluations publish it, each with its base, period, definition and protection, and whether they can be read side by side\.$/,
    );
    expect([...page.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toContain('/compare/');
  });

  test('engaged: rows by period, Manchester refused with both reasons, the needs inventory and peer support side by side with a note', () => {
    expect([...section('engaged').querySelectorAll('.compare-entry h2')].map((heading) => text(heading))).toEqual([MANCHESTER, NEEDS, PEER]);
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
    const rows = [...section('improved-domain-accommodation').querySelectorAll('.compare-entry h2')].map((heading) => text(heading));
    expect(rows.filter((row) => row === MANCHESTER || row === NEEDS)).toEqual([MANCHESTER, NEEDS]);
  });

  test('ranks nothing: no league-table words anywhere on the index or an indicator’s page', () => {
    expect(text(document.querySelector('main'))).not.toMatch(/\b(best|worst|top|bottom|rank|ranked|ranking|league|winner|leading)\b/i);
    expect(text(section('engaged'))).not.toMatch(/\b(best|worst|top|bottom|rank|ranked|ranking|league|winner|leading)\b/i);
  });

  test('is found in search by its figure and the definitions, not by the evaluations it lists', () => {
    const id = 'assessment-mean-domain-accommodation-review-1';
    const folder = join(root, 'dist', 'pagefind', 'fragment');
    const fragment = readdirSync(folder)
      .map((name) => JSON.parse(searchIndexText(readFileSync(join(folder, name))) ?? '{}') as { url?: string; content?: string })
      .find((found) => found.url === `/compare/${id}/`);
    const content = fragment?.content ?? '';
    const page = section(id);
    // The evaluations define this figure differently: each definition is searched, without who wrote it.
    const definitions = [...page.querySelectorAll('.compare-row-definition')].map((definition) => (definition.firstChild?.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(definitions.length).toBeGreaterThan(1);
    for (const definition of definitions) expect(content).toContain(definition.slice(0, 40));
    expect(content).toContain(text(page.querySelector('h1')));
    for (const title of [MANCHESTER, NEEDS, PEER]) expect(content).not.toContain(title);
  });
});
