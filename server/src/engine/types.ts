/**
 * Public types of the Tactful engine. The engine is pure: text and a resolved config in, a result out.
 * All offsets are UTF-16 code-unit offsets into the text that was linted (JavaScript string indices).
 */

/** The seven moves of a tactful decline, in the order a good letter makes them. */
export const STEPS = ['understand', 'acknowledge', 'explain', 'alternatives', 'positive', 'empathy', 'open'] as const;
export type Step = (typeof STEPS)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A severity as written in config: a severity, or `off` to disable. */
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** One text replacement. `newText` is plain text; `snippet`, when present, is the same insertion in LSP snippet syntax ($1, ${1:placeholder}, $0). */
export interface Edit {
	start: number;
	end: number;
	newText: string;
	snippet?: string;
}

export interface Fix {
	title: string;
	edits: Edit[];
	/** Safe fixes may be applied without review (fix-all, `tactful check --fix`). Only a finding's first fix may be safe. */
	safe?: boolean;
}

export interface Finding {
	ruleId: string;
	step: Step | null;
	severity: Severity;
	/** Written for a writer: what is wrong, why it matters to the client, what to do. */
	message: string;
	start: number;
	end: number;
	/** The first fix is the preferred one. */
	fixes: Fix[];
}

/** How the document was classified. */
export type DocumentKind = 'letter' | 'template' | 'other';

export interface LintResult {
	/** True for decline letters and templates of decline letters. */
	letter: boolean;
	kind: DocumentKind;
	/** Which of the seven moves the letter makes (all false for non-letters). Always reported. */
	steps: Record<Step, boolean>;
	findings: Finding[];
	/** Problems the engine met and recovered from (a rule that threw, a bad custom pattern). Never thrown. */
	problems: EngineProblem[];
}

export interface EngineProblem {
	/** The rule or config entry concerned. */
	source: string;
	message: string;
}

/** A custom phrase rule from config. Exactly one of `phrase` or `pattern` (re2 syntax, linear time). */
export interface CustomPhrase {
	id?: string;
	phrase?: string;
	pattern?: string;
	message: string;
	suggestions?: string[];
	severity?: Severity;
	step?: Step | null;
}

export type Scope = 'auto' | 'all' | 'off';

/** A config after defaults, user settings, rc files and `extends` are merged and validated. */
export interface ResolvedConfig {
	/** `auto`: decline letters only; `all`: phrase rules on every document (step rules still letters only); `off`. */
	scope: Scope;
	/** Effective severity per rule id ('off' disables). Rules not listed use their default. */
	rules: Record<string, SeveritySetting>;
	/** Per-rule options. */
	options: Record<string, Record<string, unknown>>;
	/** Severity of the missing-step rules, unless a rule entry overrides it. */
	stepSeverity?: SeveritySetting;
	phrases: CustomPhrase[];
	/** Globs (matched against the path given to lint) that force a kind. */
	letters: string[];
	templates: string[];
	ignore: string[];
}

export interface LintOptions {
	/** `markdown` (also `md`) or anything else for plain text. */
	languageId?: string;
	config?: ResolvedConfig;
	/** Workspace-relative path with forward slashes, matched against config globs. */
	path?: string;
	/**
	 * Keep one per open document (`new LintCache()`) and pass it on every lint: parts of the document that did not
	 * change since the last lint are not parsed again. Results are the same with or without it.
	 */
	cache?: LintCacheLike;
}

/** Implemented by LintCache (text/markup.ts); declared here so types.ts stays free of imports. */
export interface LintCacheLike {
	rotate(): void;
}
