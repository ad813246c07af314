/** The pages of one evaluation a reader moves between, in reading order: the label each is known by and its path under the evaluation. */
export const EVALUATION_PAGES = {
  summary: { label: 'Summary', path: '' },
  findings: { label: 'Findings', path: 'findings/' },
  conclusions: { label: 'Conclusions', path: 'conclusions/' },
  'theory-of-change': { label: 'How it works', path: 'theory-of-change/' },
  stories: { label: 'Stories', path: 'journeys/' },
  methodology: { label: 'Methods', path: 'methodology/' },
  downloads: { label: 'Downloads', path: 'downloads/' },
  report: { label: 'Report', path: 'report/' },
} as const;

export type EvaluationPageId = keyof typeof EVALUATION_PAGES;

/** One entry of an evaluation's navigation: the page, its label and its path from the site root (`manchester/findings/`). */
export interface EvaluationPageLink {
  readonly page: EvaluationPageId;
  readonly label: string;
  readonly path: string;
}

/**
 * The evaluation's own pages, for the navigation on each of them. A page the evaluation does not
 * have is left out rather than linked to an empty one: findings with no section, a theory of change
 * or stories that were never written, findings and recommendations never authored as items. Every evaluation has its report, the one page to print.
 */
export function evaluationPages(slug: string, has: { readonly findings: boolean; readonly conclusions?: boolean; readonly theoryOfChange: boolean; readonly stories: boolean }): EvaluationPageLink[] {
  const present: Record<EvaluationPageId, boolean> = {
    summary: true,
    findings: has.findings,
    conclusions: has.conclusions === true,
    'theory-of-change': has.theoryOfChange,
    stories: has.stories,
    methodology: true,
    downloads: true,
    report: true,
  };
  return (Object.keys(EVALUATION_PAGES) as EvaluationPageId[])
    .filter((page) => present[page])
    .map((page) => ({ page, label: EVALUATION_PAGES[page].label, path: `${slug}/${EVALUATION_PAGES[page].path}` }));
}
