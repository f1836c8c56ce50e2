/**
 * A small, linear pattern language over word tokens, for the step detectors.
 *
 * A pattern is a list of slots separated by spaces:
 *   `thank|thanks`  one token from the alternatives (a literal, `@CLASS` from the lexicon, `~verb` for its inflections,
 *                   or `#num` for any number: 10, 3rd, ten, half)
 *   `your?`         an optional slot
 *   `_3`            up to three words (never across clause punctuation); `_3,` may also cross commas
 *   `*`             any one word
 *   `%ing`          any word ending in "ing" (three letters or more before it)
 *   `!@CLASS|word`  the next token is not one of these (matches nothing)
 *   `^` / `$`       at the start / end of a clause
 * and ` / ` separates whole alternative patterns of one cue ("on leave / on holiday").
 *
 * Each cue is a pattern with a weight for one target (a step, the refusal, …). Gaps are bounded and short, so matching
 * a sentence costs a constant per token: no regular-expression backtracking, whatever the input.
 */
import { CLAUSE_BREAKS, CONDITIONALS, NEGATORS, type Token } from './tokens';

/**
 * `ids`: the word ids of the slot's words (in its lexicon's vocabulary, `vocabularyOf`), each once; `bits`: the same
 * words as a bit set over ids.
 */
type Slot =
	| { kind: 'word'; ids: readonly number[]; optional: boolean; num: boolean; bits: Uint32Array }
	| { kind: 'gap'; max: number; commas: boolean }
	| { kind: 'any' }
	| { kind: 'suffix'; suffix: string }
	| { kind: 'not'; bits: Uint32Array }
	| { kind: 'start' }
	| { kind: 'end' };

/** Whether word id `id` is in bit set `bits` (id 0, a word no cue names, never is). */
function hasId(bits: Uint32Array, id: number): boolean {
	const at = id >>> 5;
	return at < bits.length && (bits[at] & (1 << (id & 31))) !== 0;
}

export interface CueSpec {
	/** The pattern (see the file comment). */
	p: string;
	/** Added to the sentence's score for the target when the pattern matches (negative: evidence against). */
	w: number;
	/** Shown as the evidence's cue; defaults to the pattern. */
	id?: string;
	/** Match even when a negation governs the match (the pattern spells out its own negation). */
	neg?: boolean;
	/** Match inside a conditional clause ("if we can't …"); by default such matches are dropped. */
	hyp?: boolean;
	/** `only`: questions only; `never`: statements only. */
	q?: 'only' | 'never';
	/** Counts only when another cue for the same target has already matched in the sentence. */
	boost?: boolean;
	/** Shows that the writer is turning something down, whatever the cue's target ("instead", "would mean …"). */
	signal?: boolean;
}

export interface Cue<T extends string> extends Required<Pick<CueSpec, 'w' | 'id'>> {
	target: T;
	/** Alternative slot lists; the cue matches when one of them does. */
	alts: Slot[][];
	/** Per alternative, a word set that must occur within `within` tokens after the first (a cheap check first). */
	ahead: ({ ids: readonly number[]; num: boolean; within: number } | null)[];
	neg: boolean;
	hyp: boolean;
	q?: 'only' | 'never';
	boost: boolean;
	signal: boolean;
}

export interface Hit<T extends string> {
	cue: Cue<T>;
	start: number;
	end: number;
}

export type Lexicon = Record<string, readonly string[]>;

const IRREGULAR: Record<string, readonly string[]> = {
	take: ['took', 'taken'], get: ['got', 'gotten'], see: ['saw', 'seen'], know: ['knew', 'known'], hear: ['heard'],
	understand: ['understood'], think: ['thought'], make: ['made'], give: ['gave', 'given'], send: ['sent'], mean: ['meant'],
	find: ['found'], come: ['came'], bring: ['brought'], hold: ['held'], keep: ['kept'], leave: ['left'], tell: ['told'],
	write: ['wrote', 'written'], choose: ['chose', 'chosen'], run: ['ran'], feel: ['felt'], put: [], let: [], set: [], cut: [],
	fall: ['fell', 'fallen'], be: ['is', 'are', 'am', 'was', 'were', 'been', 'being'], have: ['has', 'had', 'having'], do: ['does', 'did', 'done', 'doing'],
	go: ['goes', 'went', 'gone'], lie: ['lay', 'lain', 'lying'], sell: ['sold'], spend: ['spent'], build: ['built'], lose: ['lost'], pay: ['paid'],
	say: ['said'], read: [], begin: ['began', 'begun'], stick: ['stuck'], meet: ['met'], speak: ['spoke', 'spoken'], catch: ['caught'],
	forbid: ['forbade', 'forbidden'], lead: ['led'], draw: ['drew', 'drawn'], hurt: [], cost: [], spread: [], split: [], win: ['won'],
};

/** The inflected forms of a verb or noun: base, -s, -ed, -ing, with the usual spelling changes. Over-generates a little. */
export function inflect(base: string): string[] {
	const out = new Set([base, ...(IRREGULAR[base] ?? [])]);
	if (base.endsWith('e')) {
		out.add(base + 's').add(base + 'd').add(base.slice(0, -1) + 'ing');
	} else if (/[^aeiou]y$/.test(base)) {
		out.add(base.slice(0, -1) + 'ies').add(base.slice(0, -1) + 'ied').add(base + 'ing');
	} else {
		out.add(base + (/(?:s|x|z|ch|sh)$/.test(base) ? 'es' : 's')).add(base + 'ed').add(base + 'ing');
		if (/(?:^|[^aeiou])[aeiou][bdgmnprt]$/.test(base) && base.length <= 5) {
			const last = base[base.length - 1];
			out.add(base + last + 'ed').add(base + last + 'ing');
		}
	}
	return [...out];
}

/** `lexicon`'s map in a per-lexicon cache, made on first use. */
function mapFor<V>(cache: WeakMap<Lexicon, Map<string, V>>, lexicon: Lexicon): Map<string, V> {
	let known = cache.get(lexicon);
	if (!known) cache.set(lexicon, (known = new Map()));
	return known;
}

/** A word class's words, inflections included, expanded once per lexicon (classes name other classes). */
const classWords = new WeakMap<Lexicon, Map<string, readonly string[]>>();

function expandClass(name: string, lexicon: Lexicon): readonly string[] {
	const known = mapFor(classWords, lexicon);
	let words = known.get(name);
	if (!words) {
		const cls = lexicon[name];
		if (!cls) throw new Error(`Unknown word class @${name}`);
		const set = new Set<string>();
		for (const w of cls) expandWord(w, lexicon, set);
		known.set(name, (words = [...set]));
	}
	return words;
}

function expandWord(alt: string, lexicon: Lexicon, into: Set<string>): void {
	if (alt.startsWith('@')) {
		for (const w of expandClass(alt.slice(1), lexicon)) into.add(w);
	} else if (alt.startsWith('~')) {
		for (const f of inflect(alt.slice(1))) into.add(f);
	} else into.add(alt);
}

interface WordSlotSet {
	/** The ids of the set's words in the lexicon's vocabulary, each once. */
	ids: readonly number[];
	/** The source had `#num` (any number), which is not a word of the set. */
	num: boolean;
	/** The set's words as a bit set over their ids. */
	bits: Uint32Array;
}

/**
 * Per lexicon: an id from 1 for every word a slot names, and for the words the matcher checks for clause breaks,
 * negations and gaps. A sentence's tokens are looked up here once; matching then tests ids against bit sets and
 * arrays, where testing words against sets of strings was most of its time. Ids are only ever added, so a bit set made
 * earlier stays right: the words added after it are not in it.
 */
const vocabularies = new WeakMap<Lexicon, Map<string, number>>();

function vocabularyOf(lexicon: Lexicon): Map<string, number> {
	return mapFor(vocabularies, lexicon);
}

function wordId(vocab: Map<string, number>, w: string): number {
	let id = vocab.get(w);
	if (id === undefined) vocab.set(w, (id = vocab.size + 1));
	return id;
}

/**
 * The words of one slot's source ("thank|thanks|@THANKS"), expanded once per source and lexicon: hundreds of cues
 * name the same classes, and the sets are only read after they are built.
 */
const wordSets = new WeakMap<Lexicon, Map<string, WordSlotSet>>();

function wordSet(src: string, lexicon: Lexicon): WordSlotSet {
	const known = mapFor(wordSets, lexicon);
	let found = known.get(src);
	if (!found) {
		// Straight to ids: a class's words are looked up in the vocabulary once for all the sets that name the class,
		// which is most of the work of building the cue sets at start-up (every CLI run, every worker thread).
		const vocab = vocabularyOf(lexicon);
		const all: number[] = [];
		let num = false;
		for (const alt of src.split('|')) {
			if (!alt) continue;
			if (alt.startsWith('@')) {
				const cls = classIds(alt.slice(1), lexicon);
				for (let i = 0; i < cls.ids.length; i++) all.push(cls.ids[i]);
				if (cls.num) num = true;
			} else if (alt === '#num') num = true;
			else if (alt.startsWith('~')) for (const f of inflect(alt.slice(1))) all.push(wordId(vocab, f));
			else all.push(wordId(vocab, alt));
		}
		let max = 0;
		for (const id of all) if (id > max) max = id;
		const bits = new Uint32Array((max >>> 5) + 1);
		const ids: number[] = [];
		for (const id of all) {
			if (hasId(bits, id)) continue;
			bits[id >>> 5] |= 1 << (id & 31);
			ids.push(id);
		}
		known.set(src, (found = { ids, num, bits }));
	}
	return found;
}

/** A word class's words (inflections included) as vocabulary ids, made once per lexicon; `num` if it names `#num`. */
const classIdCache = new WeakMap<Lexicon, Map<string, { ids: readonly number[]; num: boolean }>>();

function classIds(name: string, lexicon: Lexicon): { ids: readonly number[]; num: boolean } {
	const known = mapFor(classIdCache, lexicon);
	let found = known.get(name);
	if (!found) {
		const vocab = vocabularyOf(lexicon);
		const ids: number[] = [];
		let num = false;
		for (const w of expandClass(name, lexicon)) {
			if (w === '#num') num = true;
			else ids.push(wordId(vocab, w));
		}
		known.set(name, (found = { ids, num }));
	}
	return found;
}

function compileSlots(pattern: string, lexicon: Lexicon): Slot[] {
	const slots: Slot[] = [];
	for (const part of pattern.trim().split(/ +/)) {
		if (part === '^') slots.push({ kind: 'start' });
		else if (part === '$') slots.push({ kind: 'end' });
		else if (part === '*') slots.push({ kind: 'any' });
		else if (part[0] === '%' && /^%[a-z]+$/.test(part)) slots.push({ kind: 'suffix', suffix: part.slice(1) });
		else if (part[0] === '_' && /^_\d+,?$/.test(part)) slots.push({ kind: 'gap', max: Number(part.replace(/[_,]/g, '')), commas: part.endsWith(',') });
		else if (part.startsWith('!') && part.length > 1) {
			slots.push({ kind: 'not', bits: wordSet(part.slice(1), lexicon).bits });
		} else {
			const optional = part.length > 1 && part.endsWith('?');
			const { ids, num, bits } = wordSet(optional ? part.slice(0, -1) : part, lexicon);
			slots.push({ kind: 'word', ids, optional, num, bits });
		}
	}
	return slots;
}

/** The most word pairs one alternative may add to the index. */
const MAX_PAIRS = 300;

/** One alternative of a cue, as the index holds it. */
interface Entry<T extends string> {
	cue: Cue<T>;
	alt: number;
	/** How far after the first word the second required word may be (0: no second word is required). */
	within: number;
	/** The last position this entry was tried at, per match call: an entry reached twice at one position runs once. */
	stamp: number;
	/**
	 * For an alternative not indexed by its second word: the word sets of its required slots after the first (indices
	 * into `CueSet.required`). A sentence without a word of each cannot match, whatever the position.
	 */
	need: readonly number[];
	/** The sentence (`CueSet.sentence`) in which one of `need` was found missing: no more tries in it. */
	dead: number;
}

const NO_NEED: readonly number[] = [];

/** What the index knows of one word: the alternatives that can start at it. */
interface WordIndex<T extends string> {
	/** Alternatives starting at this word with no second required word (or one that is only a number class). */
	single: Entry<T>[] | null;
	/**
	 * Second word → alternatives starting at this word, built when a sentence first has this word: the whole table
	 * would cost every CLI run and worker thread several milliseconds at start-up, for words most letters never use.
	 */
	pairs: Map<number, Entry<T>[]> | null;
	/** Its alternatives with a second word, in table order, until `pairs` is built. */
	unpaired: Entry<T>[] | null;
	/** Alternatives whose second required slot takes numbers. */
	pairsNum: Entry<T>[] | null;
	/** The farthest any of its second words can be. */
	reach: number;
}

/**
 * A CueSet's compiled slots and vocabulary as plain data (`CueSet.data`). The build computes it from the tables once
 * and bundles it (scripts/build.mjs, `TACTFUL_CUE_DATA`), so that a process starts from it instead of expanding word
 * classes and inflections, parsing patterns and assigning word ids for every slot: about 25 ms of every cold CLI run,
 * language server start and worker thread, in the interpreter. The data is made by the same build as the bundle it
 * goes into, from the same sources (the build checks that they did not change meanwhile); the tables are not
 * compared with it again at run time, which would cost a good part of what it saves.
 */
export interface CueData {
	/** The vocabulary's words in id order (id 1 first), joined by "\n". */
	words: string;
	/** Each word set shared by slots: 1 if a number fills it, then its ids (in the order a slot's `ids` lists them). */
	sets: number[][];
	/** Per cue in table order, per alternative, its slots: `SLOT_*` and their fields. */
	cues: Array<Array<Array<Array<number | string>>>>;
}

const SLOT_WORD = 0;
const SLOT_GAP = 1;
const SLOT_ANY = 2;
const SLOT_SUFFIX = 3;
const SLOT_NOT = 4;
const SLOT_START = 5;
const SLOT_END = 6;

/** The ids in a bit set, in increasing order. */
function idsIn(bits: Uint32Array): number[] {
	const ids: number[] = [];
	for (let at = 0; at < bits.length; at++) for (let b = 0; b < 32; b++) if ((bits[at] & (1 << b)) !== 0) ids.push(at * 32 + b);
	return ids;
}

/**
 * The vocabulary (given its ids, into an empty `vocab`) and every cue's slots, per cue in table order and per
 * alternative, from `CueData`: the same objects `compileSlots` makes, with slots of one set sharing its arrays as
 * slots of one source do.
 */
function slotsFromData(data: CueData, vocab: Map<string, number>): Slot[][][] {
	const words = data.words.split('\n');
	for (let i = 0; i < words.length; i++) vocab.set(words[i], i + 1);
	const sets: WordSlotSet[] = new Array(data.sets.length);
	for (let k = 0; k < data.sets.length; k++) {
		const row = data.sets[k];
		const ids = row.slice(1);
		let max = 0;
		for (let i = 0; i < ids.length; i++) if (ids[i] > max) max = ids[i];
		const bits = new Uint32Array((max >>> 5) + 1);
		for (let i = 0; i < ids.length; i++) bits[ids[i] >>> 5] |= 1 << (ids[i] & 31);
		sets[k] = { ids, num: row[0] === 1, bits };
	}
	const out: Slot[][][] = new Array(data.cues.length);
	for (let c = 0; c < data.cues.length; c++) {
		const alts = data.cues[c];
		const cue: Slot[][] = new Array(alts.length);
		for (let a = 0; a < alts.length; a++) {
			const coded = alts[a];
			const slots: Slot[] = new Array(coded.length);
			for (let k = 0; k < coded.length; k++) slots[k] = decodeSlot(coded[k], sets);
			cue[a] = slots;
		}
		out[c] = cue;
	}
	return out;
}

function decodeSlot(coded: Array<number | string>, sets: readonly WordSlotSet[]): Slot {
	switch (coded[0]) {
		case SLOT_WORD: {
			const { ids, num, bits } = sets[coded[1] as number];
			return { kind: 'word', ids, optional: coded[2] === 1, num, bits };
		}
		case SLOT_GAP:
			return { kind: 'gap', max: coded[1] as number, commas: coded[2] === 1 };
		case SLOT_ANY:
			return { kind: 'any' };
		case SLOT_SUFFIX:
			return { kind: 'suffix', suffix: coded[1] as string };
		case SLOT_NOT:
			return { kind: 'not', bits: sets[coded[1] as number].bits };
		case SLOT_START:
			return { kind: 'start' };
		case SLOT_END:
			return { kind: 'end' };
		default:
			throw new Error(`unknown slot kind ${String(coded[0])}`);
	}
}

/**
 * A compiled set of cues, indexed by the words a match can start with and, where a pattern has one, by its second
 * required word: at each token only the cues whose second word occurs within reach are tried.
 */
export class CueSet<T extends string> {
	/** The lexicon's vocabulary (`vocabularyOf`): word → id. */
	private readonly vocab: Map<string, number>;
	/** Per word id: `FLAG_*` bits. */
	private readonly flags: Uint8Array;
	/** Per word id: what starts at it. */
	private readonly words: Array<WordIndex<T> | undefined>;
	/** Per token of the sentence being matched: its word id (0: no cue names it). Grows as needed. */
	private ids = new Int32Array(128);
	/** Alternatives that can start at a number, or anywhere (an optional or gap first slot). */
	private readonly numericFirst: Entry<T>[] = [];
	private readonly anywhere: Entry<T>[] = [];
	private stampBase = 0;
	/**
	 * The word sets that an alternative tried at every occurrence of its first word requires later on, each once (slots
	 * share sets: `wordSet` keeps one per source), and whether a number also fills it. Most tries of such alternatives
	 * fail because that word is nowhere in the sentence: whether it is there is found once per sentence and set, and an
	 * alternative missing one is not tried in that sentence again.
	 */
	private readonly required: { num: boolean; bits: Uint32Array }[] = [];
	private readonly requiredIndex = new Map<readonly number[], number>();
	/** Per required set: the last sentence (`sentence`) it was looked for in, and whether it was there. */
	private readonly requiredSeen: Float64Array;
	private readonly requiredThere: Uint8Array;
	/** Counts `match` calls: identifies the sentence being matched. */
	private sentence = 0;
	readonly cues: Cue<T>[] = [];

	/** Whether the slots and the vocabulary came from `CueData` rather than from compiling the patterns. */
	readonly fromData: boolean;

	/**
	 * `data`: these tables and this lexicon compiled before (`data()`), used unless another CueSet has given the
	 * lexicon's words ids already (or it holds another number of cues); otherwise the patterns are compiled.
	 */
	constructor(lexicon: Lexicon, tables: Record<T, readonly CueSpec[]>, data?: CueData) {
		const vocab = (this.vocab = vocabularyOf(lexicon));
		let count = 0;
		for (const target in tables) count += tables[target].length;
		this.fromData = data !== undefined && vocab.size === 0 && data.cues.length === count;
		const compiled = this.fromData ? slotsFromData(data!, vocab) : undefined;
		let c = 0;
		for (const target of Object.keys(tables) as T[]) {
			for (const spec of tables[target]) {
				const alts = compiled ? compiled[c++] : spec.p.split(' / ').map((p) => compileSlots(p, lexicon));
				this.cues.push({ target, alts, w: spec.w, id: spec.id ?? spec.p, neg: !!spec.neg, hyp: !!spec.hyp, q: spec.q, boost: !!spec.boost, signal: !!spec.signal, ahead: alts.map(aheadOf) });
			}
		}
		// The flags and the index by word id, for every word the slots name (their bit sets are made with them).
		const flagged: Array<[ReadonlySet<string>, number]> = [[NEGATORS, FLAG_NEG], [CLAUSE_BREAKS, FLAG_BREAK], [CONDITIONALS, FLAG_COND], [GAP_STOPS, FLAG_GAP_STOP], [QUOTES, FLAG_QUOTE]];
		for (const [set] of flagged) for (const w of set) wordId(vocab, w);
		this.flags = new Uint8Array(vocab.size + 1);
		for (const [set, flag] of flagged) for (const w of set) this.flags[wordId(vocab, w)] |= flag;
		this.words = new Array<WordIndex<T> | undefined>(vocab.size + 1);
		for (const cue of this.cues) cue.alts.forEach((slots, alt) => this.index(cue, alt, slots));
		this.requiredSeen = new Float64Array(this.required.length);
		this.requiredThere = new Uint8Array(this.required.length);
	}

	/** The compiled slots and the vocabulary as `CueData`, from which a later process builds the same set. */
	data(): CueData {
		const words = [...this.vocab.keys()];
		if (words.some((w) => w.includes('\n'))) throw new Error('a cue word holds a line break');
		const sets: number[][] = [];
		const setOf = new Map<Uint32Array, number>();
		const add = (bits: Uint32Array, num: boolean, ids: readonly number[]) => {
			let index = setOf.get(bits);
			if (index === undefined) {
				setOf.set(bits, (index = sets.length));
				sets.push([num ? 1 : 0, ...ids]);
			}
			return index;
		};
		// Sets that word slots use first, with their ids in their order (the index lists alternatives in that order); a
		// set used only by `!` slots needs only its bits.
		for (const cue of this.cues) for (const slots of cue.alts) for (const s of slots) if (s.kind === 'word') add(s.bits, s.num, s.ids);
		const encode = (s: Slot): Array<number | string> => {
			switch (s.kind) {
				case 'word':
					return [SLOT_WORD, add(s.bits, s.num, s.ids), s.optional ? 1 : 0];
				case 'gap':
					return [SLOT_GAP, s.max, s.commas ? 1 : 0];
				case 'any':
					return [SLOT_ANY];
				case 'suffix':
					return [SLOT_SUFFIX, s.suffix];
				case 'not':
					return [SLOT_NOT, add(s.bits, false, idsIn(s.bits))];
				case 'start':
					return [SLOT_START];
				case 'end':
					return [SLOT_END];
			}
		};
		const cues = this.cues.map((cue) => cue.alts.map((slots) => slots.map(encode)));
		return { words: words.join('\n'), sets, cues };
	}

	private word(id: number): WordIndex<T> {
		let found = this.words[id];
		if (!found) this.words[id] = found = { single: null, pairs: null, unpaired: null, pairsNum: null, reach: 0 };
		return found;
	}

	private index(cue: Cue<T>, alt: number, slots: readonly Slot[]): void {
		let k = 0;
		while (k < slots.length && slots[k].kind === 'start') k++;
		const first = slots[k];
		const ahead = cue.ahead[alt];
		const entry = (within: number, need: readonly number[] = NO_NEED): Entry<T> => ({ cue, alt, within, stamp: -1, need, dead: 0 });
		// Indexed by word pairs only while the pairs stay few: "@RESOURCE_N _3 @STATE_V" would make 22,000 of them, which
		// costs more to build at start-up (every CLI run, every worker thread) than trying the cue at each first word.
		if (first && first.kind === 'word' && !first.optional && !first.num && ahead && first.ids.length * ahead.ids.length <= MAX_PAIRS) {
			const e = entry(ahead.within);
			for (const w1 of first.ids) {
				const word = this.word(w1);
				word.reach = Math.max(word.reach, ahead.within);
				if (ahead.num) (word.pairsNum ??= []).push(e);
				(word.unpaired ??= []).push(e);
			}
			return;
		}
		// No second word to index by: the first words (through optional slots), numbers, or anywhere. Tried wherever one
		// of those occurs, so first checked for the words it needs later on. (A pair-indexed alternative has been checked
		// for its second word already; checking its later words too cost as much time as it saved, measured.)
		const need: number[] = [];
		for (let j = k + 1; j < slots.length; j++) {
			const slot = slots[j];
			if (slot.kind !== 'word' || slot.optional) continue;
			let index = this.requiredIndex.get(slot.ids);
			if (index === undefined) {
				index = this.required.length;
				this.required.push({ num: slot.num, bits: slot.bits });
				this.requiredIndex.set(slot.ids, index);
			}
			if (!need.includes(index)) need.push(index);
		}
		const e = entry(0, need);
		for (; k < slots.length; k++) {
			const slot = slots[k];
			if (slot.kind !== 'word') {
				this.anywhere.push(e);
				return;
			}
			for (const id of slot.ids) (this.word(id).single ??= []).push(e);
			if (slot.num) this.numericFirst.push(e);
			if (!slot.optional) return;
		}
		this.anywhere.push(e);
	}

	/** Every cue that matches in the sentence, each at most once (its first match). */
	match(tokens: readonly Token[], question: boolean): Hit<T>[] {
		const hits: Hit<T>[] = [];
		const seen = new Set<Cue<T>>();
		const n = tokens.length;
		const base = this.stampBase;
		this.stampBase += n + 1;
		this.sentence++;
		if (this.ids.length < n) this.ids = new Int32Array(n * 2);
		const ids = this.ids;
		for (let i = 0; i < n; i++) ids[i] = this.vocab.get(tokens[i].w) ?? 0;
		const words: Words = { tokens, ids, flags: this.flags };
		for (let i = 0; i < n; i++) {
			const word = this.words[ids[i]];
			const stamp = base + i;
			if (word) {
				if (word.single) for (const e of word.single) this.tryAt(words, i, e, stamp, question, seen, hits);
				const byWord = word.pairs ?? (word.unpaired && this.pair(word));
				if (byWord) {
					const last = Math.min(n - 1, i + word.reach);
					let number = false;
					for (let j = i + 1; j <= last; j++) {
						if (tokens[j].num) number = true;
						const list = byWord.get(ids[j]);
						if (list) for (const e of list) if (j - i <= e.within) this.tryAt(words, i, e, stamp, question, seen, hits);
					}
					if (number && word.pairsNum) for (const e of word.pairsNum) this.tryAt(words, i, e, stamp, question, seen, hits);
				}
			}
			if (tokens[i].num) for (const e of this.numericFirst) this.tryAt(words, i, e, stamp, question, seen, hits);
			for (const e of this.anywhere) this.tryAt(words, i, e, stamp, question, seen, hits);
		}
		return hits;
	}

	/** Builds the second-word index of a first word from its alternatives with a second word. */
	private pair(word: WordIndex<T>): Map<number, Entry<T>[]> {
		const byWord = new Map<number, Entry<T>[]>();
		for (const e of word.unpaired!) {
			for (const id of e.cue.ahead[e.alt]!.ids) {
				const list = byWord.get(id);
				if (list) list.push(e);
				else byWord.set(id, [e]);
			}
		}
		word.pairs = byWord;
		word.unpaired = null;
		return byWord;
	}

	/** Whether the sentence being matched has a word of required set `index`, or a number where one fills it. */
	private there({ tokens, ids }: Words, index: number): boolean {
		if (this.requiredSeen[index] === this.sentence) return this.requiredThere[index] === 1;
		const { bits, num } = this.required[index];
		let found = false;
		for (let i = 0; i < tokens.length && !found; i++) found = hasId(bits, ids[i]) || (num && tokens[i].num);
		this.requiredSeen[index] = this.sentence;
		this.requiredThere[index] = found ? 1 : 0;
		return found;
	}

	private tryAt(words: Words, i: number, e: Entry<T>, stamp: number, question: boolean, seen: Set<Cue<T>>, hits: Hit<T>[]): void {
		if (e.stamp === stamp || e.dead === this.sentence) return;
		e.stamp = stamp;
		const cue = e.cue;
		if (seen.has(cue)) return;
		if (cue.q === 'only' && !question) return;
		if (cue.q === 'never' && question) return;
		for (const index of e.need) {
			if (!this.there(words, index)) {
				e.dead = this.sentence;
				return;
			}
		}
		const end = matchSlots(words, i, cue.alts[e.alt], 0, cue.neg);
		if (end < 0) return;
		if (!cue.neg && negatedBefore(words, i)) return;
		if (!cue.hyp && conditionalBefore(words, i)) return;
		seen.add(cue);
		const last = words.tokens[Math.max(i, end - 1)];
		hits.push({ cue, start: words.tokens[i].start, end: last.end });
	}
}

/** The second required word slot of a pattern and how far after the first word it can be. */
function aheadOf(slots: readonly Slot[]): { ids: readonly number[]; num: boolean; within: number } | null {
	let k = 0;
	while (k < slots.length && slots[k].kind === 'start') k++;
	const first = slots[k];
	if (!first || first.kind !== 'word' || first.optional) return null;
	let within = 1;
	for (k++; k < slots.length; k++) {
		const slot = slots[k];
		if (slot.kind === 'gap') within += slot.max;
		else if (slot.kind === 'any' || slot.kind === 'suffix') within += 1;
		else if (slot.kind === 'word') {
			if (!slot.optional) return { ids: slot.ids, num: slot.num, within };
			within += 1;
		}
	}
	return null;
}


/** Words a gap never steps over: they start another clause ("… our team if we could only …"). */
const GAP_STOPS = new Set(['if', 'unless', 'whether', 'because', 'although', 'though', 'but', 'however', 'whereas']);

/** Quotation marks a gap may step over: a quoted phrase stays inside its clause ("not the \"do it ourselves\" answer"). */
const QUOTES = new Set(['"', '“', '”', '‘', '’', '«', '»']);

/** What a word id is, as `CueSet.flags` records it: one of NEGATORS, CLAUSE_BREAKS, CONDITIONALS, GAP_STOPS, QUOTES. */
const FLAG_NEG = 1;
const FLAG_BREAK = 2;
const FLAG_COND = 4;
const FLAG_GAP_STOP = 8;
const FLAG_QUOTE = 16;

/** The sentence being matched: its tokens, their word ids and the flags by word id. */
interface Words {
	tokens: readonly Token[];
	ids: Int32Array;
	flags: Uint8Array;
}

function breaksClause(words: Words, i: number): boolean {
	return words.tokens[i].punct || (words.flags[words.ids[i]] & FLAG_BREAK) !== 0;
}

/** Returns the index after the match, or -1. Gaps never step over a negation unless the cue allows it. */
function matchSlots(words: Words, i: number, slots: readonly Slot[], k: number, allowNeg: boolean): number {
	if (k === slots.length) return i;
	const s = slots[k];
	const { tokens, ids, flags } = words;
	const n = tokens.length;
	switch (s.kind) {
		case 'word': {
			if (i < n && (hasId(s.bits, ids[i]) || (s.num && tokens[i].num))) {
				const r = matchSlots(words, i + 1, slots, k + 1, allowNeg);
				if (r >= 0) return r;
			}
			return s.optional ? matchSlots(words, i, slots, k + 1, allowNeg) : -1;
		}
		case 'gap': {
			for (let g = 0; g <= s.max; g++) {
				const r = matchSlots(words, i + g, slots, k + 1, allowNeg);
				if (r >= 0) return r;
				const t = tokens[i + g];
				if (!t) return -1;
				const f = flags[ids[i + g]];
				if ((t.punct && !(s.commas && t.w === ',') && (f & FLAG_QUOTE) === 0) || (f & FLAG_GAP_STOP) !== 0 || (!allowNeg && (f & FLAG_NEG) !== 0)) return -1;
			}
			return -1;
		}
		case 'suffix': {
			const t = tokens[i];
			if (!t || t.punct || !t.w.endsWith(s.suffix) || t.w.length < s.suffix.length + 3) return -1;
			return matchSlots(words, i + 1, slots, k + 1, allowNeg);
		}
		case 'any': {
			const t = tokens[i];
			if (!t || t.punct || (!allowNeg && (flags[ids[i]] & FLAG_NEG) !== 0)) return -1;
			return matchSlots(words, i + 1, slots, k + 1, allowNeg);
		}
		case 'not':
			return i < n && hasId(s.bits, ids[i]) ? -1 : matchSlots(words, i, slots, k + 1, allowNeg);
		case 'start':
			return i === 0 || breaksClause(words, i - 1) ? matchSlots(words, i, slots, k + 1, allowNeg) : -1;
		case 'end':
			return i >= n || breaksClause(words, i) ? matchSlots(words, i, slots, k + 1, allowNeg) : -1;
	}
}

/** A negation within three words before `i`, in the same clause. */
function negatedBefore(words: Words, i: number): boolean {
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		if (breaksClause(words, j)) return false;
		if ((words.flags[words.ids[j]] & FLAG_NEG) !== 0) return true;
	}
	return false;
}

/** An "if", "unless", "whether"… earlier in the same clause. */
function conditionalBefore(words: Words, i: number): boolean {
	for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
		const t = words.tokens[j];
		const f = words.flags[words.ids[j]];
		if (t.punct || ((f & FLAG_BREAK) !== 0 && t.w !== 'and' && t.w !== 'or')) return false;
		if ((f & FLAG_COND) !== 0) return true;
	}
	return false;
}

const NO_SCORES: ReadonlyMap<never, never> = new Map<never, never>();

/** Sums a sentence's hits per target: each cue once; boosts only when a plain cue for the target matched. */
export function scoreHits<T extends string>(hits: readonly Hit<T>[]): ReadonlyMap<T, { score: number; best: Hit<T> | null }> {
	// Most sentences match no cue: no maps for them.
	if (hits.length === 0) return NO_SCORES;
	const out = new Map<T, { score: number; best: Hit<T> | null }>();
	for (const h of hits) {
		if (h.cue.boost) continue;
		const cur = out.get(h.cue.target) ?? { score: 0, best: null };
		cur.score += h.cue.w;
		if (h.cue.w > 0 && (!cur.best || h.cue.w > cur.best.cue.w)) cur.best = h;
		out.set(h.cue.target, cur);
	}
	// Boosts (specific detail) strengthen a move already made, up to two points; they never make one on their own.
	const boosts = new Map<T, number>();
	for (const h of hits) if (h.cue.boost) boosts.set(h.cue.target, (boosts.get(h.cue.target) ?? 0) + h.cue.w);
	for (const [target, b] of boosts) {
		const cur = out.get(target);
		if (cur && cur.best && cur.score > 0) cur.score += Math.max(-2, Math.min(2, b));
	}
	return out;
}
