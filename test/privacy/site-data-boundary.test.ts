import { describe, expect, test } from 'vitest';
import { type SiteData } from '../../src/lib/index.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';
import { computedFigures } from '../support/computedFigures.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

// The site data exactly as the CLI writes it to site-data.json for the site builder (scripts/io/runAstro.ts).
const { site } = exampleSiteData();
const written = JSON.parse(JSON.stringify(site)) as SiteData;

describe.each(['manchester', 'tayside', 'needs-inventory'])('the site data of the %s example', (slug) => {
  const evaluation = written.evaluations.find((candidate) => candidate.slug === slug);
  const computed = new Map(computedFigures(PROJECT_ROOT, slug).map((figure) => [figure.id, figure]));
  const protectedFigures = evaluation?.figures.filter((figure) => figure.disclosure !== null) ?? [];

  test('has protected figures to check', () => {
    expect(protectedFigures.length).toBeGreaterThan(5);
  });

  test('carries no true value of any protected figure: only its treatment and the text readers see', () => {
    for (const figure of protectedFigures) {
      expect(figure.value, figure.id).toBeNull();
      expect(figure.numerator, figure.id).toBeNull();
      expect(figure.interval, figure.id).toBeNull();
      const truth = computed.get(figure.id);
      // Only a figure disclosure control made by merging two statuses has no computed twin.
      if (figure.metric !== 'maintained-or-deteriorated') expect(truth, figure.id).toBeDefined();
      expect(figure.denominator, figure.id).toBe(figure.disclosure?.baseShown ? (truth?.denominator ?? null) : null);
      expect(figure.text.value, figure.id).toMatch(/^(fewer than \d+|not shown|merged|(over|under) \d+%|\d+% or (more|less))$/);
      expect(figure.text.interval, figure.id).toBe('');
    }
  });

  test('targets on protected figures carry no value, and a result only where the published range decides it', () => {
    const hidden = new Map(protectedFigures.map((figure) => [figure.id, figure]));
    for (const target of evaluation?.outcomeTargets ?? []) {
      for (const measurement of target.measurements) {
        const figure = hidden.get(measurement.figureId);
        if (!figure) continue;
        expect(measurement.value, target.id).toBeNull();
        // Only a range the page shows ("over 69%", "fewer than 5") can settle a target.
        if (measurement.met !== null) expect(figure.disclosure?.treatment, target.id).toMatch(/^(bounded|suppressed)$/);
      }
    }
  });

  test('has no raw sign-test counts: they are published figures, protected like any other', () => {
    expect(evaluation && 'signTests' in evaluation).toBe(false);
  });
});
