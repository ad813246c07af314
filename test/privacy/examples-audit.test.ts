import { describe, expect, test } from 'vitest';
import { auditDisclosure } from '../../src/lib/disclosure/disclosureAudit.ts';
import { figureCells } from '../../src/lib/disclosure/figureCells.ts';
import { figureRelations } from '../../src/lib/disclosure/figureRelations.ts';
import { pinnedSecrets, readerView } from '../support/readerView.ts';
import { disclosureRules, TOPICS } from '../../src/lib/topics/index.ts';
import { exampleSiteData } from '../support/exampleSiteData.ts';

const { site, problems } = exampleSiteData();

// Evaluations with data (Knowsley is narrative only: it has no figures to protect; the Justice Data
// Lab example holds only aggregates published elsewhere, which are not protected).
describe.each(site?.evaluations.filter((evaluation) => evaluation.datasets.some((dataset) => dataset.kind !== 'justice_data_lab')).map((evaluation) => [evaluation.slug, evaluation] as const) ?? [])(
  'the %s example under the default policy',
  (_slug, evaluation) => {
    test('builds clean, with its treatments counted', () => {
      expect(problems).toEqual([]);
      expect(evaluation.disclosure.exposed).toEqual([]);
      expect(evaluation.disclosure.suppressed + evaluation.disclosure.collapsed).toBeGreaterThan(0);
    });

    test('no count hidden from readers can be pinned down from everything published', () => {
      const threshold = evaluation.disclosure.threshold;
      const view = readerView(evaluation.figures, threshold, evaluation.disclosure.unpublishedCells);
      const relations = figureRelations(evaluation.figures, disclosureRules(TOPICS, evaluation.disclosure.partitions, { sums: evaluation.disclosure.sums }), evaluation.disclosure.unpublishedCells);
      const cells = [...view].map(([id, { min, max }]) => ({ id, published: min === max ? { kind: 'exact' as const, value: min } : { kind: 'range' as const, min, max } }));
      const exposures = auditDisclosure({ cells, relations: relations.map(({ parts, total }) => ({ terms: parts.map((cell) => ({ cell, coefficient: 1 })), equals: { cell: total } })) });
      const hiddenSmall = evaluation.figures.filter((figure) => figure.disclosure?.treatment === 'suppressed').map((figure) => figureCells(figure).numerator);
      expect(hiddenSmall.length).toBeGreaterThan(0);
      // A count no figure publishes (the clients who started, a share's complement) may be worked out when it is large: no figure claims to hide it.
      expect(pinnedSecrets(exposures, threshold, evaluation.disclosure.unpublishedCells)).toEqual([]);
      // Every value "fewer than N" admits, beyond the smallest, stays possible for small hidden counts.
      for (const key of hiddenSmall) {
        const exposure = exposures.find((candidate) => candidate.id === key);
        expect(exposure, `${key} is not in the audit`).toBeDefined();
        expect(exposure?.max, `${key} upper end`).toBeGreaterThanOrEqual(1);
      }
    });

    test('the headline share improved stays readable: most domains show it exactly', () => {
      const improved = evaluation.figures.filter((figure) => figure.metric === 'improved');
      if (improved.length === 0) return;
      const shown = improved.filter((figure) => figure.disclosure === null).length;
      expect(shown / improved.length).toBeGreaterThan(0.5);
    });
  },
);
