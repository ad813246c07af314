import { decodeXML } from 'entities';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { CODE_SCHEMES, urlScheme } from '../text/urlScheme.ts';

/** Elements that run code, embed other documents or load from elsewhere. */
const REFUSED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener', 'audio', 'video', 'canvas']);
/** Animations may set any attribute, an address included. */
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
/** Attributes holding an address; in an illustration it must point inside the file (`#id`). */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'base']);
/** `url(…)` to anything but `#id`, and `@import`, in a style: both load from elsewhere. */
const OUTSIDE_URL = /url\(\s*(?!['"]?\s*#)|@import/i;

/**
 * Checks an SVG illustration under public/, which is published as it is. An SVG is a document a
 * browser runs, so it is refused, with the line and what is wrong, when it holds anything that
 * runs or loads from elsewhere: scripts, event handlers, embedded HTML (foreignObject), addresses
 * outside the file (href, xlink:href), javascript:, vbscript: and data: addresses, styles that
 * import or load, animations of addresses, entity definitions and style-sheet instructions.
 * Refused rather than cleaned: an author's tool should say what is wrong, not quietly publish a
 * different picture. The reading is deliberately strict: what it cannot read as plain markup is
 * refused too.
 */
export function checkSvg(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const refuse = (at: number, what: string) => problems.push(problem('svg-not-allowed', { file, row: lineAt(text, at) }, { what }));
  let inStyle = false;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const content = text.slice(at, open < 0 ? text.length : open);
    if (inStyle && OUTSIDE_URL.test(decodeCss(decodeXML(content)))) refuse(at, 'a style that loads from elsewhere (@import or url(…) not to #id)');
    if (open < 0) break;
    if (text.startsWith('<!--', open)) {
      at = endOf(text, '-->', open);
      continue;
    }
    if (text.startsWith('<![CDATA[', open)) {
      const end = endOf(text, ']]>', open);
      if (inStyle && OUTSIDE_URL.test(decodeCss(text.slice(open, end)))) refuse(open, 'a style that loads from elsewhere (@import or url(…) not to #id)');
      at = end;
      continue;
    }
    if (text.startsWith('<?', open)) {
      const end = endOf(text, '?>', open);
      if (!/^<\?xml\s/i.test(text.slice(open, end))) refuse(open, 'a processing instruction (such as xml-stylesheet)');
      at = end;
      continue;
    }
    if (text.startsWith('<!', open)) {
      const end = endOf(text, '>', open);
      if (text.slice(open, end).includes('[')) refuse(open, 'a DOCTYPE with definitions of its own');
      at = end;
      continue;
    }
    const tag = readTag(text, open);
    if (!tag) {
      refuse(open, 'markup that cannot be read as a tag');
      break;
    }
    at = tag.end;
    const name = localName(tag.name);
    if (tag.closing) {
      if (name === 'style') inStyle = false;
      continue;
    }
    if (REFUSED_ELEMENTS.has(name)) refuse(open, `a <${tag.name}> element`);
    if (name === 'style' && !tag.selfClosing) inStyle = true;
    for (const attribute of tag.attributes) {
      const attributeName = localName(attribute.name);
      const value = decodeXML(attribute.value);
      const scheme = urlScheme(value);
      if (attributeName.startsWith('on')) refuse(open, `an event handler (${attribute.name})`);
      else if (scheme !== undefined && CODE_SCHEMES.includes(scheme)) refuse(open, `a ${scheme} address (in ${attribute.name})`);
      else if (ADDRESS_ATTRIBUTES.has(attributeName) && !value.trim().startsWith('#')) refuse(open, `a reference outside the file (${attribute.name} not starting with #)`);
      else if (OUTSIDE_URL.test(decodeCss(value))) refuse(open, `a style that loads from elsewhere (url(…) not to #id, in ${attribute.name})`);
      else if (ANIMATIONS.has(name) && attributeName === 'attributename' && /(^|:)(href|src)$|^on/i.test(value.trim())) refuse(open, `an animation of ${value.trim()}`);
    }
  }
  return problems;
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly end: number;
}

/** A tag at `<`: its name and quoted attributes up to `>`, or undefined when it is not plain markup. */
function readTag(text: string, open: number): Tag | undefined {
  const head = /^<(\/?)([A-Za-z_][\w:.-]*)/.exec(text.slice(open, open + 200));
  if (!head) return undefined;
  const attributes: Array<{ name: string; value: string }> = [];
  const pattern = /\s*(?:([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')|([^\s=/>"']+)|(\/?>))/y;
  pattern.lastIndex = open + head[0].length;
  for (;;) {
    const match = pattern.exec(text);
    if (!match) return undefined;
    if (match[5] !== undefined) return { name: head[2] ?? '', closing: head[1] === '/', selfClosing: match[5] === '/>', attributes, end: pattern.lastIndex };
    // An attribute with no value (HTML-style) names something all the same; a name that is not a name is not plain markup.
    if (!/^[A-Za-z_:][\w:.-]*$/.test(match[1] ?? match[4] ?? '')) return undefined;
    attributes.push({ name: match[1] ?? match[4] ?? '', value: match[2] ?? match[3] ?? '' });
  }
}

/**
 * CSS with its escapes undone, as a browser reads it: `u\72l(` is `url(`, `@\69mport` is `@import`.
 */
function decodeCss(css: string): string {
  if (!css.includes('\\')) return css;
  return css.replace(/\\([0-9a-f]{1,6})\s?|\\([^\n0-9a-f])/gi, (escape, hex: string | undefined, character: string | undefined) => {
    if (character !== undefined) return character;
    const code = Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : escape;
  });
}

/** An element's or attribute's name without its namespace prefix, lower-cased (`xlink:href` → `href`). */
function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}

function endOf(text: string, closing: string, from: number): number {
  const end = text.indexOf(closing, from);
  return end < 0 ? text.length : end + closing.length;
}

function lineAt(text: string, at: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < at; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
