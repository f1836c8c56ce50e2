/**
 * `--fix`: applies the preferred fix of every finding whose fix is marked safe, relints, and repeats until nothing
 * safe is left (a fix can reveal another), at most MAX_ROUNDS times. Line breaks inside inserted text follow the
 * file's own style, so a CRLF file stays CRLF.
 */
import { applyFixes, type Fix, type LintResult } from '../engine/index';

const MAX_ROUNDS = 5;

export interface FixOutcome {
	text: string;
	/** The lint result for the final text. */
	result: LintResult;
	/** Fixes applied, by rule id. */
	fixed: Record<string, number>;
}

export function fixText(original: string, lint: (text: string) => LintResult): FixOutcome {
	const eol = dominantEol(original);
	const fixed: Record<string, number> = {};
	let text = original;
	let result = lint(text);
	for (let round = 0; round < MAX_ROUNDS; round++) {
		const owner = new Map<Fix, string>();
		for (const f of result.findings) {
			const fix = f.fixes[0];
			if (!fix?.safe) continue;
			const adapted: Fix = { ...fix, edits: fix.edits.map((e) => ({ start: e.start, end: e.end, newText: withEol(e.newText, eol) })) };
			owner.set(adapted, f.ruleId);
		}
		if (owner.size === 0) break;
		const { text: next, applied } = applyFixes(text, [...owner.keys()]);
		if (applied.length === 0 || next === text) break;
		for (const fix of applied) {
			const id = owner.get(fix)!;
			fixed[id] = (fixed[id] ?? 0) + 1;
		}
		text = next;
		result = lint(text);
	}
	return { text, result, fixed };
}

function dominantEol(text: string): '\n' | '\r\n' | '\r' {
	const crlf = text.match(/\r\n/g)?.length ?? 0;
	const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
	const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
	return crlf > lf && crlf >= cr ? '\r\n' : cr > lf ? '\r' : '\n';
}

function withEol(s: string, eol: string): string {
	return /[\r\n]/.test(s) ? s.replace(/\r\n|\r|\n/g, eol) : s;
}

/** The lines a fix changed, as `-`/`+` pairs under `@@ line N @@` headers (for --fix-dry-run). */
export function lineDiff(before: string, after: string): string {
	const a = before.split(/\r\n|\r|\n/);
	const b = after.split(/\r\n|\r|\n/);
	const out: string[] = [];
	if (a.length === b.length) {
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(`@@ line ${i + 1} @@`, `-${a[i]}`, `+${b[i]}`);
		return out.join('\n');
	}
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	out.push(`@@ line ${head + 1} @@`);
	for (const l of a.slice(head, a.length - tail)) out.push(`-${l}`);
	for (const l of b.slice(head, b.length - tail)) out.push(`+${l}`);
	return out.join('\n');
}
