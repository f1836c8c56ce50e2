/**
 * Turns a document into what the rules read: the same text with everything that is not the writer's own prose
 * blanked out (code, HTML, front matter, link destinations, URLs, quoted client text, markup characters), plus the
 * prose blocks (paragraphs, headings, list items) and the Tactful directives found in comments.
 *
 * Blanking keeps every offset: a masked character becomes a space, line breaks stay. So a rule runs its regular
 * expressions over `prose` and reports offsets that are valid in the original text.
 *
 * Markdown structure comes from micromark (a CommonMark parser); plain text uses line rules.
 */
import { parse, postprocess, preprocess } from 'micromark';
import type { Event, ParseContext } from 'micromark-util-types';
import { parseDirective, type Directive } from './directive-syntax';

export interface Block {
	start: number;
	end: number;
	kind: 'paragraph' | 'heading' | 'line';
}

export interface FrontMatter {
	start: number;
	end: number;
	fields: Record<string, string>;
}

/** What reads a range of prose needs: a string is one, and so is a document's `reader`. */
export interface ProseText {
	readonly length: number;
	slice(start: number, end?: number): string;
}

export interface ProseDoc {
	text: string;
	/**
	 * `text` with non-prose characters replaced by spaces (line breaks kept). Same length as `text`. For Markdown it
	 * is joined from the chunks when first read: code that reads ranges of it uses `reader` instead.
	 */
	readonly prose: string;
	/**
	 * Reads ranges of `prose` without making it: for Markdown, from the chunks (so a keystroke does not copy the whole
	 * masked document); otherwise `prose` itself.
	 */
	readonly reader: ProseText;
	markdown: boolean;
	frontMatter: FrontMatter | null;
	/** Prose blocks in document order, each a range of `text` that holds prose. */
	blocks: Block[];
	directives: Directive[];
	/**
	 * Markdown only: the parsed chunks the document is made of, in order, with where each starts in `text` and the
	 * index in `blocks` of its first block. Work that depends only on a chunk's prose is kept with the chunk (`perChunk`),
	 * so with a LintCache an edit redoes it for the changed chunk only.
	 */
	chunks?: ChunkAt[];
	/** The chunks come from a LintCache and will be seen again: work kept with them pays off. */
	cached?: boolean;
	/**
	 * Built from the previous document of the same LintCache by re-reading only the chunks around an edit: chunks
	 * `[from, to)` are new, those before are the previous document's, those after are the previous document's from
	 * `prevTo` on, moved by `delta` characters and `blockDelta` blocks. Lets later stages reuse the previous
	 * document's results the same way (see `splitSentences`).
	 */
	edit?: DocEdit;
	/** Sentences worked out for this document, with the index of each chunk's first sentence (Markdown with a LintCache). */
	split?: { sentences: unknown[]; firstByChunk: Int32Array };
}

export interface DocEdit {
	from: number;
	to: number;
	prevTo: number;
	delta: number;
	blockDelta: number;
	/** The previous document's `split`, if it had one. */
	prevSplit?: ProseDoc['split'];
}

export interface ChunkAt {
	start: number;
	chunk: Chunk;
	firstBlock: number;
}

const EXCLUDED = new Set([
	'blockQuote', 'codeFenced', 'codeIndented', 'codeText', 'htmlFlow', 'htmlText', 'resource', 'reference',
	'definition', 'autolink', 'characterReference', 'characterEscape',
]);

/** Bare URLs, e-mail addresses and file-like paths: never prose, in either format. */
const URLISH = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;

export function isMarkdown(languageId: string | undefined): boolean {
	return languageId === 'markdown' || languageId === 'md' || languageId === 'mdx';
}

export function analyseMarkup(text: string, languageId: string | undefined, cache?: ChunkCache): ProseDoc {
	return isMarkdown(languageId) ? markdownDoc(text, cache) : plainDoc(text);
}

/** Builds the masked copy from the ranges that are prose (sorted, non-overlapping). */
function maskExcept(text: string, keep: ReadonlyArray<readonly [number, number]>): string {
	const parts: string[] = [];
	let last = 0;
	const mask = (s: number, e: number) => {
		if (e > s) parts.push(blank(text.slice(s, e)));
	};
	for (const [s, e] of keep) {
		mask(last, s);
		parts.push(text.slice(s, e));
		last = e;
	}
	mask(last, text.length);
	return maskUrls(parts.join(''));
}

function maskUrls(prose: string): string {
	// Every URL has "://" or "www.", every address an "@": most chunks have none of them.
	if (!prose.includes('@') && !prose.includes('://') && !/www\./i.test(prose)) return prose;
	return prose.replace(URLISH, (m) => ' '.repeat(m.length));
}

/**
 * Markdown is parsed in chunks: the text is cut at blank lines that CommonMark guarantees to end every open block
 * (the next line starts in column 0, and no fenced code or multi-line HTML block is open). Each chunk is parsed on its
 * own, so an edit re-parses only its chunk when a LintCache is passed, and a chunk of plain sentences (no Markdown
 * syntax at all) skips the parser: it is one paragraph of prose as it stands.
 */
function markdownDoc(text: string, cache?: ChunkCache): ProseDoc {
	const edited = cache?.last && !cache.last.retired ? editedDoc(cache.last, text, cache) : undefined;
	const doc = edited ?? wholeMarkdownDoc(text, cache);
	if (cache) cache.last = doc;
	return doc;
}

function wholeMarkdownDoc(text: string, cache?: ChunkCache): Doc {
	const parts: string[] = [];
	const blocks: Block[] = [];
	const directives: Directive[] = [];
	let frontMatter: FrontMatter | null = null;
	let pos = 0;
	if (text.charCodeAt(0) === 0xfeff) {
		parts.push(' ');
		pos = 1;
	}
	const fm = FRONT_MATTER.exec(text.slice(pos, pos + 100_000));
	if (fm) {
		frontMatter = { start: pos, end: pos + fm[0].length, fields: parseFields(fm[1] ?? '') };
		parts.push(blank(fm[0]));
		pos += fm[0].length;
	}
	const head = parts.join('');
	const parsed: ChunkAt[] = [];
	addChunks(text, chunks(text, pos).ranges, cache, parsed, blocks, directives);
	return proseDoc(text, head, true, frontMatter, blocks, directives, parsed, cache !== undefined);
}

/**
 * Every document is an instance of this class, so that they all share one shape: code that reads them stays
 * monomorphic, and a field set later (`split`) does not change the shape of documents already seen.
 */
class Doc implements ProseDoc {
	split: ProseDoc['split'] = undefined;
	/**
	 * Set once a document has been built from this one: what it shares with the new one was moved to the new offsets
	 * (see `editedDoc`), so this one must not be read again, nor built from.
	 */
	retired = false;
	readonly reader: ProseText;
	private joined: string | undefined;
	constructor(
		readonly text: string,
		/** The masked prose, or for chunked Markdown the masked text before the first chunk (a byte order mark, front matter). */
		private readonly head: string,
		readonly markdown: boolean,
		readonly frontMatter: FrontMatter | null,
		readonly blocks: Block[],
		readonly directives: Directive[],
		readonly chunks: ChunkAt[] | undefined,
		readonly cached: boolean,
		readonly edit?: DocEdit,
	) {
		this.reader = chunks ? new ChunkedProse(head, chunks, text.length) : head;
		if (!chunks) this.joined = head;
	}
	get prose(): string {
		if (this.joined === undefined) {
			const parts = [this.head];
			const chunks = this.chunks!;
			for (let k = 0; k < chunks.length; k++) parts.push(chunks[k].chunk.prose);
			this.joined = parts.join('');
		}
		return this.joined;
	}
	/** The masked text before the first chunk. */
	get before(): string {
		return this.chunks ? this.head : '';
	}
}

/**
 * A chunked document's prose, read range by range from its chunks: a range inside one chunk is a slice of that chunk's
 * prose (in V8, a view of it), so reading the text around a phrase costs no copy of the document.
 */
class ChunkedProse implements ProseText {
	constructor(
		private readonly head: string,
		private readonly chunks: readonly ChunkAt[],
		readonly length: number,
	) {}
	slice(start: number, end: number = this.length): string {
		const n = this.length;
		let s = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
		const e = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
		if (e <= s) return '';
		const { chunks } = this;
		let i = chunkHolding(chunks, s);
		if (i < 0) {
			if (e <= this.head.length || chunks.length === 0) return this.head.slice(s, e);
			const headPart = this.head.slice(s);
			s = this.head.length;
			return headPart + this.slice(s, e);
		}
		let out = '';
		while (s < e && i < chunks.length) {
			const { start: at, chunk } = chunks[i];
			const stop = Math.min(e, at + chunk.prose.length);
			const piece = chunk.prose.slice(s - at, stop - at);
			out = out === '' ? piece : out + piece;
			s = stop;
			i++;
		}
		return out;
	}
}

/** The index of the last chunk that starts at or before `offset`; -1 when `offset` lies before the first chunk. */
function chunkHolding(chunks: readonly ChunkAt[], offset: number): number {
	let lo = 0;
	let hi = chunks.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (chunks[mid].start <= offset) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

function proseDoc(text: string, prose: string, markdown: boolean, frontMatter: FrontMatter | null, blocks: Block[], directives: Directive[], chunks: ChunkAt[] | undefined, cached: boolean, edit?: DocEdit): Doc {
	return new Doc(text, prose, markdown, frontMatter, blocks, directives, chunks, cached, edit);
}

/** Parses the chunks at `ranges` (or takes them from the cache) and appends them to the document being built. */
function addChunks(text: string, ranges: ReadonlyArray<readonly [number, number]>, cache: ChunkCache | undefined, parsed: ChunkAt[], blocks: Block[], directives: Directive[]): void {
	for (const [start, end] of ranges) {
		const source = text.slice(start, end);
		let chunk = cache?.get(source);
		if (!chunk) {
			chunk = parseChunk(source, cache !== undefined);
			cache?.set(source, chunk);
		}
		parsed.push({ start, chunk, firstBlock: blocks.length });
		for (const b of chunk.blocks) blocks.push({ start: b.start + start, end: b.end + start, kind: b.kind });
		for (const d of chunk.directives) directives.push({ ...d, start: d.start + start, end: d.end + start });
	}
}

/**
 * The document after an edit, built from the previous one: chunks before and after the change are the same text
 * (compared in place, at memory speed), so only the chunks in between are cut and parsed again, from the chunk before
 * the first changed one (whether a chunk starts where it does depends on its first line) until the cuts meet the
 * previous document's again. `undefined` when the edit reaches the front matter, or the document has no chunks.
 * The result is the same as building the document from scratch (a property test checks it).
 */
function editedDoc(prev: Doc, text: string, cache: ChunkCache): Doc | undefined {
	const old = prev.chunks;
	if (!old || old.length === 0) return undefined;
	// The same text again (a settings change, a second request): the same document, and all its sentences.
	if (prev.text === text) return proseDoc(text, prev.before, true, prev.frontMatter, prev.blocks, prev.directives, old, true, { from: old.length, to: old.length, prevTo: old.length, delta: 0, blockDelta: 0, prevSplit: prev.split });
	const first = old[0].start;
	// The front matter (and a byte order mark) must be untouched, and so must the character after it, which decides
	// where the front matter ends. Without front matter, a document that starts with "---" might gain one.
	if (prev.frontMatter === null && /^\ufeff?---/.test(text)) return undefined;
	if (text.length <= first || prev.text.length <= first || !text.startsWith(prev.text.slice(0, first + 1))) return undefined;
	const n = old.length;
	const delta = text.length - prev.text.length;
	// How much of the start and of the end the two texts share: the chunks that lie inside either are unchanged (those
	// after the change moved by `delta`). Each is found by halving, comparing slices with `===` (memory speed), rather
	// than comparing each chunk's text: a few dozen slices instead of one per chunk on every keystroke.
	const head = sharedStart(prev.text, text);
	const end = sharedEnd(prev.text, text);
	const known = (c: ChunkAt) => c.chunk.source !== undefined;
	let same = 0;
	while (same < n && known(old[same]) && old[same].start + old[same].chunk.source!.length <= head) same++;
	let tail = n;
	while (tail > same && old[tail - 1].start + delta >= old[same].start && known(old[tail - 1]) && prev.text.length - old[tail - 1].start <= end) tail--;
	const from = Math.max(0, same - 1);
	const restart = old[from].start;
	// Cut again from `restart` until a cut lands on the start of an unchanged chunk: from there on the cuts are the old ones.
	const syncFrom = tail < n ? old[tail].start + delta : text.length + 1;
	const cut = chunks(text, restart, (at) => at >= syncFrom && chunkAt(old, at - delta, tail) >= 0);
	if (cut.ranges.length === 0) return undefined;
	const prevTo = cut.stoppedAt === undefined ? n : chunkAt(old, cut.stoppedAt - delta, tail);
	// The chunks cut again, parsed or taken from the cache; then every array of the new document is made at its size.
	const fresh: ChunkAt[] = [];
	const freshBlocks: Block[] = [];
	const directives = prev.directives.filter((d) => d.start < restart);
	addChunks(text, cut.ranges, cache, fresh, freshBlocks, directives);
	const to = from + fresh.length;
	const blocksBefore = old[from].firstBlock;
	const blocksAfter = prevTo < n ? old[prevTo].firstBlock : prev.blocks.length;
	const blockDelta = blocksBefore + freshBlocks.length - blocksAfter;
	const parsed = new Array<ChunkAt>(to + n - prevTo);
	for (let i = 0; i < from; i++) parsed[i] = old[i];
	for (let i = 0; i < fresh.length; i++) {
		fresh[i].firstBlock += blocksBefore;
		parsed[from + i] = fresh[i];
	}
	const blocks = new Array<Block>(blocksBefore + freshBlocks.length + prev.blocks.length - blocksAfter);
	for (let i = 0; i < blocksBefore; i++) blocks[i] = prev.blocks[i];
	for (let i = 0; i < freshBlocks.length; i++) blocks[blocksBefore + i] = freshBlocks[i];
	// The chunks this edit replaced leave the cache now (unless the edit made them again), with all that is kept with them.
	for (let i = from; i < prevTo; i++) {
		const gone = old[i].chunk;
		let kept = false;
		for (let j = from; j < to && !kept; j++) kept = parsed[j].chunk === gone;
		if (!kept && gone.source !== undefined) cache.delete(gone.source, gone);
	}
	if (prevTo < n) {
		const oldStart = old[prevTo].start;
		// The chunks and blocks after the edit move by `delta` and `blockDelta`. The previous document's records of them
		// are moved in place rather than copied: that document is not read again once this one is built from it (the cache
		// holds the latest only), and a keystroke in a long letter would otherwise copy hundreds of them.
		for (let i = prevTo; i < n; i++) {
			const c = old[i];
			c.start += delta;
			c.firstBlock += blockDelta;
			parsed[to + i - prevTo] = c;
		}
		for (let i = blocksAfter, k = blocksBefore + freshBlocks.length; i < prev.blocks.length; i++, k++) {
			const b = prev.blocks[i];
			b.start += delta;
			b.end += delta;
			blocks[k] = b;
		}
		for (const d of prev.directives) if (d.start >= oldStart) directives.push({ ...d, start: d.start + delta, end: d.end + delta });
	}
	prev.retired = true;
	return proseDoc(text, prev.before, true, prev.frontMatter, blocks, directives, parsed, true, { from, to, prevTo, delta, blockDelta: prevTo < n ? blockDelta : 0, prevSplit: prev.split });
}

/** How many characters `a` and `b` share at their start. */
function sharedStart(a: string, b: string): number {
	let lo = 0;
	let hi = Math.min(a.length, b.length);
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** How many characters `a` and `b` share at their end. */
function sharedEnd(a: string, b: string): number {
	let lo = 0;
	let hi = Math.min(a.length, b.length);
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The index of the chunk that starts at `start`, searching from `from` on; -1 when none does. */
function chunkAt(chunks: readonly ChunkAt[], start: number, from: number): number {
	let lo = from;
	let hi = chunks.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = chunks[mid].start;
		if (s === start) return mid;
		if (s < start) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

export interface Chunk {
	/** Masked prose of the chunk (URLs masked too). */
	prose: string;
	/** Offsets relative to the chunk. */
	blocks: Block[];
	directives: Directive[];
	/** The chunk's text. */
	source?: string;
	/** What has been worked out from the chunk alone, by memo key (see `perChunk`). */
	memo?: Array<{ key: MemoKey; value: unknown } | undefined>;
	/** `false` for a chunk read once (no LintCache): work done for it is kept only when several rules share it. */
	kept?: boolean;
}

/** Names one kind of work kept per chunk. */
export interface MemoKey {
	readonly slot: number;
	/** Read by several rules in one lint (the lower-cased prose): kept even for a chunk read once. */
	readonly shared: boolean;
}

let memoKeys = 0;
export function memoKey(shared = false): MemoKey {
	return { slot: memoKeys++, shared };
}

/**
 * The result of `compute` for this chunk under `key` (one `memoKey()` per kind of work: a rule, a phrase table), computed
 * once per chunk. `compute` must depend on nothing but the chunk (its prose, its blocks): offsets stay relative to it.
 * It gets the chunk, and `arg` if given, rather than reading them from the code around it. Pass a function of the
 * module, or an arrow that reads no variable of the loop or of the function around it: V8 gives a loop body whose
 * variable a closure reads a context of its own on every pass, made whether or not the closure is, which was a third
 * of what a keystroke allocated (a re-lint reads hundreds of chunks per kind of work, nearly all of them held).
 */
export function perChunk<T, A = undefined>(chunk: Chunk, key: MemoKey, compute: (chunk: Chunk, arg: A) => T, arg?: A): T {
	const held = memoOf<T>(chunk, key);
	if (held !== undefined) return held;
	const value = compute(chunk, arg as A);
	// A chunk read once keeps nothing it will not read again: whatever it kept would live, and be copied by the
	// collector, until the end of the lint.
	if (chunk.kept === false && !key.shared) return value;
	(chunk.memo ??= [])[key.slot] = { key, value };
	return value;
}

/**
 * What `perChunk` holds for this chunk under `key`, if anything: for a caller whose `arg` costs something to make,
 * `memoOf(chunk, KEY) ?? perChunk(chunk, KEY, compute, arg)` makes it only for a chunk that holds nothing yet.
 */
export function memoOf<T>(chunk: Chunk, key: MemoKey): T | undefined {
	// The slot holds its key too: two copies of this module (a test runner can load one twice) number keys alike.
	const held = chunk.memo?.[key.slot] as { key: MemoKey; value: T } | undefined;
	return held !== undefined && held.key === key ? held.value : undefined;
}

/** Parsed chunks by their source text. Pass one per document to `lint` so that edits re-parse only what changed. */
export class ChunkCache {
	private readonly bySource = new Map<string, Chunk>();
	/** The last Markdown document read with this cache: the next one is built from it (see `editedDoc`). */
	last: Doc | undefined;
	get(source: string): Chunk | undefined {
		return this.bySource.get(source);
	}
	set(source: string, chunk: Chunk): void {
		this.bySource.set(source, chunk);
	}
	/** How many chunks the cache holds. */
	get size(): number {
		return this.bySource.size;
	}
	/** Forgets `source`, if it still maps to `chunk`. */
	delete(source: string, chunk: Chunk): void {
		if (this.bySource.get(source) === chunk) this.bySource.delete(source);
	}
	/**
	 * Called after each lint: chunks the last document does not have are dropped, so memory follows the document. A
	 * document built from the previous one has already dropped the chunks it replaced; after any other, one pass over
	 * the cache drops the rest.
	 */
	rotate(): void {
		const doc = this.last;
		if (doc?.edit) return;
		const keep = new Set<Chunk>();
		if (doc?.chunks) for (let k = 0; k < doc.chunks.length; k++) keep.add(doc.chunks[k].chunk);
		for (const [source, chunk] of this.bySource) if (!keep.has(chunk)) this.bySource.delete(source);
	}
}

const FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:([\s\S]*?)(?:\r\n|\r|\n))?---[ \t]*(?:\r\n|\r|\n|$)/;
/** `s` with every character but line breaks turned into a space. */
function blank(s: string): string {
	if (!s.includes('\n') && !s.includes('\r')) return ' '.repeat(s.length);
	return s.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
}

/**
 * Fenced code openers as CommonMark reads them (no backtick in a backtick fence's info string), the fence in group 1,
 * and the HTML block kinds (CommonMark types 1–5) that run across blank lines.
 */
export const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const HTML_OPEN: Array<[RegExp, RegExp]> = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
	[/^ {0,3}<!--/, /-->/],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<![A-Za-z]/, />/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

const LIST_ITEM = /^(?:[-+*]|1[.)])[ \t]+\S/;

/**
 * Safe cut points: [start, end) ranges that cover text from `from` to the end; or, when `stop` says so of a cut, up to
 * that cut (`stoppedAt`).
 */
function chunks(text: string, from: number, stop?: (at: number) => boolean): { ranges: Array<[number, number]>; stoppedAt?: number } {
	const out: Array<[number, number]> = [];
	let chunkStart = from;
	let afterBlank = false;
	let fence: { char: string; length: number } | null = null;
	let htmlEnd: RegExp | null = null;
	const crlf = text.includes('\r');
	const lineBreak = /\r\n?|\n/g;
	for (let start = from; start < text.length; ) {
		// The line [start, eol) and the line break after it.
		let eol: number;
		let next: number;
		if (crlf) {
			lineBreak.lastIndex = start;
			const m = lineBreak.exec(text);
			eol = m ? m.index : text.length;
			next = m ? eol + m[0].length : text.length;
		} else {
			eol = text.indexOf('\n', start);
			if (eol < 0) eol = text.length;
			next = eol + 1;
		}
		let first = start;
		while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
		const lead = first < eol ? text.charCodeAt(first) : -1;
		// The line's text is sliced where it is needed: a helper closure would be made for every line of every lint.
		if (fence) {
			if (lead === 96 || lead === 126) {
				const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text.slice(start, eol));
				if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
			}
		} else if (htmlEnd) {
			if (htmlEnd.test(text.slice(start, eol))) htmlEnd = null;
		} else if (lead === -1) {
			afterBlank = true;
		} else {
			// Also cut before a bullet (or a list starting at 1) in column 0: it always starts a new list item, even right
			// after a paragraph line, so a long tight list becomes one small chunk per item.
			const cut = afterBlank ? first === start : first === start && (lead === 45 || lead === 43 || lead === 42 || lead === 49) && LIST_ITEM.test(text.slice(start, eol));
			if (cut && start > chunkStart) {
				out.push([chunkStart, start]);
				if (stop?.(start)) return { ranges: out, stoppedAt: start };
				chunkStart = start;
			}
			afterBlank = false;
			const f = lead === 96 || lead === 126 ? FENCE_OPEN.exec(text.slice(start, eol)) : null;
			if (f) {
				fence = { char: f[1][0], length: f[1].length };
			} else if (lead === 60) {
				const line = text.slice(start, eol);
				for (const [open, end] of HTML_OPEN) {
					if (open.test(line)) {
						const rest = line.replace(open, '');
						if (!end.test(rest)) htmlEnd = end;
						break;
					}
				}
			}
		}
		start = next;
	}
	if (chunkStart < text.length || out.length === 0) out.push([chunkStart, text.length]);
	return { ranges: out };
}

/** What starts inline Markdown within a block's text: emphasis, code, links, HTML and autolinks, entities, escapes. */
const INLINE_SYNTAX = /[`*_[\]<>&\\]/;

/** Any Markdown syntax at all: inline markers, entities, escapes, or a line that starts a non-paragraph block. */
const NEEDS_PARSER = new RegExp(`${INLINE_SYNTAX.source}|(?:^|[\\r\\n]) {0,3}(?:[#+=~|-]|\\d{1,9}[.)])|(?:^|[\\r\\n])(?: {4}|[ ]{0,3}\\t)`);

/**
 * micromark's time grows with the square of a line's container nesting (`- - - - x`, `>>>>`, deep indentation) and of
 * the unmatched emphasis, bracket, backtick and `<` delimiters in one block, and a long list costs it some 20 µs a
 * character. Past these limits a chunk is not a writer's prose (a letter paragraph is a few hundred characters with a
 * handful of each), so it is masked like code instead of parsed: that keeps a hostile or generated document from
 * holding the linter for minutes.
 */
const MAX_PARSED_CHUNK = 64 * 1024;
const MAX_DELIMITERS = 256;
const MAX_NESTING = 10;

function tooComplex(source: string): boolean {
	if (source.length > MAX_PARSED_CHUNK) return true;
	let delimiters = 0;
	let lineStart = true;
	for (let i = 0; i < source.length; i++) {
		const c = source.charCodeAt(i);
		if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60) {
			if (++delimiters > MAX_DELIMITERS) return true;
		}
		if (lineStart && nesting(source, i) > MAX_NESTING) return true;
		lineStart = c === 10 || c === 13;
	}
	return false;
}

/** How deep a line nests: its container markers (`>`, bullets, numbers), plus a level per two columns of indentation before a marker. */
function nesting(source: string, at: number): number {
	let depth = 0;
	let columns = 0;
	for (let i = at; i < source.length && depth <= MAX_NESTING; i++) {
		const c = source.charCodeAt(i);
		if (c === 32) columns++;
		else if (c === 9) columns += 4;
		else {
			const marker = c === 62 ? 1 : (c === 45 || c === 43 || c === 42) && /[ \t]/.test(source[i + 1] ?? '') ? 2 : (/^\d{1,9}[.)][ \t]/.exec(source.slice(i, i + 12))?.[0].length ?? 0);
			if (marker === 0) break;
			depth += 1 + (columns >> 1);
			columns = 0;
			i += marker - 1; // the space after a bullet or number belongs to the marker
		}
	}
	return depth;
}

/**
 * micromark's `parse()` merges its construct tables on every call; the merged tables never change, so one parser
 * serves every chunk. What a parse leaves behind (link definitions, lazy lines) is per document in micromark and per
 * chunk here, so it is reset before each parse.
 */
let sharedParser: ParseContext | undefined;
function parser(): ParseContext {
	sharedParser ??= parse();
	sharedParser.defined = [];
	sharedParser.lazy = {};
	return sharedParser;
}

/** The characters that start a block other than a paragraph (after any indentation), or interrupt one. */
const BLOCK_START = /^(?:[#>+*=_~`<[|-]|\d{1,9}[.)])/;
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)]) {1,4}(?=[^ \r\n])/;
const ATX = /^ {0,3}#{1,6}(?= |$)/;
const FENCE = /^ {0,3}(?:`{3,}(?=[^`]*$)|~{3,})/;
const QUOTE = /^ {0,3}>/;

/**
 * What a chunk is, when it is one of the common simple shapes: one paragraph (alone or in a list item) or one ATX
 * heading, whose content is all inline; or only a block quote or only fenced code, all of it masked. Anything else (or
 * anything in doubt: a tab, a line that could start or interrupt another block) is `null`, for the full parser.
 */
export type ChunkShape = { kind: 'paragraph' | 'heading'; start: number; end: number } | { kind: 'masked' } | null;

export function chunkShape(source: string): ChunkShape {
	// micromark drops a byte order mark that opens its input, which would shift the offsets of a slice that starts with one.
	if (source.includes('\t') || source.includes('\ufeff')) return null;
	const lines: Array<[number, number]> = [];
	const line = /[^\r\n]*/g;
	let m: RegExpExecArray | null;
	while ((m = line.exec(source)) !== null) {
		lines.push([m.index, m.index + m[0].length]);
		const eol = source.charCodeAt(line.lastIndex);
		if (Number.isNaN(eol)) break;
		line.lastIndex += eol === 13 && source.charCodeAt(line.lastIndex + 1) === 10 ? 2 : 1;
	}
	const text = (l: [number, number]) => source.slice(l[0], l[1]);
	const isBlank = (l: [number, number]) => /^ *$/.test(text(l));
	let last = lines.length - 1;
	while (last > 0 && isBlank(lines[last])) last--;
	const first = text(lines[0]);
	if (isBlank(lines[0])) return null;
	if (lines.slice(0, last + 1).every((l) => isBlank(l) || QUOTE.test(text(l)))) return { kind: 'masked' };
	const fence = FENCE.exec(first);
	if (fence) {
		const char = fence[0].trim()[0];
		const length = fence[0].trim().length;
		for (let i = 1; i <= last; i++) {
			const close = /^ {0,3}(`{3,}|~{3,}) *$/.exec(text(lines[i]));
			if (close && close[1][0] === char && close[1].length >= length) return i === last ? { kind: 'masked' } : null;
		}
		return { kind: 'masked' };
	}
	const atx = ATX.exec(first);
	if (atx) {
		if (last > 0) return null;
		const rest = first.slice(atx[0].length).replace(/(?:^| )#+ *$/, '');
		const start = lines[0][0] + atx[0].length + spaces(rest, 0);
		const end = lines[0][0] + atx[0].length + rest.replace(/ +$/, '').length;
		return end > start ? { kind: 'heading', start, end } : { kind: 'masked' };
	}
	const marker = LIST_MARKER.exec(first)?.[0].length ?? 0;
	for (let i = 0; i <= last; i++) {
		const t = text(lines[i]);
		const at = i === 0 ? marker : 0;
		const indent = spaces(t, at);
		if (isBlank(lines[i]) || (i === 0 && indent - at >= 4) || BLOCK_START.test(t.slice(indent, indent + 11))) return null;
	}
	return { kind: 'paragraph', start: lines[0][0] + spaces(first, marker), end: lines[last][1] };
}

/** Where the run of spaces from `at` ends. */
function spaces(s: string, at: number): number {
	while (s.charCodeAt(at) === 32) at++;
	return at;
}

function chunkEvents(source: string, shape: { start: number; end: number } | null): Event[] {
	if (shape === null) return postprocess(parser().document().write(preprocess()(source, 'utf8', true)));
	return postprocess(parser().text().write(preprocess()(source.slice(shape.start, shape.end), 'utf8', true)));
}

function parseChunk(source: string, kept: boolean): Chunk {
	if (!NEEDS_PARSER.test(source)) {
		const prose = maskUrls(source);
		return makeChunk(prose, splitBlocks(prose, [{ start: 0, end: source.length, kind: 'paragraph' }]), [], source, kept);
	}
	const { prose, blocks, directives } = parseMarkdownChunk(source, chunkShape(source));
	return makeChunk(prose, blocks, directives, source, kept);
}

/** Every chunk the parser makes is made here, with all its fields (see `proseDoc`). */
function makeChunk(prose: string, blocks: Block[], directives: Directive[], source: string, kept: boolean): Chunk {
	return { prose, blocks, directives, source, memo: undefined, kept };
}

/** Parses a chunk of Markdown: by its shape when it has a simple one (see `chunkShape`), else with the full parser. */
export function parseMarkdownChunk(source: string, shape: ChunkShape): Chunk {
	if (shape?.kind === 'masked') return { prose: blank(source), blocks: [], directives: [] };
	const simple = shape?.kind === 'paragraph' || shape?.kind === 'heading' ? shape : null;
	if (tooComplex(source)) return { prose: blank(source), blocks: [], directives: [] };
	// A heading or a list item whose text has no inline syntax: the parser would keep all of it as prose (what it
	// leaves out there is white space, which masking turns into the same spaces and line breaks).
	if (simple && !INLINE_SYNTAX.test(source.slice(simple.start, simple.end))) {
		const prose = maskExcept(source, [[simple.start, simple.end]]);
		return { prose, blocks: splitBlocks(prose, [{ start: simple.start, end: simple.end, kind: simple.kind }]), directives: [] };
	}
	let events: Event[];
	try {
		events = chunkEvents(source, simple);
	} catch {
		// micromark does not throw on any input we know of; if it ever does, the chunk counts as plain text.
		const prose = maskUrls(source);
		return { prose, blocks: splitBlocks(prose, [{ start: 0, end: source.length, kind: 'paragraph' }]), directives: [] };
	}
	// Inline tokens of a simple shape count from the start of its content.
	const base = simple ? simple.start : 0;
	const keep: Array<[number, number]> = [];
	const blocks: Block[] = [];
	const directives: Directive[] = [];
	if (simple) blocks.push({ start: simple.start, end: simple.end, kind: simple.kind });
	let excluded = 0;
	let quoteDepth = 0;
	for (const [kind, token] of events) {
		const type: string = token.type;
		const start = token.start.offset + base;
		const end = token.end.offset + base;
		if (kind === 'enter') {
			if (type === 'blockQuote') quoteDepth++;
			if (type === 'htmlFlow' || type === 'htmlText') {
				const d = parseDirective(source.slice(start, end), start, true);
				if (d && quoteDepth === 0) directives.push(d);
			}
			if (EXCLUDED.has(type)) excluded++;
			else if (excluded === 0) {
				if (type === 'data') keep.push([start, end]);
				else if (type === 'lineEnding' && keep.length > 0 && keep[keep.length - 1][1] === start) {
					keep[keep.length - 1][1] = end;
				}
				if ((type === 'paragraph' || type === 'atxHeadingText' || type === 'setextHeadingText') && quoteDepth === 0) {
					blocks.push({ start, end, kind: type === 'paragraph' ? 'paragraph' : 'heading' });
				}
			}
		} else {
			if (EXCLUDED.has(type)) excluded--;
			if (type === 'blockQuote') quoteDepth--;
		}
	}
	// Merge touching ranges so masking works on few, long slices.
	const merged: Array<[number, number]> = [];
	for (const r of keep) {
		const last = merged[merged.length - 1];
		if (last && last[1] >= r[0]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	const prose = maskExcept(source, merged);
	return { prose, blocks: splitBlocks(prose, blocks), directives };
}

/** Parses `key: value` lines of a front matter block (no YAML library: only flat string fields are needed). */
function parseFields(block: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const line of block.split(/\r\n|\r|\n/)) {
		const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
		if (m) fields[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
	}
	return fields;
}

/**
 * A run of non-blank lines, from its first non-space character. Starting at `\S` keeps it linear: a pattern that may
 * start on white space re-scans a long blank (or fully masked) line from every position of it.
 */
const paragraphs = () => /\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g;

function plainDoc(text: string): ProseDoc {
	const keep: Array<[number, number]> = [];
	const directives: Directive[] = [];
	let frontMatter: FrontMatter | null = null;
	let pos = 0;
	const fm = FRONT_MATTER.exec(text.slice(0, 100_000));
	if (fm) {
		frontMatter = { start: 0, end: fm[0].length, fields: parseFields(fm[1] ?? '') };
		pos = fm[0].length;
	} else if (text.charCodeAt(0) === 0xfeff) {
		pos = 1;
	}
	const lines = /([^\r\n]*)(\r\n|\r|\n|$)/g;
	lines.lastIndex = pos;
	let m: RegExpExecArray | null;
	while ((m = lines.exec(text)) !== null) {
		const start = m.index;
		const content = m[1];
		const end = start + content.length;
		const trimmed = content.trimStart();
		const directive = trimmed.length > 0 ? parseDirective(content, start, false) : null;
		if (directive) directives.push(directive);
		else if (!trimmed.startsWith('>')) keep.push([start, end + m[2].length]);
		if (m[2] === '') break;
	}
	const prose = maskExcept(text, keep);
	// Blocks: runs of non-blank lines.
	const blocks: Block[] = [];
	const para = paragraphs();
	while ((m = para.exec(prose)) !== null) blocks.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
	return proseDoc(text, prose, false, frontMatter, trimBlocks(prose, blocks), directives, undefined, false);
}

/** Splits Markdown blocks at blank prose lines (a paragraph whose middle was masked) and trims masked ends. */
function splitBlocks(prose: string, blocks: Block[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		const slice = prose.slice(b.start, b.end);
		const para = paragraphs();
		let m: RegExpExecArray | null;
		while ((m = para.exec(slice)) !== null) out.push({ start: b.start + m.index, end: b.start + m.index + m[0].length, kind: b.kind });
	}
	return trimBlocks(prose, out);
}

function trimBlocks(prose: string, blocks: Block[]): Block[] {
	for (const b of blocks) {
		while (b.start < b.end && /\s/.test(prose[b.start])) b.start++;
		while (b.end > b.start && /\s/.test(prose[b.end - 1])) b.end--;
	}
	return blocks.filter((b) => b.end > b.start);
}
