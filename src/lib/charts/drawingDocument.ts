import type { ChartContext } from './chartContext.ts';

/**
 * The document a chart is drawn into. A data step without one (`evalsite check`) draws nothing:
 * `assembleChart` never calls a chart's `draw` then, so reaching here without one is a bug.
 */
export function drawingDocument(context: Pick<ChartContext, 'document'>): Document {
  if (context.document === null) throw new Error('a chart was drawn by a data step that draws nothing (evalsite check)');
  return context.document;
}
