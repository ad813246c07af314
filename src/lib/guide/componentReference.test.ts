import { describe, expect, test } from 'vitest';
import { NARRATIVE_COMPONENTS, checkNarrative } from '../narrative/checkNarrative.ts';
import { NARRATIVE_ELEMENTS } from '../narrative/narrativeAllowList.ts';
import { narrativeComponents, narrativeElements } from './componentReference.ts';

const summary = (body: string) => `---\ntitle: Summary\n---\n\n${body}\n`;
// An evaluation that publishes "engaged" and draws one cohort chart by gender: what the examples name.
const CHARTS = [{ id: 'chart-cohort-gender', kind: 'cohort', options: { dimension: 'gender' } }];
const codes = (body: string) => checkNarrative('content/x/summary.mdx', summary(body), new Set(['engaged']), CHARTS).map((found) => found.code);

describe('the guide’s reference of summary components', () => {
  test('describes every component the summary check allows, in its order, and no other', () => {
    expect(narrativeComponents().map((component) => component.name)).toEqual([...NARRATIVE_COMPONENTS]);
  });

  test('each example is accepted by the check as it is written', () => {
    for (const component of narrativeComponents()) expect(codes(component.example), component.name).toEqual([]);
  });

  test('the props listed for a figure component are the only ones the check accepts', () => {
    for (const component of narrativeComponents().filter((candidate) => candidate.name !== 'Chart')) {
      expect(component.props.map((prop) => prop.name)).toEqual(['id']);
      expect(codes(`<${component.name} id="engaged" title="x" />`)).toEqual(['mdx-attribute-not-allowed']);
      expect(codes(`<${component.name} />`)).toEqual(['mdx-indicator-without-id']);
    }
  });

  test('a Chart needs its kind, the first prop listed', () => {
    const chart = narrativeComponents().find((component) => component.name === 'Chart');
    expect(chart?.props[0]).toMatchObject({ name: 'kind', required: true });
    expect(codes('<Chart />')).toEqual(['mdx-chart-without-kind']);
  });

  test('lists every HTML element the check allows, with exactly the attributes it allows', () => {
    const elements = narrativeElements();
    expect(elements.map((element) => element.name)).toEqual([...NARRATIVE_ELEMENTS]);
    const link = elements.find((element) => element.name === 'a');
    expect(link?.attributes).toEqual(['href', 'title', 'lang']);
    expect(codes('<a href="https://www.gov.uk/" title="GOV.UK" lang="en">GOV.UK</a>')).toEqual([]);
    expect(codes('<a href="https://www.gov.uk/" target="_blank">GOV.UK</a>')).toEqual(['mdx-attribute-not-allowed']);
  });
});
