import type { Problem } from '../problems/problem.ts';
import { fieldPath, parseYamlFile } from '../yaml/parseYamlFile.ts';
import { TheoryOfChangeSchema, type TheoryOfChange } from './tocSchema.ts';

/**
 * Reads a theory of change and checks what the schema cannot: ids unique across the diagram,
 * links between boxes that exist and go forward, no cycle unless allowed, evidence that names
 * published indicators, and no number typed into a label (figures enter only through evidence,
 * so disclosure rules cannot be bypassed). Every problem names the file, line and field.
 */
export function parseTheoryOfChange(file: string, text: string, figureIds: ReadonlySet<string>, targetIds: ReadonlySet<string> = new Set()): { toc?: TheoryOfChange; problems: Problem[] } {
  const { value: toc, problems, lineOf } = parseYamlFile(file, text, TheoryOfChangeSchema);
  if (!toc) return { problems };
  const at = (path: ReadonlyArray<string | number>, found: string, expected: string): Problem => {
    const row = lineOf(path);
    return row === undefined ? { file, column: fieldPath(path), found, expected } : { file, row, column: fieldPath(path), found, expected };
  };
  const columnOf = new Map<string, number>();
  const columnIds = new Set<string>();
  const typedNumber = (path: ReadonlyArray<string | number>, value: string | undefined) => {
    if (value !== undefined && /\d/.test(value)) problems.push(at(path, 'a number in the text', 'words only: put a figure in evidence as an indicator id, so it is computed and protected like every other figure'));
  };
  toc.columns.forEach((column, c) => {
    if (columnIds.has(column.id)) problems.push(at(['columns', c, 'id'], `a second column with id "${column.id}"`, 'an id used by one column only'));
    columnIds.add(column.id);
    column.nodes.forEach((node, n) => {
      typedNumber(['columns', c, 'nodes', n, 'description'], node.description);
      node.assumptions.forEach((assumption, a) => typedNumber(['columns', c, 'nodes', n, 'assumptions', a], assumption));
      if (columnOf.has(node.id)) problems.push(at(['columns', c, 'nodes', n, 'id'], `a second box with id "${node.id}"`, 'an id used by one box only'));
      else columnOf.set(node.id, c);
      if (/\d/.test(node.label)) problems.push(at(['columns', c, 'nodes', n, 'label'], 'a number in a label', 'words only: put the figure in evidence as an indicator id, so it is computed and protected like every other figure'));
      if (node.target !== undefined && !targetIds.has(node.target)) {
        problems.push(at(['columns', c, 'nodes', n, 'target'], `unknown target "${node.target}"`, `the id of a target under targets in the evaluation's manifest${targetIds.size > 0 ? `: ${[...targetIds].join(', ')}` : ' (it has none)'}`));
      }
      node.evidence.forEach((id, e) => {
        if (!figureIds.has(id)) problems.push(at(['columns', c, 'nodes', n, 'evidence', e], `unknown indicator id "${id}"`, 'an indicator id this evaluation publishes (its figures.json lists them)'));
      });
    });
  });
  const seenLinks = new Map<string, number>();
  toc.links.forEach((link, l) => {
    const key = `${link.from}→${link.to}`;
    const earlier = seenLinks.get(key);
    if (earlier !== undefined) problems.push(at(['links', l], `the same link as links[${earlier}]`, 'each link once'));
    else seenLinks.set(key, l);
    typedNumber(['links', l, 'rationale'], link.rationale);
    for (const end of ['from', 'to'] as const) {
      if (!columnOf.has(link[end])) problems.push(at(['links', l, end], `no box "${link[end]}"`, 'the id of a box in the diagram'));
    }
    const from = columnOf.get(link.from);
    const to = columnOf.get(link.to);
    if (from !== undefined && to !== undefined && to <= from) {
      problems.push(at(['links', l], `a link from column ${from + 1} to column ${to + 1}`, 'links that run left to right, from an earlier column to a later one'));
    }
  });
  if (!toc.allow_cycles) {
    const cycle = findCycle(toc);
    if (cycle) problems.push(at(['links'], `a cycle: ${cycle.join(' → ')}`, 'no chain of links that leads back to where it started (or set allow_cycles: true)'));
  }
  return problems.length > 0 ? { problems } : { toc, problems };
}

function findCycle(toc: TheoryOfChange): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const link of toc.links) next.set(link.from, [...(next.get(link.from) ?? []), link.to]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    if (state.get(id) === 'done') return undefined;
    state.set(id, 'open');
    path.push(id);
    for (const target of next.get(id) ?? []) {
      const found = visit(target);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of [...next.keys()].sort()) {
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
