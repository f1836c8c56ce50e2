/**
 * Helpers for the phrase-rule tests: lint a passage as a decline letter (front matter `tactful: letter`, so the
 * test does not depend on letter detection), a template, or any document (scope `all`), and speak about findings by
 * the text they cover, never by offsets.
 */
import { applyFixes, lint, resolveConfig, type Finding, type Fix } from '../../../server/src/engine/index';

export type Kind = 'letter' | 'template' | 'other';
export type Language = 'plaintext' | 'markdown';
export interface As {
	kind?: Kind;
	languageId?: Language;
	/** Settings merged into the config (e.g. `{ rules: { 'no-over-apology': { max: 1 } } }`). */
	settings?: object;
}

export const LANGUAGES: readonly Language[] = ['plaintext', 'markdown'];

/** Findings of one rule, with offsets into `text` itself (the front matter added to force the kind is taken off). */
export function findings(ruleId: string, text: string, as: As = {}): Finding[] {
	const kind = as.kind ?? 'letter';
	const prefix = kind === 'other' ? '' : `---\ntactful: ${kind}\n---\n`;
	const settings = { ...(kind === 'other' ? { scope: 'all' } : {}), ...(as.settings ?? {}) };
	const { config, errors } = resolveConfig({ settings });
	if (errors.length) throw new Error(`bad test settings: ${errors.map((e) => e.message).join('; ')}`);
	const result = lint(prefix + text, { languageId: as.languageId ?? 'plaintext', config });
	if (result.problems.length) throw new Error(`engine problems: ${result.problems.map((p) => p.message).join('; ')}`);
	const shift = (n: number) => {
		if (n < prefix.length) throw new Error('a finding or an edit reaches into the front matter');
		return n - prefix.length;
	};
	return result.findings
		.filter((f) => f.ruleId === ruleId)
		.map((f) => ({
			...f,
			start: shift(f.start),
			end: shift(f.end),
			fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: shift(e.start), end: shift(e.end) })) })),
		}));
}

/** The text of each finding of `ruleId`, in order. */
export function flags(ruleId: string, text: string, as?: As): string[] {
	return findings(ruleId, text, as).map((f) => text.slice(f.start, f.end));
}

/** `text` after one fix. */
export function apply(text: string, fix: Fix): string {
	return applyFixes(text, [fix]).text;
}

/** The text after each fix of the first finding, preferred first (empty when the rule flags nothing). */
export function fixResults(ruleId: string, text: string, as?: As): string[] {
	const [first] = findings(ruleId, text, as);
	return first ? first.fixes.map((f) => apply(text, f)) : [];
}

/** `text` after the preferred fix of the first finding; throws when there is no finding or no fix. */
export function applyFirstFix(ruleId: string, text: string, as?: As): string {
	const [first] = findings(ruleId, text, as);
	if (!first) throw new Error(`${ruleId} flags nothing in ${JSON.stringify(text)}`);
	if (!first.fixes[0]) throw new Error(`${ruleId} offers no fix for ${JSON.stringify(text.slice(first.start, first.end))}`);
	return apply(text, first.fixes[0]);
}

/** Whether the preferred fix of the first finding is marked safe. */
export function firstFixSafe(ruleId: string, text: string, as?: As): boolean {
	return findings(ruleId, text, as)[0]?.fixes[0]?.safe === true;
}

/** `text` after the preferred fix of every finding of the rule (as fix-all would, but including unsafe fixes). */
export function applyAllFirstFixes(ruleId: string, text: string, as?: As): string {
	const fixes = findings(ruleId, text, as).flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
	return applyFixes(text, fixes).text;
}
