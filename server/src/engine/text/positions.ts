/** Line/character positions (0-based, UTF-16, as in LSP) and offsets. `\r\n`, `\n` and a lone `\r` all end a line. */

export interface Position {
	line: number;
	character: number;
}

/** Offsets at which each line starts. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13 /* \r */) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		} else if (c === 10 /* \n */) {
			starts.push(i + 1);
		}
	}
	return starts;
}

/** The line holding an offset (by `lineStarts`). */
export function lineAt(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The position of an offset; offsets outside the text are clamped. */
export function offsetToPosition(starts: readonly number[], offset: number, textLength?: number): Position {
	if (textLength !== undefined) offset = Math.min(Math.max(offset, 0), textLength);
	const line = lineAt(starts, offset);
	return { line, character: offset - starts[line] };
}

/** The offset of a position; positions past a line's end are clamped to that line's end (before its line break). */
export function positionToOffset(text: string, starts: readonly number[], pos: Position): number {
	if (pos.line < 0) return 0;
	if (pos.line >= starts.length) return text.length;
	const start = starts[pos.line];
	let end = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
	while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
	return Math.min(start + Math.max(pos.character, 0), end);
}
