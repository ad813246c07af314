import type { PanelFonts } from '../journeys/layoutPanel.ts';
import type { SiteSettings } from '../manifest/parseSiteSettings.ts';
import { formatPeriod } from '../dates/formatDate.ts';
import { escapeMarkup } from '../theme/escapeMarkup.ts';
import { textWidth, type FontMetrics } from '../text/fontMetrics.ts';
import { wrapText } from '../text/wrapText.ts';
import type { EvaluationResult } from './evaluationResult.ts';

/** The size social networks and chat apps show a link's picture at (Open Graph's 1.91:1). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

const MARGIN = 72;
const WIDTH = SHARE_IMAGE.width - 2 * MARGIN;

/** One headline figure as the picture shows it: all text the formatter made (formatFigure), never a raw value. */
interface ShareFigure {
  readonly value: string;
  readonly label: string;
  readonly base: string;
}

/** What one share image says. */
interface ShareContent {
  readonly title: string;
  readonly subtitle: string;
  /** Up to three figures; with none, `text` fills their place. */
  readonly figures: readonly ShareFigure[];
  readonly text: string;
}

/**
 * An evaluation's share image (the Open Graph picture of its pages): the site's organisation, the
 * evaluation's title, who ran it where and when, and its first three headline figures as their
 * cards give them (value, label, base), so a protected figure shows its treatment ("fewer than
 * 5"), never its value. Drawn in the site's colours and typeface; `scripts/io/shareImagePng.ts`
 * renders it.
 */
export function evaluationShareImageSvg(evaluation: EvaluationResult, settings: SiteSettings, fonts: PanelFonts, logo: string | null = null): string {
  const figures = evaluation.headline.flatMap((id) => {
    const figure = evaluation.figures.find((candidate) => candidate.id === id);
    return figure ? [{ value: figure.text.value, label: figure.label, base: figure.card.base }] : [];
  });
  const { meta } = evaluation;
  return shareImageSvg({ title: meta.title, subtitle: `${meta.organisation} · ${meta.area} · ${formatPeriod(meta.period)}`, figures: figures.slice(0, 3), text: meta.summary }, settings, fonts, logo);
}

/** The share image of the site's other pages: its name, and what it publishes. */
export function siteShareImageSvg(settings: SiteSettings, description: string, fonts: PanelFonts, logo: string | null = null): string {
  return shareImageSvg({ title: settings.organisation ? 'Evaluation findings' : settings.name, subtitle: '', figures: [], text: description }, settings, fonts, logo);
}

/** Words of the alternative text of an evaluation's share image: what it shows, in order. */
export function evaluationShareImageAlt(evaluation: EvaluationResult): string {
  const figures = evaluation.headline
    .slice(0, 3)
    .flatMap((id) => evaluation.figures.filter((figure) => figure.id === id))
    .map((figure) => `${figure.label}: ${figure.text.value}${figure.card.base ? ` (${figure.card.base})` : ''}`);
  return `${evaluation.meta.title}${figures.length > 0 ? `. ${figures.join('; ')}` : ''}`;
}

/** Lines of `text` wrapped to `width`, at most `count` of them, the last cut with an ellipsis where text is left over. */
function lines(metrics: FontMetrics, text: string, fontSize: number, width: number, count: number): string[] {
  const wrapped = wrapText(metrics, text, { fontSize, maxWidth: width }).lines;
  if (wrapped.length <= count) return wrapped;
  const kept = wrapped.slice(0, count);
  let last = `${kept[count - 1] ?? ''}…`;
  while (last.length > 1 && textWidth(metrics, last, fontSize) > width) last = `${last.slice(0, -2).replace(/[\s,;:.–—-]+$/, '')}…`;
  return [...kept.slice(0, count - 1), last];
}

function textElement(
  content: readonly string[],
  x: number,
  y: number,
  { size, colour, bold = false, lineHeight = 1.2 }: { size: number; colour: string; bold?: boolean; lineHeight?: number },
): string {
  const spans = content.map((line, index) => `<tspan x="${x}" dy="${index === 0 ? 0 : Math.round(size * lineHeight)}">${escapeMarkup(line)}</tspan>`).join('');
  return `<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${colour}">${spans}</text>`;
}

/** The logo's box, at the top right: as wide as a logo usually is, its picture kept in proportion and set against the right. */
const LOGO = { width: 240, height: 64, top: 56 } as const;

/** `logo`: the site's logo (site.yaml) as a data: address of its own bytes, or null. */
function shareImageSvg(content: ShareContent, settings: SiteSettings, fonts: PanelFonts, logo: string | null): string {
  const { colours } = settings;
  const nameWidth = logo === null ? WIDTH : WIDTH - LOGO.width - 24;
  const parts: string[] = [
    `<rect width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" fill="${colours.paper}"/>`,
    `<rect width="${SHARE_IMAGE.width}" height="16" fill="${colours.accent}"/>`,
    textElement(lines(fonts.bold, settings.name, 30, nameWidth, 1), MARGIN, 104, { size: 30, colour: colours.accent, bold: true }),
  ];
  if (logo !== null) {
    parts.push(
      `<image href="${escapeMarkup(logo)}" x="${SHARE_IMAGE.width - MARGIN - LOGO.width}" y="${LOGO.top}" width="${LOGO.width}" height="${LOGO.height}" preserveAspectRatio="xMaxYMid meet"/>`,
    );
  }
  const title = lines(fonts.bold, content.title, 56, WIDTH, 2);
  parts.push(textElement(title, MARGIN, 190, { size: 56, colour: colours.ink, bold: true, lineHeight: 1.15 }));
  let y = 190 + (title.length - 1) * 64 + 56;
  if (content.subtitle !== '') {
    const subtitle = lines(fonts.regular, content.subtitle, 26, WIDTH, 2);
    parts.push(textElement(subtitle, MARGIN, y, { size: 26, colour: colours.muted, lineHeight: 34 / 26 }));
    y += 26 + (subtitle.length - 1) * 34;
  }
  if (content.figures.length === 0) {
    const top = y + 64;
    parts.push(textElement(lines(fonts.regular, content.text, 28, WIDTH, Math.floor((SHARE_IMAGE.height - top - 24) / 36) + 1), MARGIN, top, { size: 28, colour: colours.ink, lineHeight: 36 / 28 }));
  } else {
    const top = Math.max(y + 64, 400);
    const gap = 32;
    const box = (WIDTH - gap * 2) / 3;
    content.figures.forEach((figure, index) => {
      const x = Math.round(MARGIN + index * (box + gap));
      // The value at 60px, smaller only where a treatment's words ("fewer than 5") would not fit the column.
      const size = Math.max(32, Math.min(60, Math.floor((60 * box) / textWidth(fonts.bold, figure.value, 60))));
      parts.push(`<rect x="${x}" y="${top - 24}" width="6" height="${SHARE_IMAGE.height - top - 24}" fill="${colours.accent}"/>`);
      parts.push(textElement(lines(fonts.bold, figure.value, size, box - 24, 1), x + 24, top + 36, { size, colour: colours.accent, bold: true }));
      const label = lines(fonts.regular, figure.label, 24, box - 24, 3);
      parts.push(textElement(label, x + 24, top + 84, { size: 24, colour: colours.ink }));
      if (figure.base !== '') parts.push(textElement(lines(fonts.regular, figure.base, 20, box - 24, 1), x + 24, top + 84 + label.length * 29 + 6, { size: 20, colour: colours.muted }));
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" viewBox="0 0 ${SHARE_IMAGE.width} ${SHARE_IMAGE.height}" font-family="${escapeMarkup(settings.fontName)}">${parts.join('')}</svg>\n`;
}
