import type { Edit, Fix } from './types';

/**
 * Applies edits to a text. Edits are sorted by position (insertions at one point keep their order); an edit that
 * overlaps one already taken is dropped, so the result never garbles text. Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: Edit[] } {
	const sorted = [...edits]
		.filter((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end)
		.sort((a, b) => a.start - b.start || a.end - b.end);
	const applied: Edit[] = [];
	let out = '';
	let last = 0;
	for (const e of sorted) {
		if (e.start < last) continue;
		out += text.slice(last, e.start) + e.newText;
		last = e.end;
		applied.push(e);
	}
	return { text: out + text.slice(last), applied };
}

/**
 * Applies several fixes at once, whole or not at all: a fix whose edits overlap an earlier fix's is skipped.
 * Returns the new text and the fixes applied.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
	const taken: Array<[number, number]> = [];
	const chosen: Fix[] = [];
	// Replacements may not share a character; an insertion may not fall strictly inside a replacement. Insertions at
	// the same point are all kept, in the order given.
	const overlaps = (s: number, e: number) => taken.some(([ts, te]) => (s < te && ts < e) || (s === e && s > ts && s < te) || (ts === te && ts > s && ts < e));
	for (const fix of fixes) {
		if (fix.edits.length === 0 || fix.edits.some((e) => e.start < 0 || e.end > text.length || e.start > e.end || overlaps(e.start, e.end))) continue;
		for (const e of fix.edits) taken.push([e.start, e.end]);
		chosen.push(fix);
	}
	const { text: out } = applyEdits(text, chosen.flatMap((f) => f.edits));
	return { text: out, applied: chosen };
}
