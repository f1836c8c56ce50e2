/**
 * The rule registry: every rule, in the order their findings are documented. Adding a rule = one file + one line here;
 * `npm run generate` then writes its docs page and schema entry (a test fails while they are stale).
 */
import type { Rule } from './rule';
import { missingUnderstand } from './missing-understand';
import { missingAcknowledge } from './missing-acknowledge';
import { missingExplain } from './missing-explain';
import { missingAlternatives } from './missing-alternatives';
import { missingPositive } from './missing-positive';
import { missingEmpathy } from './missing-empathy';
import { missingOpen } from './missing-open';
import { acknowledgeBeforeRefusal } from './acknowledge-before-refusal';
import { noJargon } from './no-jargon';
import { noBluntRefusal } from './no-blunt-refusal';
import { noBlame } from './no-blame';
import { noDefensive } from './no-defensive';
import { noVagueExcuse } from './no-vague-excuse';
import { noOverApology } from './no-over-apology';
import { noShouting } from './no-shouting';
import { noUnfilledPlaceholder } from './no-unfilled-placeholder';

export type { Rule, RuleMeta, RuleExample, RuleContext, RuleOption, Report } from './rule';

export const rules: readonly Rule[] = [
	missingUnderstand,
	missingAcknowledge,
	missingExplain,
	missingAlternatives,
	missingPositive,
	missingEmpathy,
	missingOpen,
	acknowledgeBeforeRefusal,
	noJargon,
	noVagueExcuse,
	noBluntRefusal,
	noBlame,
	noDefensive,
	noOverApology,
	noShouting,
	noUnfilledPlaceholder,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
	return byId.get(id);
}
