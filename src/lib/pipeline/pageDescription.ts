import { formatPeriod } from '../dates/formatDate.ts';
import type { SiteSettings } from '../manifest/parseSiteSettings.ts';
import type { EvaluationPageId } from './evaluationPages.ts';
import type { EvaluationResult } from './evaluationResult.ts';

/** About what search engines show under a result and what a shared link's preview fits; a longer text is cut at a word. */
export const DESCRIPTION_LENGTH = 200;

/** `text` at most DESCRIPTION_LENGTH characters, cut after a whole word with an ellipsis. */
export function clipDescription(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= DESCRIPTION_LENGTH) return plain;
  const cut = plain.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The description of one of an evaluation's pages, for search results and shared links: the
 * summary page gives the evaluation's own summary; the others say what the page holds, for which
 * programme. Only the author's manifest text and evalsite's words: no figure, so nothing a
 * disclosure rule protects can reach it.
 */
export function evaluationPageDescription(evaluation: EvaluationResult, page: EvaluationPageId): string {
  const { meta } = evaluation;
  const which = `${meta.programme} (${meta.area}, ${formatPeriod(meta.period)})`;
  const sections = evaluation.sections.map((section) => section.title.charAt(0).toLowerCase() + section.title.slice(1));
  const descriptions: Record<EvaluationPageId, string> = {
    summary: meta.summary,
    findings: `What the figures show for ${which}${sections.length > 0 ? `: ${sections.join('; ')}` : ''}.`,
    'theory-of-change': `How ${which} is meant to work: its theory of change, from activities to outcomes, and the evidence for each step.`,
    stories: `Illustrated client journeys from ${which}: what the support looked like for the people it worked with.`,
    methodology: `How the figures for ${which} were worked out: the data, the definitions, how small numbers are protected, and the limitations.`,
    downloads: `The published figures for ${which} as files to download: data tables, the figures in full, and the charts.`,
    conclusions: `The findings and recommendations of ${which}, each with the figures it rests on.`,
    report: `The evaluation of ${which} as one report to read or print: key findings, headline figures, the main charts, how it works, the stories and the method.`,
  };
  return clipDescription(descriptions[page]);
}

/** The home page's description: the author's (site.yaml), or the evaluations the site publishes. */
export function siteDescription(settings: SiteSettings, evaluations: readonly EvaluationResult[]): string {
  if (settings.description !== null) return clipDescription(settings.description);
  const count = evaluations.length;
  const titles = evaluations.map((evaluation) => evaluation.meta.title).join('; ');
  return clipDescription(`${settings.name}: the findings of ${count} evaluation${count === 1 ? '' : 's'}${count > 0 ? `: ${titles}` : ''}.`);
}
