import { describe, expect, test } from 'vitest';
import { demoManifestWith, runDemo } from '../support/memoryProject.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

const { site } = exampleSiteData();

describe('quasi-identifiers', () => {
  test.each(site?.evaluations.map((evaluation) => [evaluation.slug, evaluation] as const) ?? [])(
    '%s: no figure crosses two client attributes, and every group shown is at least the threshold (k-anonymity)',
    (_slug, evaluation) => {
      const attributes = new Set(
        evaluation.figures
          .flatMap((figure) => figure.breakdowns.map((part) => part.dimension))
          .filter((dimension) => !['domain', 'review', 'question', 'response', 'engagement', 'group'].includes(dimension)),
      );
      for (const figure of evaluation.figures) {
        expect(figure.breakdowns.filter((part) => attributes.has(part.dimension)).length, figure.id).toBeLessThanOrEqual(1);
        // A group's size is shown exactly only where it is at least k (= the threshold).
        if ((figure.metric === 'referred' || figure.metric === 'reviewed') && figure.disclosure === null) expect(figure.value, figure.id).toBeGreaterThanOrEqual(evaluation.disclosure.threshold);
        if (figure.metric === 'cohort-share' && figure.disclosure === null) expect(figure.numerator ?? 0, figure.id).toBeGreaterThanOrEqual(evaluation.disclosure.threshold);
      }
    },
  );

  test('a declared quasi-identifier must be a client attribute or age-band', () => {
    const { lines } = runDemo({ 'data/demo/evaluation.yaml': demoManifestWith('indicators:\n', 'privacy:\n  quasi_identifiers: [gender, postcode-district]\nindicators:\n') });
    expect(lines).toEqual([
      'data/demo/evaluation.yaml:privacy.quasi_identifiers[1] — "postcode-district", which is not a client attribute — age-band or one of the attributes under datasets.clients.attributes: gender',
    ]);
  });
});
