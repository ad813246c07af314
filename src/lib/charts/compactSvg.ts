/**
 * Makes a chart drawn for the page smaller without changing what anyone sees or hears. Every chart
 * is on its page twice (wide and narrow), so its markup is most of what a reader downloads:
 * - coordinates to a tenth of a pixel (Plot writes 16 digits: `247.60000000000002`);
 * - no `font-family` or `font-size` attribute where the drawing's own style sets them (a style
 *   overrides an attribute);
 * - no copy of Plot's stylesheet in each drawing: src/styles/site.css sets the same once.
 * The downloaded SVG is made from the drawing before this, so it keeps everything it needs alone.
 */
export function compactSvg(svg: SVGSVGElement): void {
  const style = svg.getAttribute('style') ?? '';
  if (/(^|;)\s*font-family:/.test(style)) svg.removeAttribute('font-family');
  if (/(^|;)\s*font-size:/.test(style)) svg.removeAttribute('font-size');
  const className = svg.getAttribute('class');
  for (const element of [...svg.querySelectorAll('*')]) {
    if (className !== null && element.localName === 'style' && element.textContent.trimStart().startsWith(`:where(.${className})`)) {
      element.remove();
      continue;
    }
    for (const name of LENGTHS) {
      const value = element.getAttribute(name);
      if (value !== null && PLAIN_NUMBER.test(value)) element.setAttribute(name, roundedLength(value));
    }
    for (const name of ['d', 'points']) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, value.replace(NUMBER, roundedNumber));
    }
    // Only translations: a scale or rotation is not a length, and a tenth would change it.
    const transform = element.getAttribute('transform');
    if (transform !== null)
      element.setAttribute(
        'transform',
        transform.replace(/translate\(([^)]*)\)/g, (_whole, args: string) => `translate(${args.replace(NUMBER, roundedNumber)})`),
      );
  }
}

/** Attributes that hold one length in user units (a value with a unit, `0.71em`, is left as it is). */
const LENGTHS = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry'] as const;
const PLAIN_NUMBER = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*$/i;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** A number to one decimal, written shortest: `85.71428571428571` → `85.7`, `20.0` → `20`, `-0.01` → `0`. */
export function roundedNumber(text: string): string {
  const rounded = Math.round(Number(text) * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A length rounded, except that a mark with some size keeps it: a sliver is not rounded away to nothing. */
function roundedLength(text: string): string {
  const rounded = roundedNumber(text);
  return Number(rounded) === 0 && Number(text) !== 0 ? text : rounded;
}
