/**
 * Table-driven phrase rules. A rule lists entries; all entries of a rule compile into one case-insensitive
 * alternation, so a rule reads each prose block once whatever the number of phrases (linear in the text).
 */
import type { Fix } from '../types';
import type { Report, RuleContext } from './rule';

export interface PhraseEntry {
	/**
	 * Regular-expression source for the phrase, matched case-insensitively between word boundaries.
	 * Write `'` for an apostrophe: it also matches ’. No capturing groups (use `(?:…)`).
	 */
	match: string;
	/** The message for this entry; defaults to the rule's. `{0}` is replaced by the matched text. */
	message?: string;
	/** Replacements for the matched text, best first. The case of the original is carried over. */
	suggestions?: readonly string[] | ((matched: string) => string[]);
	/** Skip the match when the text right after it matches this (regex source, tested at the match end). */
	notBefore?: string;
	/** Skip the match when the text right before it matches this (regex source, tested against the text before, anchored at its end). */
	notAfter?: string;
}

export interface PhraseMatch {
	start: number;
	end: number;
	text: string;
	entry: PhraseEntry;
}

interface Compiled {
	entry: PhraseEntry;
	whole: RegExp;
	notBefore?: RegExp;
	notAfter?: RegExp;
}

const apostrophes = (src: string) => src.replace(/'/g, "['’]");

export class PhraseTable {
	private readonly combined: RegExp;
	private readonly compiled: Compiled[];

	constructor(entries: readonly PhraseEntry[]) {
		this.compiled = entries.map((entry) => ({
			entry,
			whole: new RegExp(`^(?:${apostrophes(entry.match)})$`, 'i'),
			notBefore: entry.notBefore ? new RegExp(`^(?:${apostrophes(entry.notBefore)})`, 'i') : undefined,
			notAfter: entry.notAfter ? new RegExp(`(?:${apostrophes(entry.notAfter)})$`, 'i') : undefined,
		}));
		this.combined = new RegExp(`(?<![\\w'’-])(?:${entries.map((e) => apostrophes(e.match)).join('|')})(?![\\w'’-])`, 'gi');
	}

	/** Every match in `prose` between `from` and `to`, left to right. */
	*matches(prose: string, from = 0, to = prose.length): Generator<PhraseMatch> {
		const re = this.combined;
		re.lastIndex = from;
		let m: RegExpExecArray | null;
		while ((m = re.exec(prose)) !== null && m.index < to) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			const end = m.index + m[0].length;
			const c = this.compiled.find((c) => c.whole.test(m![0]));
			if (!c) continue;
			if (c.notBefore && c.notBefore.test(prose.slice(end, end + 80))) continue;
			if (c.notAfter && c.notAfter.test(prose.slice(Math.max(0, m.index - 80), m.index))) continue;
			yield { start: m.index, end, text: m[0], entry: c.entry };
		}
	}
}

/** Carries the case pattern of `original` (ALL CAPS, Capitalised, lower) over to `replacement`. */
export function matchCase(original: string, replacement: string): string {
	if (replacement.length === 0) return replacement;
	const letters = original.replace(/[^A-Za-z]/g, '');
	if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
	const first = original.search(/[A-Za-z]/);
	if (first >= 0 && original[first] === original[first].toUpperCase()) return replacement[0].toUpperCase() + replacement.slice(1);
	if (first >= 0) return replacement[0].toLowerCase() + replacement.slice(1);
	return replacement;
}

/** Fixes that replace a match with each suggestion in turn; the first is marked safe when `safe` is true. */
export function replacementFixes(match: PhraseMatch, suggestions: readonly string[], safe: boolean): Fix[] {
	const seen = new Set<string>();
	const fixes: Fix[] = [];
	for (const s of suggestions) {
		const newText = matchCase(match.text, s);
		if (seen.has(newText) || newText === match.text) continue;
		seen.add(newText);
		fixes.push({
			title: newText === '' ? `Remove "${match.text}"` : `Replace with "${newText}"`,
			edits: [{ start: match.start, end: match.end, newText }],
			safe: safe && fixes.length === 0,
		});
	}
	return fixes;
}

/** Runs a phrase table over every prose block and reports each match. */
export function reportPhrases(
	ctx: RuleContext,
	table: PhraseTable,
	defaultMessage: string,
	options: { safe: boolean; accept?: (m: PhraseMatch, ctx: RuleContext) => boolean } = { safe: false },
): void {
	for (const block of ctx.doc.blocks) {
		for (const m of table.matches(ctx.doc.prose, block.start, block.end)) {
			if (m.end > block.end) continue;
			if (options.accept && !options.accept(m, ctx)) continue;
			const raw = m.entry.suggestions;
			const suggestions = typeof raw === 'function' ? raw(m.text) : raw ?? [];
			const report: Report = {
				start: m.start,
				end: m.end,
				message: (m.entry.message ?? defaultMessage).replace(/\{0\}/g, m.text),
				fixes: replacementFixes(m, suggestions, options.safe),
			};
			ctx.report(report);
		}
	}
}
