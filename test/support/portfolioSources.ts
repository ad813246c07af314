import { evidenceStrength } from '../../src/lib/figures/evidenceStrength.ts';
import { countFigure, proportionFigure, type FigureOrigin, type PublishedFigure } from '../../src/lib/figures/publishedFigure.ts';
import type { StudyDesign } from '../../src/lib/manifest/studyDesigns.ts';
import type { EvaluationItem } from '../../src/lib/pipeline/evaluationItems.ts';
import { publicFigure, type PublicFigure } from '../../src/lib/pipeline/publicFigure.ts';
import type { CardSource } from '../../src/lib/portfolio/portfolioCard.ts';
import { outcomeTheme, type ThemeId } from '../../src/lib/taxonomy/outcomeThemes.ts';

const origin = (id: string, label: string): FigureOrigin => ({
  id,
  metric: id,
  breakdowns: [],
  label,
  definition: `${label}.`,
  provenance: 'illustrative',
  source: 'x.csv',
  derivation: { inputs: [], fallbacks: [] },
  privacy: { kind: 'share', base: 'referred' },
});

/** A share as the data step publishes it, through the real formatter; with a design, an outcome figure with its evidence strength. */
export function shareOf(id: string, label: string, numerator: number, denominator: number, design?: StudyDesign): PublicFigure {
  return publicFigure(proportionFigure(origin(id, label), numerator, denominator), [], design ? evidenceStrength(design) : null);
}

export function countOf(id: string, label: string, count: number): PublicFigure {
  return publicFigure(countFigure({ ...origin(id, label), privacy: { kind: 'count' } }, count), []);
}

/** A share that disclosure control withheld: only its treatment and phrase are published. */
export function withheldOf(id: string, label: string, numerator: number, denominator: number): PublicFigure {
  const figure: PublishedFigure = {
    ...proportionFigure(origin(id, label), numerator, denominator),
    disclosure: { treatment: 'withheld', shown: 'not shown', phrase: 'a number (too small to publish)', reason: 'Too few people to publish.', baseShown: false },
  };
  return publicFigure(figure, []);
}

export function item(kind: EvaluationItem['kind'], id: string, theme: ThemeId, text: string, figures: readonly string[] = [], findings: readonly string[] = []): EvaluationItem {
  // Words and figures alternate: the text, then each figure, as keyFindingText splits "{id}".
  const segments = [
    { kind: 'text' as const, text },
    ...figures.flatMap((figure) => [
      { kind: 'figure' as const, id: figure },
      { kind: 'text' as const, text: '.' },
    ]),
  ];
  return { kind, id, anchor: `${kind}-${id}`, theme: outcomeTheme(theme), segments, figures, findings };
}

/** An evaluation's result, as much as the portfolio reads, with what a test does not care about left empty. */
export function cardSource(slug: string, changes: Partial<Omit<CardSource, 'meta'>> & { readonly meta?: Partial<CardSource['meta']> } = {}): CardSource {
  const { meta, ...rest } = changes;
  return {
    slug,
    headline: [],
    figures: [],
    evidenceDesigns: [],
    domains: [],
    items: [],
    heroChart: null,
    charts: [],
    journeys: [],
    ...rest,
    meta: {
      title: `Title ${slug}`,
      programme: 'Mentoring',
      organisation: 'Example Trust',
      area: 'Example borough',
      period: { from: '2014-01-01', to: '2014-12-31' },
      funder: 'Example funder',
      authors: ['Author'],
      published: '2015-01-31',
      version: '1',
      citation: 'Example.',
      as_of: '2014-12-31',
      provenance: 'illustrative',
      summary: 'A summary.',
      sources: [],
      client_groups: [],
      reoffending: { proven: false, age_groups: ['adults', 'juveniles'], national_context: [] },
      ...meta,
    },
  };
}

export { evidenceStrength };
