import { decodeHTML } from 'entities';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { fieldPath } from '../yaml/parseYamlFile.ts';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/problem.ts';
import { IDENTIFIER_RULE_DESCRIPTIONS, type IdentifierRule } from './identifierRules.ts';
import { textIdentifierRules, type TextRule } from './textIdentifierRules.ts';

const describe = (rules: readonly IdentifierRule[]) => rules.map((rule) => IDENTIFIER_RULE_DESCRIPTIONS[rule]);

/**
 * The identifier scan of every text value in a YAML file (the manifest, a theory of change): each
 * string, wherever it is, except under the keys in `skip` (ids and file paths, whose shapes are
 * checked elsewhere and which are never prose). Each hit is a problem at the value's line and field
 * path naming what it seems to hold, never the text. Reads the YAML on its own, so the text is
 * scanned even when the file does not fit its schema; aliases are not followed (what they point
 * to is scanned where it is written).
 */
export function scanYamlText(file: string, text: string, skip: ReadonlySet<string> = new Set()): Problem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problems: Problem[] = [];
  const walk = (node: unknown, path: ReadonlyArray<string | number>): void => {
    if (isAlias(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        // A key is text too: an offence type under cost_groups, or a mistake ("sam@example.org: x").
        if (isScalar(pair.key)) scan(pair.key, key, [...path, key]);
        if (!skip.has(key)) walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'bigint')) {
      // An unquoted 07700900123 is the number 7700900123 to YAML: scan it as it was written.
      scan(node, typeof node.value === 'string' ? node.value : (node.source ?? String(node.value)), path);
    }
  };
  const scan = (node: Node, text: string, path: ReadonlyArray<string | number>): void => {
    const rules = textIdentifierRules(text);
    const offset = node.range?.[0];
    if (rules.length > 0)
      problems.push(problem('identifying-text', { file, row: offset === undefined ? undefined : lineCounter.linePos(offset).line, column: fieldPath(path) || undefined }, { holds: describe(rules) }));
  };
  walk(document.contents, []);
  return problems;
}

/**
 * The identifier scan of a text file read as lines (the MDX narrative, front matter and all): each
 * line, and each pair of neighbouring lines joined, so an identifier broken over a line end is
 * found too (reported at its first line). A hit names the line and what it seems to hold.
 */
export function scanTextLines(file: string, text: string): Problem[] {
  const lines = text.split(/\r?\n/);
  const problems: Problem[] = [];
  // Each line as written and as a reader sees it: "0770**0** 900123", "jo&#64;example.org" and "jo\\@example.org" render as the identifier.
  const textIdentifierRulesOf = (line: string): TextRule[] => [...new Set([...textIdentifierRules(line), ...textIdentifierRules(rendered(line))])];
  const hit = lines.map((line) => textIdentifierRulesOf(line));
  lines.forEach((line, index) => {
    let found = hit[index] ?? [];
    const next = lines[index + 1];
    if (found.length === 0 && next !== undefined && (hit[index + 1] ?? []).length === 0 && line.trim() !== '' && next.trim() !== '') found = textIdentifierRulesOf(`${line} ${next}`);
    if (found.length > 0) problems.push(problem('identifying-text', { file, row: index + 1 }, { holds: describe(found) }));
  });
  return problems;
}

/** Markdown as a reader sees it: entities decoded, backslash escapes and emphasis marks dropped, tags removed. */
function rendered(line: string): string {
  if (!/[&\\*_~`<]/.test(line)) return line;
  return decodeHTML(line.replace(/<[^<>]{0,200}>/g, ''))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[*_~`]/g, '');
}

/**
 * The identifier scan of file and folder names (everything under public/ is published under its
 * own name): each name without its extension, with `_` read as a space, so `07700_900123.jpg` or
 * `sam@example.org.pdf` is found. Names of people are not looked for, as in other author text.
 * The problem names the folder the name is in and its place there in name order, never the name
 * itself, which is the identifier.
 */
export function scanFileNames(paths: readonly string[]): Problem[] {
  const entries = new Map<string, Set<string>>();
  for (const path of paths) {
    const parts = path.split('/');
    parts.slice(1).forEach((name, i) => {
      const folder = parts.slice(0, i + 1).join('/');
      entries.set(folder, (entries.get(folder) ?? new Set()).add(name));
    });
  }
  const problems: Problem[] = [];
  for (const [folder, names] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = [...names].sort();
    sorted.forEach((name, index) => {
      // As written (a folder "sam@example.org"), without its extension, and with _ - . read as spaces ("M1-1AE.pdf").
      const bare = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
      const rules = [...new Set([name, bare.replace(/_/g, ' '), bare.replace(/[_.-]/g, ' ')].flatMap((text) => textIdentifierRules(text)))];
      if (rules.length > 0) problems.push(problem('identifying-file-name', { file: folder }, { holds: describe(rules), position: index + 1, entries: sorted.length }));
    });
  }
  return problems;
}

/**
 * The identifier scan of named fields of a file that is not YAML or prose (a previous release's
 * figures.json): each field's text, with the punctuation of an id (`[ ] = , -`) read as spaces
 * as well, so `referred[gender=07700-900123]` is found. A hit names the file and field, never the text.
 */
export function scanFields(file: string, fields: ReadonlyArray<{ readonly column: string; readonly text: string }>): Problem[] {
  return fields.flatMap(({ column, text }) => {
    const rules = [...new Set([text, text.replace(/[[\]=,-]/g, ' ')].flatMap((value) => textIdentifierRules(value)))];
    return rules.length > 0 ? [problem('identifying-text', { file, column }, { holds: describe(rules) })] : [];
  });
}
