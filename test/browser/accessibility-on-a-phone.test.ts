// Every built page has zero axe-core violations (all rules) on a phone; the desktop is
// accessibility.test.ts.
import { PHONE, everyPageHasNoAxeViolations } from './helpers.ts';

everyPageHasNoAxeViolations('phone (360x800)', PHONE);
