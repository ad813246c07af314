import { escapeMarkup } from '../theme/escapeMarkup.ts';
import { GRID, INK, MUTED_INK, PAGE, PRIMARY, TARGET_RESULT_COLOURS } from '../theme/palette.ts';
import type { DiagramDrawing } from './diagramDrawing.ts';
import type { SiteFonts } from '../theme/siteFonts.ts';
import { wrapText } from '../text/wrapText.ts';
import type { BoundEvidence, BoundNode } from './bindEvidence.ts';
import { layoutColumns } from './layoutColumns.ts';
import type { TheoryOfChange } from './tocSchema.ts';

const BOX_WIDTH = 184;
const PADDING = 10;
const LABEL_SIZE = 14;
const EVIDENCE_SIZE = 12.5;
const HEADING_SIZE = 15;
const HEADING_HEIGHT = 44;
const CONTEXT_HEIGHT = 34;
// No-break spaces keep each mark on one line with its figure's last word.
const RESULT_MARKS = { met: '\u00a0✓\u00a0met', 'not-met': '\u00a0✗\u00a0not\u00a0met', 'no-target': '', protected: '' } as const;

/** The site's typeface: the drawing names its family and is measured with its metrics, regular and bold. */
export type DiagramFonts = SiteFonts;

/**
 * Draws a theory of change as SVG at build time: every label wrapped with the site font's real
 * metrics so it never overflows its box, boxes laid out in columns, links routed through the
 * gutters, evidence written inside its box with a text cue for the target (never colour alone),
 * outcome boxes with no evidence marked "not measured", and context bands underneath. Text is
 * escaped; the SVG is decorative for assistive technology, because the page gives the same
 * content as nested lists.
 */
export function renderTheoryOfChange(toc: TheoryOfChange, nodes: ReadonlyMap<string, BoundNode>, fonts: DiagramFonts): DiagramDrawing {
  const inner = BOX_WIDTH - 2 * PADDING;
  const contents = new Map(
    toc.columns.flatMap((column) =>
      column.nodes.map((node) => {
        const bound = nodes.get(node.id);
        const label = wrapText(fonts.bold, node.label, { fontSize: LABEL_SIZE, maxWidth: inner });
        const evidenceText = bound?.evidence.map(evidenceLine) ?? [];
        if (bound?.outcome && evidenceText.length === 0) evidenceText.push('Not measured');
        const evidence = evidenceText.map((text) => wrapText(fonts.regular, text, { fontSize: EVIDENCE_SIZE, maxWidth: inner }));
        const height = 2 * PADDING + label.height + evidence.reduce((sum, block) => sum + block.height + 4, 0);
        return [node.id, { label, evidence, height: Math.ceil(height) }] as const;
      }),
    ),
  );
  const layout = layoutColumns(
    toc.columns.flatMap((column, index) => column.nodes.map((node) => ({ id: node.id, column: index, width: BOX_WIDTH, height: contents.get(node.id)?.height ?? 40 }))),
    toc.links,
    // Links side by side 12px apart, so each can be followed from box to box rather than merging into a trunk.
    { columnGap: 48, rowGap: 14, padding: 0, trackSpacing: 12 },
  );
  const headings = toc.columns.map((column) => wrapText(fonts.bold, column.label, { fontSize: HEADING_SIZE, maxWidth: BOX_WIDTH }));
  const top = Math.max(HEADING_HEIGHT, ...headings.map((heading) => Math.ceil(heading.height + 16)));
  const contextTop = top + layout.height + 24;
  const width = Math.max(layout.width, 400);
  // Context bands wrap across the full width, so a long one is never cut off.
  const contextLines = toc.contexts.map((context) => wrapText(fonts.regular, `${context.label}: ${context.items.join(' · ')}`, { fontSize: 13, maxWidth: width - 20 }));
  const bandHeights = contextLines.map((lines) => Math.max(CONTEXT_HEIGHT, Math.ceil(lines.height + 16)));
  const height = contextTop + bandHeights.reduce((sum, band) => sum + band + 6, 0);
  const parts: string[] = [];
  const labels: Array<DiagramDrawing['labels'][number]> = [];
  const columnX = toc.columns.map((_, index) => Math.min(...layout.boxes.filter((box) => toc.columns[index]?.nodes.some((node) => node.id === box.id)).map((box) => box.x)));
  toc.columns.forEach((_column, index) => {
    const lines = headings[index];
    if (!lines) return;
    lines.lines.forEach((line, lineIndex) => parts.push(text(columnX[index] ?? 0, 18 + lineIndex * lines.lineHeight, line, { size: HEADING_SIZE, weight: 700, fill: INK })));
  });
  parts.push(`<defs><marker id="toc-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0L8,4L0,8z" fill="${MUTED_INK}"/></marker></defs>`);
  for (const route of layout.routes) {
    const d = route.points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x},${y + top}`).join('');
    parts.push(`<path d="${d}" fill="none" stroke="${MUTED_INK}" stroke-width="1.5" marker-end="url(#toc-arrow)"/>`);
  }
  for (const box of layout.boxes) {
    const content = contents.get(box.id);
    const bound = nodes.get(box.id);
    if (!content) continue;
    const y = box.y + top;
    const measured = bound?.outcome && bound.evidence.length > 0;
    parts.push(
      `<rect data-box-id="${escapeMarkup(box.id)}" x="${box.x}" y="${y}" width="${box.width}" height="${box.height}" rx="6" fill="${PAGE}" stroke="${measured ? PRIMARY : GRID}" stroke-width="${measured ? 2 : 1.5}"${bound?.outcome && !measured ? ' stroke-dasharray="5 4"' : ''}/>`,
    );
    let cursor = y + PADDING;
    content.label.lines.forEach((line) => {
      parts.push(text(box.x + PADDING, cursor + LABEL_SIZE, line, { size: LABEL_SIZE, weight: 700, fill: INK, box: box.id }));
      cursor += content.label.lineHeight;
    });
    labels.push({ id: box.id, x: box.x + PADDING, y: y + PADDING, width: content.label.width, height: content.label.height });
    content.evidence.forEach((block, index) => {
      cursor += 4;
      labels.push({ id: box.id, x: box.x + PADDING, y: cursor, width: block.width, height: block.height });
      const result = bound?.evidence[index]?.target;
      const fill = result === 'met' || result === 'not-met' ? TARGET_RESULT_COLOURS[result] : bound?.evidence.length ? PRIMARY : MUTED_INK;
      block.lines.forEach((line) => {
        parts.push(text(box.x + PADDING, cursor + EVIDENCE_SIZE, line, { size: EVIDENCE_SIZE, weight: 400, fill, box: box.id }));
        cursor += block.lineHeight;
      });
    });
  }
  let bandTop = contextTop;
  contextLines.forEach((lines, index) => {
    const bandHeight = bandHeights[index] ?? CONTEXT_HEIGHT;
    parts.push(`<rect x="0" y="${bandTop}" width="${width}" height="${bandHeight}" rx="4" fill="#f3f5f8" stroke="${GRID}"/>`);
    lines.lines.forEach((line, lineIndex) => parts.push(text(10, bandTop + 8 + 13 + lineIndex * lines.lineHeight, line, { size: 13, weight: 400, fill: INK })));
    bandTop += bandHeight + 6;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="toc-diagram-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${escapeMarkup(fonts.family)}" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
  return {
    svg,
    width,
    height,
    boxes: layout.boxes.map((box) => ({ ...box, y: box.y + top })),
    labels,
    routes: layout.routes.map((route) => ({ ...route, points: route.points.map(([x, y]) => [x, y + top] as const) })),
  };
}

function evidenceLine(item: BoundEvidence): string {
  // A base ("23 of 39") is kept on one line, so a line never ends in "of".
  const base = item.base ? ` (${item.base.replace(/ /g, '\u00a0')})` : '';
  return `${item.scope ? `${item.scope}: ` : ''}${item.value}${base}${RESULT_MARKS[item.target]}`;
}

function text(x: number, y: number, content: string, { size, weight, fill, box }: { size: number; weight: number; fill: string; box?: string }): string {
  const inBox = box === undefined ? '' : ` data-box="${escapeMarkup(box)}"`;
  return `<text${inBox} x="${round(x)}" y="${round(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeMarkup(content)}</text>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
