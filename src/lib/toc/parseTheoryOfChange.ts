import type { Problem } from '../problems/problem.ts';
import { problem, type ProblemPlace } from '../problems/problem.ts';
import { fieldPath, parseYamlFile } from '../yaml/parseYamlFile.ts';
import { TheoryOfChangeSchema, type TheoryOfChange } from './tocSchema.ts';
import { notMeasuredFor, type NotMeasured } from '../figures/notMeasured.ts';

/**
 * Reads a theory of change and checks what the schema cannot: ids unique across the diagram,
 * links between boxes that exist and go forward, no cycle unless allowed, evidence that names
 * published indicators, and no number typed into a label (figures enter only through evidence,
 * so disclosure rules cannot be bypassed). Every problem names the file, line and field.
 */
export function parseTheoryOfChange(
  file: string,
  text: string,
  figureIds: ReadonlySet<string>,
  targetIds: ReadonlySet<string> = new Set(),
  unmeasured: readonly NotMeasured[] = [],
): { toc?: TheoryOfChange; problems: Problem[] } {
  const { value: toc, problems, lineOf } = parseYamlFile(file, text, TheoryOfChangeSchema);
  if (!toc) return { problems };
  const at = (path: ReadonlyArray<string | number>): ProblemPlace => ({ file, row: lineOf(path), column: fieldPath(path) });
  const columnOf = new Map<string, number>();
  const columnIds = new Set<string>();
  const typedNumber = (path: ReadonlyArray<string | number>, value: string | undefined) => {
    if (value !== undefined && /\d/.test(value)) problems.push(problem('toc-number-in-text', at(path)));
  };
  toc.columns.forEach((column, c) => {
    if (columnIds.has(column.id)) problems.push(problem('toc-duplicate-column-id', at(['columns', c, 'id']), { id: column.id }));
    columnIds.add(column.id);
    column.nodes.forEach((node, n) => {
      typedNumber(['columns', c, 'nodes', n, 'description'], node.description);
      node.assumptions.forEach((assumption, a) => typedNumber(['columns', c, 'nodes', n, 'assumptions', a], assumption));
      if (columnOf.has(node.id)) problems.push(problem('toc-duplicate-box-id', at(['columns', c, 'nodes', n, 'id']), { id: node.id }));
      else columnOf.set(node.id, c);
      if (/\d/.test(node.label)) problems.push(problem('toc-number-in-label', at(['columns', c, 'nodes', n, 'label'])));
      if (node.target !== undefined && !targetIds.has(node.target)) {
        problems.push(problem('toc-unknown-target', at(['columns', c, 'nodes', n, 'target']), { target: node.target, targets: [...targetIds] }));
      }
      node.evidence.forEach((id, e) => {
        if (figureIds.has(id)) return;
        // A figure the data cannot define is not a typing mistake: say so, and why.
        const absent = notMeasuredFor(id, unmeasured);
        const where = at(['columns', c, 'nodes', n, 'evidence', e]);
        problems.push(absent ? problem('toc-evidence-not-measured', where, { id, reason: absent.reason }) : problem('toc-unknown-evidence', where, { id }));
      });
    });
  });
  const seenLinks = new Map<string, number>();
  toc.links.forEach((link, l) => {
    const key = `${link.from}→${link.to}`;
    const earlier = seenLinks.get(key);
    if (earlier !== undefined) problems.push(problem('toc-duplicate-link', at(['links', l]), { earlier }));
    else seenLinks.set(key, l);
    typedNumber(['links', l, 'rationale'], link.rationale);
    for (const end of ['from', 'to'] as const) {
      if (!columnOf.has(link[end])) problems.push(problem('toc-unknown-box', at(['links', l, end]), { box: link[end] }));
    }
    const from = columnOf.get(link.from);
    const to = columnOf.get(link.to);
    if (from !== undefined && to !== undefined && to <= from) {
      problems.push(problem('toc-backward-link', at(['links', l]), { from: from + 1, to: to + 1 }));
    }
  });
  if (!toc.allow_cycles) {
    const cycle = findCycle(toc);
    if (cycle) problems.push(problem('toc-cycle', at(['links']), { cycle }));
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
