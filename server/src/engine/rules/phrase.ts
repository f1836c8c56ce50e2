/**
 * Table-driven phrase rules. A rule lists entries; all entries of a rule compile into one case-insensitive
 * alternation, so a rule reads the prose once whatever the number of phrases (linear in the text).
 *
 * Context checks look at a bounded window around a match (`WINDOW` characters), never at the whole document.
 */
import type { Fix } from '../types';
import { memoKey, perChunk, type Block, type Chunk, type MemoKey, type ProseDoc, type ProseText } from '../text/markup';
import type { Sentence } from '../text/sentences';
import type { Report, RuleContext } from './rule';

/** What a suggestion function sees around the match (prose, so masked text reads as spaces). */
export interface Around {
	/** Up to `WINDOW` characters of prose before the match. */
	before: string;
	/** Up to `WINDOW` characters of prose after the match. */
	after: string;
	/** The match opens its sentence (only quotes, brackets or a list marker before it). */
	atStart: boolean;
}

export interface PhraseEntry {
	/**
	 * Regular-expression source for the phrase, matched case-insensitively between word boundaries.
	 * Write `'` for an apostrophe: it also matches ’. A space matches any run of white space (a line break too),
	 * except inside a character class. No capturing groups (use `(?:…)`); a lookahead may look past the
	 * match (it sees the whole text), except in an `exactCase` entry, whose match is re-tested on its own.
	 */
	match: string;
	/** The message for this entry; defaults to the rule's. `{0}` is replaced by the matched text. */
	message?: string;
	/** Replacements for the matched text, best first. The case of the original is carried over. */
	suggestions?: readonly string[] | ((matched: string, around: Around) => string[]);
	/** Whether the first suggestion is safe to apply without review; defaults to the rule's choice. */
	safe?: boolean;
	/** Builds the fixes itself (e.g. a removal that also tidies commas); replaces `suggestions`. */
	fixes?: (match: PhraseMatch, ctx: RuleContext, around: Around) => Fix[];
	/** Skip the match when the text right after it matches this (regex source, tested at the match end). */
	notBefore?: string;
	/** Skip the match when the text right before it matches this (regex source, anchored at the match start). */
	notAfter?: string;
	/** Keep the match only when the text right after it matches this. */
	before?: string;
	/** Keep the match only when the text right before it matches this. */
	after?: string;
	/** Keep the match only when it opens a sentence. */
	sentenceStart?: boolean;
	/** Keep the match only when the sentence that holds it matches this (regex source, tested within 300 characters of the match). */
	inSentence?: string;
	/** Match the case as written (for acronyms and markers such as `TODO`), not case-insensitively. */
	exactCase?: boolean;
}

export interface PhraseMatch {
	start: number;
	end: number;
	text: string;
	entry: PhraseEntry;
}

interface Compiled {
	entry: PhraseEntry;
	/** The entry's pattern as regex source. */
	source: string;
	inSentence?: RegExp;
	/**
	 * The entry alone, anchored where it is tried (used when an earlier entry matched there but its context said no):
	 * made on first use, as most entries never need it.
	 */
	sticky?: RegExp;
	exact?: RegExp;
	notBefore?: RegExp;
	notAfter?: RegExp;
	before?: RegExp;
	after?: RegExp;
}

/** How far context checks look around a match. */
export const WINDOW = 80;

/**
 * What the matches tried in one chunk (`from`–`to` of the document) read beyond it: `edge` when the context window of
 * one of them reached past either end (so the result holds while the `WINDOW` characters either side stay the same),
 * `outside` when something further away counted (then the result holds for this lint only).
 */
export interface Reach {
	from: number;
	to: number;
	edge: boolean;
	outside: boolean;
}

/**
 * Turns the table's conventions into regex source: a straight apostrophe matches either apostrophe, and a space
 * outside a character class matches any run of white space (" ?" any run or none).
 */
export function phraseSource(src: string): string {
	// One native pass (a loop over the characters costs a cold CLI run a few milliseconds over all the tables).
	return src.replace(SOURCE_PARTS, (part) => {
		if (part[0] === '\\') return part;
		if (part[0] === '[') return part.replace(/\\[\s\S]?|'/g, (c) => (c === "'" ? "'’" : c));
		if (part === "'") return "['’]";
		return part.length > 1 ? '\\s*' : '\\s+';
	});
}

/** An escape, a character class (up to its first unescaped "]"), an apostrophe, a space with an optional "?" or "*". */
const SOURCE_PARTS = /\\[\s\S]?|\[(?:\\[\s\S]?|[^\]\\])*\]?|'| [?*]?/g;

const bounded = (src: string) => `(?<![\\w'’-])(?:${src})(?![\\w'’-])`;

/**
 * The source with its ASCII letters in lower case, for a scan of lower-cased text without the `i` flag: V8 compiles a
 * case-insensitive alternation of this size in about twice the time, which a short CLI run pays in full. Undefined
 * when the source has anything whose meaning depends on the letter case of an escape or on case folding beyond ASCII
 * (then the table keeps the `i` flag).
 */
function lowerSource(src: string): string | undefined {
	// Escapes that name a character by number or property, letters beyond ASCII, and ranges from or to an upper-case
	// letter that are not A–Z-like ("[A-z]") would not survive the change.
	if (/\\[xucpPk]|[^\0-\x7f]|[^A-Z\\]-[A-Z]|[A-Z]-[^A-Z]/.test(src.replace(/[’‘]/g, ''))) return undefined;
	return src.replace(/\\.|[A-Z]+/g, (m) => (m[0] === '\\' ? m : m.toLowerCase()));
}

/**
 * `text` in lower case, letter for letter (same length, same offsets), for the lower-cased patterns. Letters beyond
 * ASCII may change case too: a pattern without them cannot tell the cases apart. Two may not: the Kelvin sign, which
 * would become an ASCII k, and any letter that grows (İ): then only A–Z are lowered.
 */
function lowerAscii(text: string): string {
	const lower = text.toLowerCase();
	if (lower.length === text.length && !text.includes('\u212A')) return lower;
	return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Each chunk's prose in lower case, made once for all tables. */
// Every table that scans lower-cased text reads it: shared work.
const LOWER = memoKey(true);
const lowerProse = (chunk: Chunk) => lowerAscii(chunk.prose);

/** The last text lower-cased for a whole-prose scan, kept while the next scan reads the same text. */
let lowered = { text: '', lower: '' };
function lowerCached(text: string): string {
	if (lowered.text !== text) lowered = { text, lower: lowerAscii(text) };
	return lowered.lower;
}

/**
 * The entries' sources as one alternation with a capturing group each, in table order; runs of consecutive entries
 * that start with `prefix` are written as the prefix once, then their groups: "(?:P(?:(a)|(b)))|(c)" for "(Pa)|(Pb)|(c)".
 */
export function combinedSource(sources: readonly string[], prefix?: string): string {
	const parts: string[] = [];
	for (let i = 0; i < sources.length; ) {
		let j = i;
		while (prefix && j < sources.length && sources[j].startsWith(prefix) && sources[j].length > prefix.length) j++;
		if (j - i >= 2) {
			parts.push(`(?:${prefix}(?:${sources.slice(i, j).map((src) => `(${src.slice(prefix!.length)})`).join('|')}))`);
			i = j;
		} else {
			parts.push(`(${sources[i]})`);
			i++;
		}
	}
	return parts.join('|');
}

export class PhraseTable {
	/** All entries in one alternation, one capturing group each; case-sensitive over lower-cased text when `lower`. */
	private readonly combined: RegExp;
	private readonly lower: boolean;
	private readonly compiled: Compiled[];
	private readonly byEntry: Map<PhraseEntry, Compiled>;
	/** Where each chunk keeps this table's scan. */
	private readonly memo = memoKey();
	/**
	 * Whether what a match reports depends only on the text within `WINDOW` characters of it and on its own sentence
	 * (a sentence never runs from one chunk into the next): no entry builds its own fixes, or the table says its fix
	 * builders read no further (`localFixes`). Then `reportPhrases` can keep a chunk's reports with the chunk.
	 */
	readonly chunkLocal: boolean;
	/** Where each chunk keeps this table's reports, per message and options. */
	private readonly reportKeys = new Map<string, MemoKey>();

	/**
	 * `localFixes`: every entry's `fixes` reads only the match, what is `around` it and the rest of the match's own line
	 * in the text (as `removalFix` does), so its reports can be kept per chunk.
	 * `sharedPrefix`: a pattern that several consecutive entries start with (written exactly as in their `match`). The
	 * combined pattern then matches it once for the run, followed by the run's rests as alternatives, instead of once per
	 * entry at every place it could start. Only for a prefix whose variants end at different words and whose entries go
	 * on with a word the prefix cannot take (so at one place the same entry matches either way).
	 */
	constructor(entries: readonly PhraseEntry[], { localFixes = false, sharedPrefix }: { localFixes?: boolean; sharedPrefix?: string } = {}) {
		const opt = (src: string | undefined, make: (s: string) => RegExp) => (src ? make(phraseSource(src)) : undefined);
		this.compiled = entries.map((entry) => {
			const source = phraseSource(entry.match);
			return {
				entry,
				source,
				exact: entry.exactCase ? new RegExp(`^(?:${source})$`) : undefined,
				notBefore: opt(entry.notBefore, (s) => new RegExp(`^(?:${s})`, 'i')),
				notAfter: opt(entry.notAfter, (s) => new RegExp(`(?:${s})$`, 'i')),
				before: opt(entry.before, (s) => new RegExp(`^(?:${s})`, 'i')),
				after: opt(entry.after, (s) => new RegExp(`(?:${s})$`, 'i')),
				inSentence: opt(entry.inSentence, (s) => new RegExp(s, 'i')),
			};
		});
		this.byEntry = new Map(this.compiled.map((c) => [c.entry, c]));
		this.chunkLocal = localFixes || entries.every((e) => !e.fixes);
		// One capturing group per entry tells which entry matched, without re-testing each entry.
		const combined = bounded(combinedSource(this.compiled.map((c) => c.source), sharedPrefix && phraseSource(sharedPrefix)));
		const lower = lowerSource(combined);
		this.combined = lower !== undefined ? new RegExp(lower, 'g') : new RegExp(combined, 'gi');
		this.lower = lower !== undefined;
	}

	/**
	 * Every match in `prose` between `from` and `to`, left to right. Where an entry matches but its context rules it
	 * out, the later entries get their turn at the same place, so the order of the table only sets priority.
	 * `keep` is a further check by the caller, with the same fallback.
	 */
	*matches(prose: string, from = 0, to = prose.length, keep?: (m: PhraseMatch) => boolean): Generator<PhraseMatch> {
		const re = new RegExp(this.combined); // own lastIndex: two scans of one table may interleave
		const scanned = this.lower ? lowerCached(prose) : prose;
		re.lastIndex = from;
		let m: RegExpExecArray | null;
		while ((m = re.exec(scanned)) !== null && m.index < to) {
			let i = 1;
			while (i < m.length && m[i] === undefined) i++;
			const text = this.lower ? prose.slice(m.index, m.index + m[0].length) : m[0];
			const found = this.resolve(prose, prose, 0, m.index, i - 1, text, keep);
			if (found) {
				re.lastIndex = found.end;
				yield found;
			} else {
				re.lastIndex = m.index + 1;
			}
		}
	}

	/**
	 * The same matches as `matches` over the whole prose, for a document read in chunks (Markdown): the table's scan of
	 * each chunk is kept with the chunk, so after an edit only the changed chunk is scanned again; the context checks
	 * still read the whole document. A match never runs from one chunk into the next (it could not lie in one block).
	 */
	*matchesInDoc(doc: ProseDoc, keep?: (m: PhraseMatch) => boolean): Generator<PhraseMatch> {
		if (!doc.chunks) {
			yield* this.matches(doc.prose, 0, doc.prose.length, keep);
			return;
		}
		const found: PhraseMatch[] = [];
		const { chunks } = doc;
		// One array for every chunk and no generator per chunk: a long letter has hundreds of chunks per table. An indexed
		// loop, since `for…of` in this generator made an object per chunk (25 KB per table on each keystroke at 20k words).
		for (let c = 0; c < chunks.length; c++) {
			found.length = 0;
			this.collect(doc, chunks[c].start, chunks[c].chunk, keep, undefined, found);
			for (let i = 0; i < found.length; i++) yield found[i];
		}
	}

	/**
	 * `matchesInDoc` for one chunk, which starts at `base` of the document. With `reach`, a match tried (kept or not)
	 * whose context window (`WINDOW` characters either side) does not lie inside `reach.from`–`reach.to` sets
	 * `reach.edge`: what was found may depend on the text just around the chunk.
	 */
	matchesInChunk(doc: ProseDoc, base: number, chunk: Chunk, keep?: (m: PhraseMatch) => boolean, reach?: Reach): PhraseMatch[] {
		const found: PhraseMatch[] = [];
		this.collect(doc, base, chunk, keep, reach, found);
		return found;
	}

	/** The table's scan of one chunk: a static function, so a held scan costs no closure (see `perChunk`). */
	private static chunkCandidates(chunk: Chunk, table: PhraseTable): Array<number | string> {
		return table.candidates(chunk.prose, table.lower ? perChunk(chunk, LOWER, lowerProse) : chunk.prose);
	}

	private collect(doc: ProseDoc, base: number, chunk: Chunk, keep: ((m: PhraseMatch) => boolean) | undefined, reach: Reach | undefined, out: PhraseMatch[]): void {
		if (chunk.blocks.length === 0) return;
		const candidates = perChunk(chunk, this.memo, PhraseTable.chunkCandidates, this);
		let next = 0;
		for (let k = 0; k < candidates.length; k += 3) {
			const at = candidates[k] as number;
			if (at < next) continue;
			const found = this.resolve(doc.reader, chunk.prose, base, at, candidates[k + 1] as number, candidates[k + 2] as string, keep, reach);
			if (found) {
				next = found.end - base;
				out.push(found);
			}
		}
	}

	/**
	 * Every place in `prose` where the combined pattern matches, flat: offset, entry index, matched text. `scanned` is
	 * the text the pattern reads: `prose` lower-cased when the table scans lower-cased text.
	 */
	private candidates(prose: string, scanned: string): Array<number | string> {
		const out: Array<number | string> = [];
		const re = this.combined; // not re-entrant: nothing runs between these calls
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(scanned)) !== null) {
			let i = 1;
			while (i < m.length && m[i] === undefined) i++;
			out.push(m.index, i - 1, this.lower ? prose.slice(m.index, m.index + m[0].length) : m[0]);
			re.lastIndex = m.index + 1;
		}
		return out;
	}

	/**
	 * The match that stands at `at` of `scanned` (which starts at `base` of `prose`): entry `index` matched `text` there;
	 * when its context rules it out, the later entries are tried at the same place.
	 */
	private resolve(prose: ProseText, scanned: string, base: number, at: number, index: number, text: string, keep: ((m: PhraseMatch) => boolean) | undefined, reach?: Reach): PhraseMatch | undefined {
		let found = this.accept(prose, index, base + at, text, reach);
		if (found && (!keep || keep(found))) return found;
		for (let j = index + 1; j < this.compiled.length; j++) {
			const c = this.compiled[j];
			const sticky = (c.sticky ??= new RegExp(bounded(c.source), 'iy'));
			sticky.lastIndex = at;
			const other = sticky.exec(scanned);
			if (!other) continue;
			found = this.accept(prose, j, base + at, other[0], reach);
			if (found && (!keep || keep(found))) return found;
		}
		return undefined;
	}

	/** The memo key under which chunks keep this table's reports with this message and these options. */
	reportKey(message: string, options: ReportOptions): MemoKey {
		const name = `${options.safe}\0${!!options.inQuotes}\0${message}`;
		let key = this.reportKeys.get(name);
		if (!key) this.reportKeys.set(name, (key = memoKey()));
		return key;
	}

	/** The `inSentence` check of an entry, compiled (undefined when the entry has none). */
	sentenceCheck(entry: PhraseEntry): RegExp | undefined {
		return this.byEntry.get(entry)?.inSentence;
	}

	private accept(prose: ProseText, index: number, start: number, text: string, reach?: Reach): PhraseMatch | undefined {
		if (reach && (start - WINDOW < reach.from || start + text.length + WINDOW > reach.to)) reach.edge = true;
		const c = this.compiled[index];
		if (!c || text.length === 0) return undefined;
		if (c.exact && !c.exact.test(text)) return undefined;
		const end = start + text.length;
		if (c.notBefore || c.before) {
			const ahead = prose.slice(end, end + WINDOW);
			if (c.notBefore?.test(ahead) || (c.before && !c.before.test(ahead))) return undefined;
		}
		if (c.notAfter || c.after) {
			const behind = prose.slice(Math.max(0, start - WINDOW), start);
			if (c.notAfter?.test(behind) || (c.after && !c.after.test(behind))) return undefined;
		}
		return { start, end, text, entry: c.entry };
	}
}

/** Carries the case pattern of `original` (ALL CAPS, Capitalised, lower) over to `replacement`. */
export function matchCase(original: string, replacement: string, atStart?: boolean): string {
	if (replacement.length === 0) return replacement;
	const letters = original.replace(/[^A-Za-z]/g, '');
	if (letters.length > 1 && letters === letters.toUpperCase()) {
		// A lone acronym ("SLA", "EOD") is written in capitals anyway: its replacement keeps its own case.
		if (/^[A-Z]{2,5}$/.test(original)) return atStart ? upperFirst(replacement) : replacement;
		return replacement.toUpperCase();
	}
	const first = original.search(/[A-Za-z]/);
	if (first < 0) return replacement;
	// "I" is capitalised anywhere, so it says nothing about the sentence: the position decides.
	if (atStart !== undefined && /^I\b/.test(original.slice(first))) {
		return atStart ? upperFirst(replacement) : /^I\b/.test(replacement) ? replacement : lowerFirst(replacement);
	}
	return original[first] === original[first].toUpperCase() ? upperFirst(replacement) : lowerFirst(replacement);
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/**
 * Fixes that replace a match with each suggestion in turn; the first is marked safe when `safe` is true.
 * `atStart` tells `matchCase` whether the match opens a sentence; `curly` writes apostrophes as ’.
 */
export function replacementFixes(match: PhraseMatch, suggestions: readonly string[], safe: boolean, style: { atStart?: boolean; curly?: boolean } = {}): Fix[] {
	const seen = new Set<string>();
	const fixes: Fix[] = [];
	for (const s of suggestions) {
		const cased = matchCase(match.text, s, style.atStart);
		const newText = style.curly ? cased.replace(/'/g, '’') : cased;
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

/**
 * A fix that deletes `text[start, end)` and leaves a grammatical sentence: the comma pair around an aside goes with
 * it (", frankly," → ""), one space goes rather than two, and the next word is capitalised when the removed words
 * opened the sentence.
 */
export function removalFix(text: string, start: number, end: number, atStart: boolean, safe = true): Fix {
	const words = text.slice(start, end);
	let s = start;
	let e = end;
	const before = text.slice(Math.max(0, s - WINDOW), s);
	const after = text.slice(e, e + WINDOW);
	const commaBefore = /,[ \t]*$/.exec(before);
	const commaAfter = /^[ \t]*,/.exec(after);
	const endOfSentence = /^[ \t]*[.!?]+/.exec(after);
	if (atStart && endOfSentence) {
		// The words were the whole sentence ("Frankly!"): the sentence goes, with the space before it.
		e += endOfSentence[0].length;
		s -= /[ \t]*$/.exec(before)![0].length;
	} else if (!atStart && commaBefore && commaAfter) {
		// "I can't, obviously, refund" → "I can't refund"
		s -= commaBefore[0].length;
		e += commaAfter[0].length;
	} else if (/^[ \t]*(?:[.!?;:)\]”"]|$)/.test(after) && !atStart) {
		// "the fee, frankly." → "the fee."
		s -= /,?[ \t]*$/.exec(before)![0].length;
	} else {
		// "Obviously, I can't" → "I can't"; "is obviously a" → "is a"
		e += /^(?:[ \t]*[,;:—–][ \t]*|[ \t]*-[ \t]+|[ \t]+)?/.exec(after)![0].length;
		if (e === end && /[ \t]$/.test(before)) s -= /[ \t]+$/.exec(before)![0].length;
	}
	let newText = '';
	if (atStart && /^[a-z]/.test(text.slice(e, e + 1))) {
		newText = text[e].toUpperCase();
		e++;
	}
	return { title: `Remove "${words}"`, edits: [{ start: s, end: e, newText }], safe };
}

/** Index of the range that holds `offset` in sorted, non-overlapping `ranges`, by binary search; -1 when none does. */
export function rangeAt(ranges: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (ranges[mid].end <= offset) lo = mid + 1;
		else if (ranges[mid].start > offset) hi = mid - 1;
		else return mid;
	}
	return -1;
}

/** The sentence that holds `offset` (sentences are in document order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
	return rangeAt(sentences, offset);
}

/** True when only quotes, brackets, dashes or a list marker stand between the sentence start and `offset`. */
export function atSentenceStart(ctx: Pick<RuleContext, 'doc' | 'sentences'>, offset: number): boolean {
	const i = sentenceAt(ctx.sentences, offset);
	if (i < 0 || offset - ctx.sentences[i].start > 40) return false;
	return /^[\s"'“‘(\[*_>-]*$/.test(ctx.doc.reader.slice(ctx.sentences[i].start, offset));
}

/**
 * The part of the sentence holding `offset` that lies within `radius` characters of it (prose). Context checks read
 * this window rather than the whole sentence, so a run-on "sentence" of a megabyte costs no more than a short one.
 */
export function sentenceWindow(ctx: Pick<RuleContext, 'doc' | 'sentences'>, offset: number, radius = 300, index = sentenceAt(ctx.sentences, offset)): string {
	if (index < 0 || index >= ctx.sentences.length) return '';
	const s = ctx.sentences[index];
	const at = Math.min(Math.max(offset, s.start), s.end);
	return ctx.doc.reader.slice(Math.max(s.start, at - radius), Math.min(s.end, at + radius));
}

const quoteCache = new WeakMap<ProseDoc, Array<{ start: number; end: number }>>();

/**
 * Spans of the writer's prose inside double quotation marks ("…", “…”): the client's own words or a phrase
 * mentioned rather than used. A quote stays within a paragraph and within `maxQuote` characters, so a stray quote
 * mark cannot swallow the rest of a letter.
 */
export function quotedSpans(doc: ProseDoc): Array<{ start: number; end: number }> {
	let spans = quoteCache.get(doc);
	if (spans) return spans;
	spans = [];
	if (doc.chunks) {
		for (let k = 0; k < doc.chunks.length; k++) {
			const { start, chunk } = doc.chunks[k];
			const own = perChunk(chunk, QUOTES, chunkQuotes);
			for (let i = 0; i < own.length; i++) spans.push({ start: own[i].start + start, end: own[i].end + start });
		}
	} else {
		quotes(doc.prose, doc.blocks, spans);
	}
	quoteCache.set(doc, spans);
	return spans;
}

const QUOTES = memoKey();
const chunkQuotes = (chunk: Chunk) => quotes(chunk.prose, chunk.blocks, []);

function quotes(prose: string, blocks: readonly Block[], spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
	const maxQuote = 400;
	for (const block of blocks) {
		let open = -1;
		for (let i = block.start; i < block.end; i++) {
			const c = prose[i];
			if (c === '“' || (c === '"' && open < 0)) {
				if (c === '"' && /\w/.test(prose[i - 1] ?? '') && /\w/.test(prose[i + 1] ?? '')) continue; // 5"11 and the like
				open = i;
			} else if ((c === '”' || c === '"') && open >= 0) {
				if (i - open <= maxQuote) spans.push({ start: open, end: i + 1 });
				open = -1;
			}
		}
	}
	return spans;
}

/** `[start, end)` lies inside one of `ranges` (sorted, non-overlapping). */
function within(ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
	const i = rangeAt(ranges, start);
	return i >= 0 && end <= ranges[i].end;
}

export function inQuotes(doc: ProseDoc, start: number, end: number): boolean {
	return within(quotedSpans(doc), start, end);
}

export interface ReportOptions {
	/** Whether each entry's first suggestion is safe, unless the entry says otherwise. */
	safe: boolean;
	/** A last check on a match, with the whole context (e.g. "is the reason given in the next sentence?"). */
	accept?: (m: PhraseMatch, ctx: RuleContext) => boolean;
	/** Also report matches inside double quotation marks (by default they are the client's words, or a mention). */
	inQuotes?: boolean;
}

function sentenceFits(ctx: Pick<RuleContext, 'doc' | 'sentences'>, check: RegExp | undefined, offset: number): boolean {
	return !check || check.test(sentenceWindow(ctx, offset));
}

/**
 * Every match of a table in the prose blocks, after the context checks, with what a suggestion needs to know.
 * One scan of the whole prose (what lies outside the blocks is blanked or not prose), so the cost is linear.
 */
export function* phraseMatches(
	ctx: RuleContext,
	table: PhraseTable,
	options: Omit<ReportOptions, 'safe'> = {},
	only?: { base: number; chunk: Chunk; reach: Reach },
): Generator<PhraseMatch & { around: Around }> {
	const { doc } = ctx;
	// Within one chunk, a sentence that starts before the chunk (not expected: sentences lie within their block) would
	// make the result depend on more than the chunk and the text just around it.
	const startsSentence = (offset: number) => {
		if (only) {
			const i = sentenceAt(ctx.sentences, offset);
			if (i >= 0 && ctx.sentences[i].start < only.base) only.reach.outside = true;
		}
		return atSentenceStart(ctx, offset);
	};
	const keep = (m: PhraseMatch) =>
		within(doc.blocks, m.start, m.end) &&
		(options.inQuotes || !inQuotes(doc, m.start, m.end)) &&
		(!m.entry.sentenceStart || startsSentence(m.start)) &&
		sentenceFits(ctx, table.sentenceCheck(m.entry), m.start) &&
		(!options.accept || options.accept(m, ctx));
	for (const m of only ? table.matchesInChunk(doc, only.base, only.chunk, keep, only.reach) : table.matchesInDoc(doc, keep)) {
		const around = { before: doc.reader.slice(Math.max(0, m.start - WINDOW), m.start), after: doc.reader.slice(m.end, m.end + WINDOW), atStart: startsSentence(m.start) };
		yield { ...m, around };
	}
}

/** Whether a replacement should write ’: the match has one, or has no apostrophe and the text around it does. */
export function usesCurly(matched: string, around: Pick<Around, 'before' | 'after'>): boolean {
	if (/’/.test(matched)) return true;
	if (/'/.test(matched)) return false;
	return /\w’\w/.test(around.before + around.after) && !/\w'\w/.test(around.before + around.after);
}

/** The fixes an entry offers for a match: its own builder, or its suggestions as replacements. */
export function entryFixes(m: PhraseMatch & { around: Around }, ctx: RuleContext, safe: boolean): Fix[] {
	const { entry, around } = m;
	if (entry.fixes) return entry.fixes(m, ctx, around);
	const raw = entry.suggestions;
	const suggestions = typeof raw === 'function' ? raw(m.text, around) : raw ?? [];
	return replacementFixes(m, suggestions, entry.safe ?? safe, { atStart: around.atStart, curly: usesCurly(m.text, around) });
}

/** Runs a phrase table over every prose block and reports each match. */
export function reportPhrases(ctx: RuleContext, table: PhraseTable, defaultMessage: string, options: ReportOptions = { safe: false }): void {
	const { doc } = ctx;
	if (!doc.chunks || !doc.cached || !table.chunkLocal || options.accept) {
		for (const m of phraseMatches(ctx, table, options)) ctx.report(phraseReport(m, ctx, defaultMessage, options.safe));
		return;
	}
	// Markdown: a chunk's reports are kept with the chunk, and moved to where the chunk now is. The context checks read
	// at most `WINDOW` characters around a match (the other checks read the chunk's own blocks, quotations and
	// sentences), so they hold while the text that close to the chunk is unchanged.
	const key = table.reportKey(defaultMessage, options);
	for (let k = 0; k < doc.chunks.length; k++) {
		const { start: base, chunk } = doc.chunks[k];
		if (chunk.blocks.length === 0) continue;
		const held = perChunk(chunk, key, noneHeld);
		const end = base + chunk.prose.length;
		if (held.base >= 0 && held.edge && (doc.reader.slice(Math.max(0, base - WINDOW), base) !== held.before || doc.reader.slice(end, end + WINDOW) !== held.after)) held.base = -1;
		if (held.base < 0) {
			const reach: Reach = { from: base, to: end, edge: false, outside: false };
			const reports: Report[] = [];
			for (const m of phraseMatches(ctx, table, options, { base, chunk, reach })) reports.push(phraseReport(m, ctx, defaultMessage, options.safe));
			for (const r of reports) ctx.report(r);
			if (!reach.outside) {
				held.base = base;
				held.reports = reports;
				held.edge = reach.edge;
				// Copies, not views: a view would keep this lint's whole prose alive for as long as the chunk lives.
				held.before = reach.edge ? detach(doc.reader.slice(Math.max(0, base - WINDOW), base)) : '';
				held.after = reach.edge ? detach(doc.reader.slice(end, end + WINDOW)) : '';
			}
			continue;
		}
		const delta = base - held.base;
		for (let i = 0; i < held.reports.length; i++) ctx.report(delta === 0 ? held.reports[i] : shiftReport(held.reports[i], delta));
	}
}

const noneHeld = (): HeldReports => ({ base: -1, reports: [], before: '', after: '' });

/** A copy of `s` that shares no memory with the string it was cut from. */
const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * A chunk's reports from one phrase table, at the offsets they had when the chunk started at `base` (-1: none kept);
 * with `edge`, the prose just `before` and `after` the chunk that they depend on.
 */
interface HeldReports {
	base: number;
	reports: Report[];
	edge?: boolean;
	before: string;
	after: string;
}

function phraseReport(m: PhraseMatch & { around: Around }, ctx: RuleContext, defaultMessage: string, safe: boolean): Report {
	return {
		start: m.start,
		end: m.end,
		message: (m.entry.message ?? defaultMessage).replace(/\{0\}/g, m.text),
		fixes: entryFixes(m, ctx, safe),
	};
}

/** A held report moved by `delta`, fixes and all. Plain loops: this runs for every report after an edit, per keystroke. */
function shiftReport(r: Report, delta: number): Report {
	// Copies of the arrays, then their items replaced: arrays of the exact size, and no closure per report.
	const fixes = r.fixes?.slice();
	if (fixes) {
		for (let i = 0; i < fixes.length; i++) {
			const edits = fixes[i].edits.slice();
			for (let k = 0; k < edits.length; k++) edits[k] = { ...edits[k], start: edits[k].start + delta, end: edits[k].end + delta };
			fixes[i] = { ...fixes[i], edits };
		}
	}
	return { ...r, start: r.start + delta, end: r.end + delta, fixes };
}

/** A removal fix for an entry's `fixes`: deletes the match and tidies the sentence around it. */
export const removeMatch = (m: PhraseMatch, ctx: RuleContext, around: Around): Fix[] => [removalFix(ctx.doc.text, m.start, m.end, around.atStart)];

/** The forms of the writer's voice a rewrite needs, read from the subject that opens a match ("we", "I", "the firm"). */
export interface Voice {
	/** "us", "me", "the firm" */
	obj: string;
	/** "we'd", "I would", "the firm would" */
	would: string;
	/** "we've", "I have", "the firm has" */
	have: string;
	/** "we're", "I am", "the firm is" */
	be: string;
	/** "our", "my", "the firm's" */
	our: string;
	/** True when the original spells out what it could have contracted ("we cannot", "we are unable"), so the rewrite should too. */
	formal: boolean;
}

export function voiceOf(matched: string): Voice {
	const formal = !/['’]/.test(matched) && /\b(?:not|cannot|am|are|is|will|would|shall|have|has)\b/i.test(matched);
	const c = (short: string, long: string) => (formal ? long : short);
	const subject = /^\s*(we|i|the \w+)/i.exec(matched)?.[1].toLowerCase() ?? 'we';
	if (subject === 'i') return { obj: 'me', would: c("I'd", 'I would'), have: c("I've", 'I have'), be: c("I'm", 'I am'), our: 'my', formal };
	if (subject === 'we') return { obj: 'us', would: c("we'd", 'we would'), have: c("we've", 'we have'), be: c("we're", 'we are'), our: 'our', formal };
	return { obj: subject, would: `${subject} would`, have: `${subject} has`, be: `${subject} is`, our: `${subject}'s`, formal };
}

/** A fix that deletes a whole sentence and the space that joined it to the next one (or to the one before). */
export function removeSentenceFix(ctx: Pick<RuleContext, 'doc' | 'sentences'>, index: number, safe = false): Fix {
	const { text } = ctx.doc;
	const sentence = ctx.sentences[index];
	let start = sentence.start;
	let end = sentence.end;
	const trailing = /^[ \t]+(?=\S)/.exec(text.slice(end, end + WINDOW));
	if (trailing) end += trailing[0].length;
	else start -= /[ \t]*$/.exec(text.slice(Math.max(0, start - WINDOW), start))![0].length;
	return { title: 'Remove this sentence', edits: [{ start, end, newText: '' }], safe };
}
