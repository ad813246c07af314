import { decodeXML } from 'entities';

/** One XML element: its local name (any namespace prefix dropped), attributes, children and the text directly inside it. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The element tree of one part of a workbook (SpreadsheetML is plain, machine-written XML):
 * elements, attributes, text, CDATA, comments and processing instructions. A document type
 * declaration is refused rather than read, so no entity is ever expanded beyond the five XML
 * names and character references. Undefined when the text is not well-formed.
 */
export function parseXml(text: string): XmlElement | undefined {
  const root: OpenElement = { name: '', attributes: {}, children: [], text: '' };
  const stack: OpenElement[] = [root];
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    const top = stack[stack.length - 1];
    if (top === undefined) return undefined;
    if (next < 0) {
      if (text.slice(at).trim() !== '') return undefined;
      break;
    }
    if (next > at) top.text += decodeXML(text.slice(at, next));
    if (text.startsWith('<?', next)) {
      const end = text.indexOf('?>', next);
      if (end < 0) return undefined;
      at = end + 2;
    } else if (text.startsWith('<!--', next)) {
      const end = text.indexOf('-->', next);
      if (end < 0) return undefined;
      at = end + 3;
    } else if (text.startsWith('<![CDATA[', next)) {
      const end = text.indexOf(']]>', next);
      if (end < 0) return undefined;
      top.text += text.slice(next + 9, end);
      at = end + 3;
    } else if (text.startsWith('<!', next)) {
      return undefined;
    } else {
      TAG.lastIndex = next;
      const tag = TAG.exec(text);
      if (!tag) return undefined;
      const [whole, closing, qualified = '', attributeText = '', selfClosing] = tag;
      const name = qualified.slice(qualified.indexOf(':') + 1);
      at = next + whole.length;
      if (closing === '/') {
        if (stack.length < 2 || top.name !== name || selfClosing === '/') return undefined;
        stack.pop();
        const parent = stack[stack.length - 1];
        parent?.children.push(top);
        continue;
      }
      const attributes: Record<string, string> = {};
      for (const match of attributeText.matchAll(ATTRIBUTE)) {
        const key = match[1] ?? '';
        attributes[key.slice(key.indexOf(':') + 1)] = decodeXML(match[2] ?? match[3] ?? '');
      }
      const element: OpenElement = { name, attributes, children: [], text: '' };
      if (selfClosing === '/') top.children.push(element);
      else stack.push(element);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) return undefined;
  return root.children[0];
}

/** The element's children of one name. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element === undefined ? [] : element.children.filter((child) => child.name === name);
}

/** The element's first child of a name. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}
