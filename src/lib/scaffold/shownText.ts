import { redactMessage } from '../identifierScan/redactProblem.ts';
import { terminalSafe } from '../text/terminalSafe.ts';
import { headerIdentifierRules } from '../identifierScan/headerIdentifierRules.ts';
import { IDENTIFIER_RULE_DESCRIPTIONS } from '../identifierScan/identifierRules.ts';

/**
 * A header or file name the author wrote, in quotes, as it may be shown back to them: by the same
 * rule as every message's quoted parts (redactMessage), one that seems to hold an identifier is
 * replaced by what it seems to hold.
 */
export function shownText(text: string): string {
  return terminalSafe(redactMessage(`"${text.replace(/"/g, "'")}"`));
}

/** What a header says its column holds when the identifier scan would stop the build on it ("names"), or undefined. */
export function identifyingHeader(header: string): string | undefined {
  const rules = headerIdentifierRules(header);
  return rules.length === 0 ? undefined : rules.map((rule) => IDENTIFIER_RULE_DESCRIPTIONS[rule]).join(' and ');
}
