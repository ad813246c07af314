import { beforeAfterMessage } from './beforeAfterMessage.ts';
import { cohortMessage } from './cohortMessage.ts';
import { outcomeStatusMessage } from './outcomeStatusMessage.ts';
import { reoffendingMessage } from './reoffendingMessage.ts';
import { sessionBandsMessage } from './sessionBandsMessage.ts';
import { totalScoreChangeMessage } from './totalScoreChangeMessage.ts';
import type { MessageInputs } from './messageInputs.ts';

/**
 * One message per chart kind that has an honest one. A kind not listed keeps its descriptive
 * title: re-offending by sessions attended (a sentence comparing bands would read as cause and
 * effect), Justice Data Lab results (each is its own comparison), targets (whose message,
 * targetsMessage, counts comparisons, which the targets chart gives assembleChart itself), scores on a scale whose
 * better end differs by scale, engagement by age band and sessions by month (several measures at
 * once), feedback (long statements) and proven re-offending.
 */
const MESSAGES: Readonly<Record<string, (inputs: MessageInputs) => string | null>> = {
  'outcome-status': outcomeStatusMessage,
  cohort: cohortMessage,
  'clients-by-sessions': sessionBandsMessage,
  reoffending: reoffendingMessage,
  'before-after': beforeAfterMessage,
  'total-score-change': totalScoreChangeMessage,
};

/**
 * The sentence a chart's heading says, from its published figures: what the chart shows, never
 * why; never a protected value; never a superlative a tie, a hidden or a ranged figure would make
 * untrue. Null when no honest sentence can be made, and the chart keeps its descriptive title.
 */
export function chartMessage(kind: string, inputs: MessageInputs): string | null {
  const message = Object.hasOwn(MESSAGES, kind) ? MESSAGES[kind] : undefined;
  return message ? message(inputs) : null;
}
