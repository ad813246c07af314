import { compactSvg } from './compactSvg.ts';

/**
 * Makes a Plot (or hand-built) SVG an accessible image for the page: a <title> and <desc> as its
 * first children, `role="img"`, and ids the page's heading and description can label it with, its
 * markup made smaller (compactSvg). Text goes in through the DOM, so it is escaped.
 */
export function finishSvg(svg: SVGSVGElement, { id, title, description }: { id: string; title: string; description: string }): string {
  const document = svg.ownerDocument;
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  const descElement = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  descElement.textContent = description;
  svg.insertBefore(descElement, svg.firstChild);
  svg.insertBefore(titleElement, svg.firstChild);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  svg.setAttribute('aria-describedby', `${id}-description`);
  compactSvg(svg);
  return svg.outerHTML;
}
