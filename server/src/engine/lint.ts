import { STEPS, type DocumentKind, type EngineProblem, type Finding, type Fix, type LintOptions, type LintResult, type ResolvedConfig, type Severity, type Step } from './types';
import { defaultConfig } from './config';
import { rules } from './rules';
import type { Report, Rule } from './rules/rule';
import { analyseMarkup, ChunkCache, type ProseDoc } from './text/markup';
import { splitSentences, type Sentence } from './text/sentences';
import { matchesAny } from './text/glob';
import { analyseLetter } from './steps/detect';
import type { LetterAnalysis } from './steps/analysis';
import { applyDirectives } from './directives';
import { checkCustom, compileCustom } from './rules/custom-phrase';

const NO_STEPS = (): Record<Step, boolean> => ({ understand: false, acknowledge: false, explain: false, alternatives: false, positive: false, empathy: false, open: false });

/** Rules that threw once are reported once per rule and skipped from then on, per rule set. */
const brokenRules = new WeakSet<Rule>();

/**
 * Lints one document. Never throws: a rule that fails is skipped and named in `problems`.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
	const config = options.config ?? defaultConfig();
	const problems: EngineProblem[] = [];
	const empty = (kind: DocumentKind = 'other'): LintResult => ({ letter: false, kind, steps: NO_STEPS(), findings: [], problems });
	if (config.scope === 'off' || typeof text !== 'string') return empty();
	if (matchesAny(options.path, config.ignore)) return empty();

	const cache = options.cache instanceof ChunkCache ? options.cache : undefined;
	const doc = analyseMarkup(text, options.languageId, cache);
	cache?.rotate();
	const mode = doc.frontMatter?.fields.tactful?.toLowerCase();
	if (mode === 'off') return empty();
	const sentences = splitSentences(doc);
	const analysis = analyseLetter(doc, sentences);

	let kind: DocumentKind;
	if (mode === 'template' || matchesAny(options.path, config.templates)) kind = 'template';
	else if (mode === 'letter' || matchesAny(options.path, config.letters)) kind = 'letter';
	else kind = analysis.isDeclineLetter ? 'letter' : 'other';
	const letter = kind !== 'other';
	if (!letter && config.scope !== 'all') return empty(kind);

	const steps = NO_STEPS();
	if (letter) for (const s of STEPS) steps[s] = analysis.steps[s] !== null;

	const findings = runRules(doc, sentences, analysis, kind, config, problems);
	const compiled = compileCustom(config.phrases);
	if (compiled.length > 0) {
		findings.push(...checkCustom(doc, compiled, (c) => config.rules[c.ruleId] ?? c.phrase.severity ?? 'warning'));
	}
	// A mail footer and the quoted thread under a reply are not the writer's words: nothing there is reported.
	const replyEnd = analysis.replyEnd ?? Infinity;
	const kept = applyDirectives(text, doc.directives, findings.filter((f) => f.start < replyEnd && validRange(f, text.length)));
	// Same place: in the model's order, so inserting several missing moves at once reads explain → … → empathy.
	const order = (f: Finding) => (f.step ? STEPS.indexOf(f.step) : STEPS.length);
	kept.sort((a, b) => a.start - b.start || a.end - b.end || order(a) - order(b) || a.ruleId.localeCompare(b.ruleId));
	return { letter, kind, steps, findings: kept, problems };
}

function runRules(doc: ProseDoc, sentences: readonly Sentence[], analysis: LetterAnalysis, kind: DocumentKind, config: ResolvedConfig, problems: EngineProblem[]): Finding[] {
	const findings: Finding[] = [];
	const letter = kind !== 'other';
	for (const rule of rules) {
		const { meta } = rule;
		if (meta.letterOnly && !letter) continue;
		const setting = config.rules[meta.id] ?? (meta.id.startsWith('missing-') ? config.stepSeverity : undefined) ?? meta.severity;
		if (setting === 'off') continue;
		if (brokenRules.has(rule)) continue;
		try {
			rule.check({
				doc,
				sentences,
				analysis,
				kind,
				options: { ...defaultOptions(rule), ...(config.options[meta.id] ?? {}) },
				report(r: Report) {
					findings.push({ ruleId: meta.id, step: meta.step, severity: r.severity ?? (setting as Severity), message: r.message, start: r.start, end: r.end, fixes: r.fixes ?? [] });
				},
			});
		} catch (e) {
			brokenRules.add(rule);
			problems.push({ source: meta.id, message: `Rule "${meta.id}" failed and was switched off: ${(e as Error)?.message ?? String(e)}` });
		}
	}
	return findings;
}

function defaultOptions(rule: Rule): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(rule.meta.options ?? {})) out[k] = v.default;
	return out;
}

function validRange(f: Finding, length: number): boolean {
	if (!(f.start >= 0 && f.end >= f.start && f.end <= length)) return false;
	const valid = (fix: Fix) => fix.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= length);
	// A new list only when a fix has to go: the fixes of most findings are all valid, and a keystroke lints them all.
	if (!f.fixes.every(valid)) f.fixes = f.fixes.filter(valid);
	return true;
}
