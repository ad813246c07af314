import type { ReadText } from '../../datasets/loadDatasets.ts';
import type { Problem } from '../../problems/problem.ts';
import { DEFAULT_UNIT_COSTS } from './defaultUnitCosts.ts';
import { loadUnitCosts } from './loadUnitCosts.ts';
import { problem } from '../../problems/problem.ts';
import { isUnreadable, unreadableProblem } from '../../problems/unreadableProblem.ts';

/**
 * The unit costs the cost of crime is valued with: the author's own table when the manifest names
 * one (its problems added to `problems`), else the built-in national averages, with a sentence
 * saying where they come from.
 */
export function loadCosting(folder: string, file: string | undefined, readText: ReadText, problems: Problem[]) {
  if (file === undefined)
    return { unitCosts: DEFAULT_UNIT_COSTS, source: 'national average unit costs from Home Office, The economic and social costs of crime, 2nd ed. (Heeks et al., 2018), as built into evalsite' };
  const path = `${folder}/${file}`;
  const text = readText(path);
  if (text === undefined) {
    problems.push(problem('unit-cost-file-missing', { file: `${folder}/evaluation.yaml`, column: 'datasets.offences.unit_costs' }, { file, path }));
    return undefined;
  }
  if (isUnreadable(text)) {
    problems.push(unreadableProblem(path, text));
    return undefined;
  }
  const loaded = loadUnitCosts(path, text);
  problems.push(...loaded.problems);
  if (!loaded.unitCosts) return undefined;
  const sources = [...new Set(loaded.unitCosts.map((cost) => cost.source))];
  return { unitCosts: loaded.unitCosts, source: `unit costs from the evaluation's own table (${path}), citing ${sources.join('; ')}` };
}
