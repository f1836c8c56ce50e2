/** Applying directive comments to findings, and the edits that add a directive ("disable for this line / file"). */
import type { Edit, Finding } from './types';
import type { Directive } from './text/directive-syntax';
import { lineStarts, offsetToPosition } from './text/positions';
import { isMarkdown } from './text/markup';

/** Drops findings that directives switch off. */
export function applyDirectives(text: string, directives: readonly Directive[], findings: Finding[]): Finding[] {
	if (directives.length === 0) return findings;
	const starts = lineStarts(text);
	const lineOf = (offset: number) => offsetToPosition(starts, offset).line;
	const fileOff = new Set<string>();
	let fileAll = false;
	const lineOff = new Map<number, string[] | null>(); // null: every rule
	const addLine = (line: number, rules: string[]) => {
		const prev = lineOff.get(line);
		if (prev === null) return;
		lineOff.set(line, rules.length === 0 ? null : [...(prev ?? []), ...rules]);
	};
	for (const d of directives) {
		if (d.kind === 'disable-file') {
			if (d.rules.length === 0) fileAll = true;
			else d.rules.forEach((r) => fileOff.add(r));
		} else if (d.kind === 'disable-line') addLine(lineOf(d.start), d.rules);
		else if (d.kind === 'disable-next-line') addLine(lineOf(d.end) + 1, d.rules);
	}
	if (fileAll) return [];
	const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
	const disabledAt = (ruleId: string, offset: number): boolean => {
		let off = false;
		for (const d of ranged) {
			if (d.start > offset) break;
			if (d.rules.length === 0 || d.rules.includes(ruleId)) off = d.kind === 'disable';
		}
		return off;
	};
	return findings.filter((f) => {
		if (fileOff.has(f.ruleId)) return false;
		const line = lineOff.get(lineOf(f.start));
		if (line === null || line?.includes(f.ruleId)) return false;
		return !disabledAt(f.ruleId, f.start);
	});
}

function lineBounds(text: string, offset: number): { start: number; end: number } {
	const starts = lineStarts(text);
	const { line } = offsetToPosition(starts, offset, text.length);
	let end = line + 1 < starts.length ? starts[line + 1] : text.length;
	while (end > starts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
	return { start: starts[line], end };
}

function eol(text: string): string {
	const m = /\r\n|\r|\n/.exec(text);
	return m ? m[0] : '\n';
}

/** The edit that switches a rule off on the line holding `offset`. */
export function disableLineEdit(text: string, languageId: string | undefined, offset: number, ruleId: string): Edit {
	const { start, end } = lineBounds(text, offset);
	if (isMarkdown(languageId)) {
		// An inline comment at the end of the line: it renders as nothing and does not split the paragraph.
		return { start: end, end, newText: ` <!-- tactful-disable-line ${ruleId} -->` };
	}
	const indent = /^[ \t]*/.exec(text.slice(start, end))?.[0] ?? '';
	return { start, end: start, newText: `${indent}tactful-disable-next-line ${ruleId}${eol(text)}` };
}

/** The edit that switches a rule off in the whole file (after any front matter). */
export function disableFileEdit(text: string, languageId: string | undefined, ruleId: string): Edit {
	const nl = eol(text);
	const fm = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	let at = fm ? fm[0].length : text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const prefix = fm && !/[\r\n]$/.test(fm[0]) ? nl : '';
	if (at > text.length) at = text.length;
	const line = isMarkdown(languageId) ? `<!-- tactful-disable-file ${ruleId} -->` : `tactful-disable-file ${ruleId}`;
	return { start: at, end: at, newText: `${prefix}${line}${nl}${isMarkdown(languageId) ? nl : ''}` };
}
