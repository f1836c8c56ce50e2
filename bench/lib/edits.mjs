// Simulated typing in the middle of a letter: one character per edit, appended to a sentence of a prose paragraph
// near the middle (not a heading, list, quote, table or code line), so each edit changes one paragraph.

const TYPED = ' and we will keep you posted on every step';

/** Where typing happens: just before the end of a sentence in a prose line at or after the middle of `text`. */
export function typingPoint(text) {
	let from = Math.floor(text.length / 2);
	for (;;) {
		const p = text.indexOf('. ', from);
		if (p < 0) throw new Error('no prose sentence after the middle of the text');
		const lineStart = text.lastIndexOf('\n', p) + 1;
		if (/^[A-Z]/.test(text[lineStart]) && !insideFence(text, lineStart)) return p;
		from = p + 2;
	}
}

function insideFence(text, offset) {
	return ((text.slice(0, offset).match(/^```/gm) ?? []).length % 2) === 1;
}

/** The end of the line that `typingPoint` is on: typing there comes after everything else on the line. */
export function lineEndPoint(text) {
	const point = typingPoint(text);
	const end = text.indexOf('\n', point);
	return end < 0 ? text.length : end;
}

/**
 * `count` successive edits, each one character more than the last: [{ at, ch, text }] where `text` is the document
 * after the edit and `at` the offset where `ch` was inserted. They start at `point` (by default `typingPoint`).
 */
export function typingEdits(text, count, point = typingPoint(text)) {
	const out = [];
	let current = text;
	for (let i = 0; i < count; i++) {
		const at = point + i;
		const ch = TYPED[i % TYPED.length];
		current = current.slice(0, at) + ch + current.slice(at);
		out.push({ at, ch, text: current });
	}
	return out;
}
