import { memoKey, perChunk, type Block, type Chunk, type ProseDoc } from './markup';

/** A sentence (or a short stand-alone line such as a greeting or a sign-off) of the writer's prose. */
export interface Sentence {
	start: number;
	end: number;
	/** The masked prose of the sentence (same offsets as the document, relative to `start`). */
	text: string;
	/** Index of the block it belongs to. */
	block: number;
}

/** Abbreviations after which a full stop never ends a sentence, whatever follows ("Dr. Patel", "e.g. Monday"). */
const PREFIX_ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'sr', 'jr', 'rev', 'hon', 'capt', 'col', 'gen', 'lt', 'sgt', 'e.g', 'i.e', 'eg', 'ie',
	'cf', 'vs', 'approx', 'ca', 'dept', 'attn', 'incl', 'excl', 'esp',
	'nr', 'viz', 'al',
	'u.s', 'u.k', 'e.u', 'ph.d', 'b.a', 'm.a', 'b.sc', 'm.sc',
]);
/**
 * Abbreviations that only run on before a number ("No. 5", "Feb. 14", "Tue. 3 Nov"): "The answer is no. We …" and
 * "booked solid till Feb. Could do …" end a sentence.
 */
const NUMBER_ABBREVIATIONS = new Set([
	'no', 'nos', 'nr', 'vol', 'pp', 'ext', 'tel', 'ph', 'fig', 'ref',
	'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tue', 'tues', 'thu', 'thur', 'thurs',
]);

const GREETING_LINE = /^(?:hi|hello|hey|hiya|howdy|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|greetings|to whom it may concern|bonjour|hallo|ciao|hola|salut)\b/i;
const LIST_MARKER = /^[ \t]*(?:[-*+•–][ \t]|\d{1,3}[.)][ \t]|[a-zA-Z][.)][ \t])/;

function isSpace(c: string | undefined): boolean {
	return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
}

/**
 * Splits each prose block into sentences, in one pass over the text:
 * - at `.`, `!`, `?`, `…` followed by white space (closing quotes and brackets stay with the sentence), except after an
 *   abbreviation or an initial, after an ellipsis or a full stop followed by a lower-case word, and inside numbers;
 * - at a line break that ends a line of its own: a greeting, a short line (sign-offs, names, signature lines), a line
 *   before a list item, or a line ending in a colon before a capital. Other line breaks are hard wraps ("72 columns")
 *   and join the lines into one sentence.
 */
export function splitSentences(doc: ProseDoc): Sentence[] {
	if (!doc.chunks) {
		const all: Sentence[] = [];
		doc.blocks.forEach((block, index) => splitBlock(doc.prose, block, index, all));
		return all;
	}
	// Markdown: a block never reads past its end (nor the character right after it, which is a line break inside its
	// chunk), so each chunk is split on its own and the result kept with the chunk.
	const chunks = doc.chunks;
	const edit = doc.edit;
	const prev = edit?.prevSplit as { sentences: Sentence[]; firstByChunk: Int32Array } | undefined;
	// After an edit (see `editedDoc`), the previous document's sentences serve for the chunks before and after it.
	const from = edit && prev ? edit.from : 0;
	const to = edit && prev ? edit.to : chunks.length;
	const before = edit && prev ? (prev.firstByChunk[edit.from] ?? prev.sentences.length) : 0;
	const after = edit && prev && to < chunks.length ? prev.firstByChunk[edit.prevTo] : prev ? prev.sentences.length : 0;
	const owns = new Array<Sentence[]>(to - from);
	let count = prev ? before + prev.sentences.length - after : 0;
	for (let i = from; i < to; i++) count += (owns[i - from] = perChunk(chunks[i].chunk, SENTENCES, chunkSentences)).length;
	// Made at their final size: a long letter has a thousand sentences and hundreds of chunks, and an array grown by
	// pushing is copied as it grows, on every keystroke.
	const out = new Array<Sentence>(count);
	const firstByChunk = new Int32Array(chunks.length);
	let k = 0;
	if (prev) {
		for (; k < before; k++) out[k] = prev.sentences[k];
		firstByChunk.set(prev.firstByChunk.subarray(0, from));
	}
	for (let i = from; i < to; i++) {
		const { start, firstBlock } = chunks[i];
		firstByChunk[i] = k;
		for (const s of owns[i - from]) out[k++] = { start: s.start + start, end: s.end + start, text: s.text, block: s.block + firstBlock };
	}
	if (edit && prev && to < chunks.length) {
		const { delta, blockDelta } = edit;
		const shift = k - after;
		for (let i = edit.prevTo, j = to; i < prev.firstByChunk.length; i++, j++) firstByChunk[j] = prev.firstByChunk[i] + shift;
		// Moved in place, as the chunks and blocks are (see `editedDoc`): the previous document is not read again.
		for (let i = after; i < prev.sentences.length; i++) {
			const s = prev.sentences[i];
			s.start += delta;
			s.end += delta;
			s.block += blockDelta;
			out[k++] = s;
		}
	}
	if (doc.cached) {
		doc.split = { sentences: out, firstByChunk };
		// The previous document's sentences are not needed any more: do not keep a chain of documents alive.
		if (edit) edit.prevSplit = undefined;
	}
	return out;
}

const SENTENCES = memoKey();

/** The sentences of one chunk, at offsets in the chunk. */
function chunkSentences(chunk: Chunk): Sentence[] {
	const list: Sentence[] = [];
	for (let i = 0; i < chunk.blocks.length; i++) splitBlock(chunk.prose, chunk.blocks[i], i, list);
	return list;
}

function splitBlock(prose: string, block: Block, index: number, out: Sentence[]): void {
	let start = block.start;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && isSpace(prose[s])) s++;
		while (e > s && isSpace(prose[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e, text: prose.slice(s, e), block: index });
		start = end;
	};
	let lineStart = block.start;
	const end = block.end;
	const stops = /[\n\r.!?…]/g;
	for (let i = block.start; i < end; i++) {
		// Straight to the next line break or terminal mark: nothing else ends a sentence.
		stops.lastIndex = i;
		const stop = stops.exec(prose);
		if (stop === null || stop.index >= end) break;
		i = stop.index;
		const c = prose[i];
		if (c === '\n' || c === '\r') {
			const lineEnd = i;
			if (c === '\r' && prose[i + 1] === '\n') i++;
			const next = i + 1;
			if (splitsAtLineBreak(prose, lineStart, Math.max(lineStart, start), lineEnd, next, end)) push(lineEnd);
			lineStart = next;
			continue;
		}
		if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
		// A run of terminal marks and closing quotes or brackets.
		let j = i;
		while (j + 1 < end && (prose[j + 1] === '.' || prose[j + 1] === '!' || prose[j + 1] === '?' || prose[j + 1] === '…')) j++;
		while (j + 1 < end && /["'”’)\]*_]/.test(prose[j + 1])) j++;
		if (j + 1 < end && !isSpace(prose[j + 1])) {
			i = j;
			continue;
		}
		const nextWord = firstWordAfter(prose, j + 1, end);
		const lowerNext = nextWord !== '' && /^\p{Ll}/u.test(nextWord);
		const run = prose.slice(i, j + 1);
		if (run[0] === '.' && !run.includes('!') && !run.includes('?')) {
			const word = wordBefore(prose, i, lineStart).toLowerCase();
			const ellipsis = run.startsWith('..');
			if (!ellipsis && (PREFIX_ABBREVIATIONS.has(word) || (NUMBER_ABBREVIATIONS.has(word) && /^[\p{N}+#(]/u.test(nextChar(prose, j + 1, end))))) {
				i = j;
				continue;
			}
			// Before a lower-case word, only a short word can be an abbreviation ("approx. ten", "Acme Inc. and"); an
			// ordinary word ends the sentence (lower-case writing: "sorry. we've got a wedding").
			if (lowerNext && (ellipsis || word.length <= 3 || word.includes('.') || !/^\p{L}+$/u.test(word))) {
				i = j;
				continue;
			}
			if (!ellipsis && /^\p{Lu}$/u.test(wordBefore(prose, i, lineStart)) && /^\p{Lu}/u.test(nextWord)) {
				// An initial: "J. Smith".
				i = j;
				continue;
			}
		} else if (run[0] === '…' && lowerNext) {
			i = j;
			continue;
		}
		i = j;
		push(j + 1);
	}
	push(end);
}

/** A letter, a digit or a dot (ASCII without a regular expression). */
function isWordChar(prose: string, at: number): boolean {
	const c = prose.charCodeAt(at);
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
	return /[\p{L}\p{N}]/u.test(prose[at]);
}

/** The word (letters, digits, inner dots) that ends right before `at`, not before `min`. */
function wordBefore(prose: string, at: number, min: number): string {
	let k = at;
	const stop = Math.max(min, at - 24);
	while (k > stop && isWordChar(prose, k - 1)) k--;
	return prose.slice(k, at).replace(/^\.+/, '');
}

function nextChar(prose: string, at: number, end: number): string {
	let k = at;
	while (k < end && isSpace(prose[k])) k++;
	return prose[k] ?? '';
}

function firstWordAfter(prose: string, at: number, end: number): string {
	let k = at;
	while (k < end && isSpace(prose[k])) k++;
	while (k < end && /["'“‘(\[*_]/.test(prose[k])) k++;
	let e = k;
	while (e < end && e - k < 40 && /[\p{L}\p{N}]/u.test(prose[e])) e++;
	return prose.slice(k, e);
}

/**
 * Decides whether a line break ends a sentence: the line runs from `lineStart` to `lineEnd`, the current sentence's
 * part of it from `from`; the next line starts at `next`.
 */
function splitsAtLineBreak(prose: string, lineStart: number, from: number, lineEnd: number, next: number, end: number): boolean {
	if (prose.slice(from, lineEnd).trim().length === 0) return false;
	const line = prose.slice(lineStart, lineEnd).trim();
	let k = next;
	while (k < end && (prose[k] === ' ' || prose[k] === '\t')) k++;
	if (k >= end) return true;
	if (prose[k] === '\n' || prose[k] === '\r') return true;
	const nextLine = prose.slice(next, Math.min(end, next + 8));
	if (LIST_MARKER.test(nextLine)) return true;
	if (line.length <= 60 && GREETING_LINE.test(line) && /[,:!—-]$|^\S+(?:\s+\S+){0,3}$/.test(line)) return true;
	const nextChar = prose[k];
	const nextLower = /\p{Ll}/u.test(nextChar);
	if (nextLower) return false;
	if (line.length <= 50) return true;
	return /[:;]$/.test(line);
}
