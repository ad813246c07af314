import { CHART_KINDS } from '../topics/index.ts';
import { NARRATIVE_COMPONENTS } from '../narrative/checkNarrative.ts';
import { allowedAttributes, NARRATIVE_ELEMENTS } from '../narrative/narrativeAllowList.ts';

/** One attribute ("prop") of a component, as an author writes it. */
export interface ComponentProp {
  readonly name: string;
  readonly required: boolean;
  /** What the value may be, in words. */
  readonly value: string;
}

export interface ComponentEntry {
  readonly name: string;
  /** What it shows, in a sentence. */
  readonly shows: string;
  readonly props: readonly ComponentProp[];
  /** One use, exactly as written in a summary.mdx. */
  readonly example: string;
  /** The guide page (and anchor) that says more. */
  readonly more: { readonly slug: string; readonly fragment: string };
}

/**
 * What each component shows and its props. The names come from the allow-list the check uses
 * (NARRATIVE_COMPONENTS), so a component added there and not here is caught by the test beside
 * this file, and the props are proven against the check itself.
 */
const COMPONENTS: Readonly<Record<string, Omit<ComponentEntry, 'name'>>> = {
  Indicator: {
    shows: 'A published figure inside a sentence, in bold, with its base; a protected figure reads as a phrase such as “fewer than 5”.',
    props: [{ name: 'id', required: true, value: 'an indicator id the evaluation publishes, such as engaged or improved[domain=housing]' }],
    example: '<Indicator id="engaged" />',
    more: { slug: 'indicators', fragment: 'placing-figures-in-the-summary-text' },
  },
  IndicatorCard: {
    shows: 'A figure as a card, like the headline cards: label, value, base, target, evidence level and how it is measured.',
    props: [{ name: 'id', required: true, value: 'an indicator id the evaluation publishes' }],
    example: '<IndicatorCard id="engaged" />',
    more: { slug: 'indicators', fragment: 'placing-figures-in-the-summary-text' },
  },
  Chart: {
    shows: 'One of the evaluation’s charts, in full, with its data table and downloads.',
    props: [
      { name: 'kind', required: true, value: `the chart's kind: ${CHART_KINDS.join(', ')}` },
      {
        name: 'group, dimension, measure',
        required: false,
        value: 'the options of one chart of that kind, as its section of the charts page says; the check lists the options an evaluation’s charts have',
      },
    ],
    example: '<Chart kind="cohort" dimension="gender" />',
    more: { slug: 'charts', fragment: 'placing-a-chart-in-the-summary-text' },
  },
};

/** Every component a summary may use, with its props, in the allow-list's order. */
export function narrativeComponents(): ComponentEntry[] {
  return NARRATIVE_COMPONENTS.map((name) => {
    const entry = COMPONENTS[name];
    if (!entry) throw new Error(`the guide does not describe the component <${name}>: add it to componentReference.ts`);
    return { name, ...entry };
  });
}

/** Every plain HTML element a summary may use, and its attributes, from the allow-list the check uses. */
export function narrativeElements(): Array<{ readonly name: string; readonly attributes: readonly string[] }> {
  return NARRATIVE_ELEMENTS.map((name) => ({ name, attributes: allowedAttributes(name) }));
}

/** The chart kinds, each with its anchor on the charts page (its heading is the kind in code). */
export function chartKinds(): readonly string[] {
  return CHART_KINDS;
}
