import type { DocumentKind, Fix, Severity, Step } from '../types';
import type { ProseDoc } from '../text/markup';
import type { Sentence } from '../text/sentences';
import type { LetterAnalysis } from '../steps/analysis';

/** One worked example in a rule's documentation; the examples are also run as tests. */
export interface RuleExample {
	/** Text the rule flags (at least once). */
	bad?: string;
	/** `bad` after the rule's preferred fix; linting it again finds nothing from this rule. */
	fixed?: string;
	/** Text the rule leaves alone. */
	good?: string;
	/** How examples are linted: as a decline letter (default for step rules) or as a bare sentence. */
	asLetter?: boolean;
}

export interface RuleOption {
	type: 'boolean' | 'number' | 'string' | 'string[]';
	default: unknown;
	description: string;
}

export interface RuleMeta {
	/** Stable kebab-case id; never renamed once released. */
	id: string;
	/** The move of the seven-step model the rule serves, or null. */
	step: Step | null;
	severity: Severity;
	/** One line: what the rule checks. */
	description: string;
	/** Why it matters for the client, in terms of the seven-step model. */
	rationale: string;
	examples: RuleExample[];
	/** True when the rule's first fix is safe to apply without review. */
	fixable: boolean;
	/** Rules that judge a letter as a whole run on letters and templates only; phrase rules also run with scope `all`. */
	letterOnly?: boolean;
	options?: Record<string, RuleOption>;
}

export interface Report {
	start: number;
	end: number;
	message: string;
	fixes?: Fix[];
	/** Overrides the configured severity (rare: e.g. a placeholder in a template is only a hint). */
	severity?: Severity;
}

export interface RuleContext {
	doc: ProseDoc;
	sentences: readonly Sentence[];
	analysis: LetterAnalysis;
	kind: DocumentKind;
	/** The rule's options, defaults filled in. */
	options: Record<string, unknown>;
	report(report: Report): void;
}

export interface Rule {
	meta: RuleMeta;
	check(context: RuleContext): void;
}
