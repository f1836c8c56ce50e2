import type { Block, ProseDoc } from './markup';

/** A sentence (or a short stand-alone line such as a greeting or a sign-off) of the writer's prose. */
export interface Sentence {
	start: number;
	end: number;
	/** The masked prose of the sentence (same offsets as the document, relative to `start`). */
	text: string;
	/** Index of the block it belongs to. */
	block: number;
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Mr|Mrs|Ms|Dr|Prof|St|No|Inc|Ltd|Co|Jr|Sr|a\.m|p\.m)|\b[A-Z])\.$/;

/**
 * Splits each block into sentences: at `.`, `!`, `?` (or `…`) followed by white space, not after a common abbreviation
 * or an initial; and at a line break after a line that ends in `,` `:` `;` or is short (greetings, sign-offs, names).
 */
export function splitSentences(doc: ProseDoc): Sentence[] {
	const out: Sentence[] = [];
	doc.blocks.forEach((block, index) => splitBlock(doc.prose, block, index, out));
	return out;
}

function splitBlock(prose: string, block: Block, index: number, out: Sentence[]): void {
	let start = block.start;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(prose[s])) s++;
		while (e > s && /\s/.test(prose[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e, text: prose.slice(s, e), block: index });
		start = end;
	};
	const boundary = /[.!?…]+["'”’)\]]*(?=\s)|(\r\n|\r|\n)/g;
	boundary.lastIndex = block.start;
	let m: RegExpExecArray | null;
	while ((m = boundary.exec(prose)) !== null && m.index < block.end) {
		const end = m.index + m[0].length;
		if (m[1] !== undefined) {
			// A line break: split when the line before is short or ends in a pause.
			const lineStart = Math.max(prose.lastIndexOf('\n', m.index - 1), prose.lastIndexOf('\r', m.index - 1)) + 1;
			const line = prose.slice(Math.max(lineStart, start), m.index).trim();
			if (line.length === 0) continue;
			if (/[,:;]$/.test(line) || line.length <= 40 || /^\s*(?:[-*+]|\d+[.)])?\s*$/.test(prose.slice(lineStart, lineStart + 2))) push(m.index);
		} else {
			const before = prose.slice(Math.max(start, m.index - 8), m.index + 1);
			if (m[0][0] === '.' && ABBREVIATIONS.test(before)) continue;
			push(end);
		}
	}
	push(block.end);
}
