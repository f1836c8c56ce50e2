/**
 * Letter detection and the seven-step detectors.
 *
 * Each sentence is tokenised once and matched against the cue tables (cues.ts): weak cues add up, negative cues
 * subtract, and a sentence makes a move when its score reaches the move's threshold. The same pass scores the refusal
 * and any "yes". A document is a decline letter when it has the shape of a letter to one person (greeting, sign-off,
 * "you" and "we") and a refusal that outweighs any acceptance. Everything is linear in the text.
 */
import { STEPS, type Step } from '../types';
import { memoKey, perChunk, type Chunk, type ProseDoc } from '../text/markup';
import type { Sentence } from '../text/sentences';
import { emptySteps, type Evidence, type LetterAnalysis } from './analysis';
import { cues, THRESHOLD, type Target } from './cues';
import { scoreHits, type Hit } from './patterns';
import { readShape } from './shape';
import { tokenize, type Token } from './tokens';

/** What one sentence scores for each target. */
export interface SentenceScores {
	sentence: Sentence;
	scores: Partial<Record<Target, number>>;
	hits: Hit<Target>[];
}

function isQuestion(tokens: readonly Token[]): boolean {
	for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 3; i--) {
		const w = tokens[i].w;
		if (w === '?') return true;
		if (w !== '"' && w !== ')' && w !== '(') return false;
	}
	return false;
}

/** Scores one piece of text (a sentence, or what follows the greeting on its line). */
export function scoreText(text: string, offset: number): { scores: Partial<Record<Target, number>>; hits: Hit<Target>[]; tokens: Token[] } {
	const tokens = tokenize(text, offset);
	const hits = cues().match(tokens, isQuestion(tokens));
	const scores: Partial<Record<Target, number>> = {};
	for (const [target, { score }] of scoreHits(hits)) scores[target] = score;
	// "Unfortunately" or "I'm afraid" next to a reason is a refusal said gently: "Unfortunately, we're fully booked."
	if ((scores.refusal ?? 0) >= 2 && (scores.refusal ?? 0) < THRESHOLD.refusal && (scores.explain ?? 0) >= 2 && hits.some((h) => h.cue.target === 'refusal' && (h.cue.id === 'unfortunately' || h.cue.id === "I'm afraid"))) {
		scores.refusal = THRESHOLD.refusal;
	}
	return { scores, hits, tokens };
}

const NONE: readonly Step[] = [];
const YOU = new Set(['you', 'your', 'yours', 'yourself']);
const FIRST = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours']);

/** What the analysis keeps of a scored sentence. */
interface Reading {
	scores: Partial<Record<Target, number>>;
	/** The strongest cue per target, for the evidence. */
	cues: Partial<Record<Target, string>>;
	/** A cue shows the writer turning something down. */
	signal: boolean;
	you: number;
	first: number;
	/** Words (not punctuation), and whether the sentence asks something. */
	words: number;
	question: boolean;
	/** Evidence against a reason: a vague excuse, the client's own reason. */
	vague: boolean;
	/** Asks the reader to do something ("please ensure …"). */
	please: boolean;
	/** The refusal score without the lift a softener next to a reason gets ("Unfortunately, we've had a busy month"). */
	hardRefusal: number;
	/** The moves the sentence makes (its score reaches the step's threshold), in the model's order. */
	made: readonly Step[];
	/**
	 * The scores the letter-level pass reads for every sentence, as fields of their own: `scores` objects come in as
	 * many shapes as there are combinations of targets, and reading them by name in a loop over every sentence is slow.
	 */
	refusal: number;
	accept: number;
	acknowledge: number;
	alternatives: number;
}

/**
 * Readings by sentence text, shared by all documents (letters written from the same templates repeat sentences). A
 * re-lint after an edit scores only the sentences that changed; the cache is bounded and starts over when full. It
 * holds no offsets, so a sentence that moves keeps its reading. Markdown read with a LintCache also keeps readings with
 * each chunk (`chunkReadings`), found by index; and while a document is being edited, the versions of the sentence
 * being typed stay with their chunk and leave with it, instead of filling this map one keystroke at a time.
 */
const readings = new Map<string, Reading>();
const MAX_READINGS = 20_000;

function read(text: string, keep = true): Reading {
	const cached = readings.get(text);
	if (cached) return cached;
	const reading = score(text);
	if (!keep) return reading;
	if (readings.size >= MAX_READINGS) readings.clear();
	// A copy as the key: `text` may be a view into the whole document, which the cache would otherwise keep alive. The
	// concatenation is flattened into a new string by the slice, which then refers to that copy only.
	readings.set((' ' + text).slice(1), reading);
	return reading;
}

/**
 * Forgets every sentence reading kept so far (the shared map above; readings kept with a LintCache's chunks stay with
 * their chunks). The next lint reads each sentence afresh, as a new process would: for benchmarks that measure a first
 * lint, and for tests.
 */
export function clearSentenceReadings(): void {
	readings.clear();
}

const READINGS = memoKey();
const noReadings = (): Array<Reading | undefined> => [];

/** The readings of a chunk's sentences, by their index in the chunk, filled in as they are needed. */
function chunkReadings(chunk: Chunk): Array<Reading | undefined> {
	return perChunk(chunk, READINGS, noReadings);
}

function score(text: string): Reading {
	const { scores, hits, tokens } = scoreText(text, 0);
	let hardRefusal = 0;
	// Only the writer's own explicit refusals ("we can't", "we must decline"), not softeners or a third party's limits.
	for (const h of hits) if (h.cue.target === 'refusal' && !h.cue.boost && h.cue.w >= THRESHOLD.refusal) hardRefusal += h.cue.w;
	const cues: Partial<Record<Target, string>> = {};
	for (const target of Object.keys(scores) as Target[]) cues[target] = bestCue(hits, target);
	let you = 0;
	let first = 0;
	let words = 0;
	for (const t of tokens) {
		if (!t.punct) words++;
		if (YOU.has(t.w)) you++;
		else if (FIRST.has(t.w)) first++;
	}
	const vague = hits.some((h) => h.cue.target === 'explain' && h.cue.w < 0);
	const made = STEPS.filter((step) => (scores[step] ?? 0) >= THRESHOLD[step]);
	return { scores, cues, signal: hits.some((h) => h.cue.signal), you, first, words, question: isQuestion(tokens), vague, please: tokens.some((t) => t.w === 'please'), hardRefusal, made: made.length > 0 ? made : NONE, refusal: scores.refusal ?? 0, accept: scores.accept ?? 0, acknowledge: scores.acknowledge ?? 0, alternatives: scores.alternatives ?? 0 };
}

/** Where a reply ends and the quoted thread below it starts ("-----Original Message-----", "On Monday, Sam wrote:"). */
const THREAD = /^(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|_{8,}|on\s.{4,120}\swrote:)$/i;
/** "On Monday you wrote:" is the writer quoting the client inside the reply; a mail client writes a name there. */
const YOU_WROTE = /\byou\s+wrote:$/i;
const HEADER_FROM = /^from:\s.+$/i;
const HEADER_NEXT = /^(?:sent|to|date|subject|cc):\s/i;

/**
 * A mail footer's first sentence: "CONFIDENTIALITY NOTICE:", "This email and any attachments are confidential …",
 * "If you are not the intended recipient …". Boilerplate a mail system adds, not the writer's words (its "we cannot
 * accept liability" is no refusal).
 */
const FOOTER = /^(?:(?:confidentiality|legal|privacy)\s+(?:notice|statement|disclaimer|warning)\b|disclaimer\s*(?:[:.\-\u2013\u2014]|$)|(?:this|the\s+(?:information|contents?)\s+(?:contained\s+)?in\s+this)\s+(?:e-?mail|message|communication|transmission)\b.{0,120}?\b(?:(?:is|are|may\s+be)\s+(?:strictly\s+)?(?:confidential|privileged)|intended\s+(?:solely|only|exclusively)\s+for)\b|if\s+you\s+(?:are\s+not\s+the\s+intended\s+recipient|have\s+received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error))/i;

/**
 * Where the writer's reply ends: the first sentence (index) of a quoted thread or a mail footer under it, and where
 * that starts (offset); undefined when there is neither.
 */
function replyEnd(sentences: readonly Sentence[]): { index: number; offset: number } | undefined {
	for (let i = 3; i < sentences.length; i++) {
		// The patterns start with "-", "_", "on", "from", "if", "this", "the", "disclaimer", "confidentiality", "legal" or
		// "privacy": skip the other sentences without making a trimmed copy.
		const c = sentences[i].text.charCodeAt(0);
		if (c > 32 && c < 127 && c !== 45 && c !== 95 && !MAY_END.has(c | 32)) continue;
		const t = sentences[i].text.trim();
		if ((THREAD.test(t) && !YOU_WROTE.test(t)) || (HEADER_FROM.test(t) && HEADER_NEXT.test(sentences[i + 1]?.text.trim() ?? '')) || FOOTER.test(t)) {
			return { index: i, offset: sentences[i].start + leadingSpace(sentences[i].text) };
		}
	}
	return undefined;
}
/** The first letters (lower case) of the patterns above. */
const MAY_END = new Set([...'ofitdclp'].map((ch) => ch.charCodeAt(0)));

export function analyseLetter(doc: ProseDoc, all: readonly Sentence[]): LetterAnalysis {
	// The writer's own letter: a quoted thread under it is the client's text, a mail footer the mail system's.
	const end = replyEnd(all);
	const sentences = end === undefined ? all : all.slice(0, end.index);
	const shape = readShape(doc, sentences);
	const steps = emptySteps();
	let refusal: Evidence | null = null;
	let weakRefusal: Evidence | null = null;
	let refusalScore = 0;
	let hardRefusal = 0;
	let you = 0;
	let first = 0;
	let words = 0;
	let bodyIndex = 0;
	let openerIndex = -1;
	let strongAlternative = false;
	let turnDown = false;
	let acceptEarly = 0;
	let acceptMax = 0;
	const n = sentences.length;
	// At most one entry per sentence: made at that size and cut to length at the end, rather than grown (and copied) by
	// pushing on every keystroke.
	const body: Array<{ start: number; end: number }> = new Array(n);
	const moves: Array<{ start: number; end: number }> = new Array(n);
	const moveSteps: Array<readonly Step[]> = new Array(n);
	let moveCount = 0;
	// The body sentences right after the refusal (and after the first weak one) may be its reason, and the first offer
	// after it its alternative (see below): noted on the way rather than kept for every sentence of a long letter.
	let refusalBody = -1;
	let refusalWords = 0;
	let weakBody = -1;
	let afterRefusal: Sentence | null = null;
	let afterRefusalReading: Reading | null = null;
	let afterWeak: Sentence | null = null;
	let afterWeakReading: Reading | null = null;
	let offer: Sentence | null = null;
	let acceptMore = 0;
	// Markdown with a LintCache: the sentences are the document's own split, chunk by chunk (see splitSentences).
	const split = doc.chunks && doc.split?.sentences === all ? doc.split : undefined;
	let chunkIndex = -1;
	let chunkFirst = 0;
	let nextFirst = 0;
	let held: Array<Reading | undefined> = [];
	for (let i = 0; i < n; i++) {
		const s = sentences[i];
		if (split) {
			while (i >= nextFirst) {
				chunkIndex++;
				chunkFirst = split.firstByChunk[chunkIndex];
				nextFirst = split.firstByChunk[chunkIndex + 1] ?? n;
				held = chunkReadings(doc.chunks![chunkIndex].chunk);
			}
		}
		if (shape.headers.has(i)) continue;
		let text = s.text;
		let offset = s.start;
		if (i === shape.greetingIndex && shape.greeting) {
			// What follows the salutation on its line ("Hi Sam, thanks for your note.") is prose.
			offset = shape.greeting.end;
			text = doc.reader.slice(offset, s.end);
			if (text.trim() === '') continue;
		}
		const reading = !split || text !== s.text ? read(text) : (held[i - chunkFirst] ??= read(text, doc.edit === undefined));
		you += reading.you;
		first += reading.first;
		words += reading.words;
		// The closing lines count for the letter's shape, but they make no move.
		if (i >= shape.closingFrom && !(i === shape.closingFrom && shape.signOff && !shape.signOffFormula)) continue;
		const { cues } = reading;
		const r = reading.refusal;
		if (r > refusalScore) refusalScore = r;
		if (reading.hardRefusal > hardRefusal) hardRefusal = reading.hardRefusal;
		if (!refusal && r >= THRESHOLD.refusal) {
			refusal = { start: s.start, end: s.end, cue: cues.refusal ?? 'refusal' };
			refusalBody = bodyIndex;
			refusalWords = reading.words;
		} else if (refusal && bodyIndex === refusalBody + 1 && refusalWords <= 2 && r >= THRESHOLD.refusal) {
			// A bare "No." and the refusal it opens are one: the missing moves go after both ("No. We can't … . <reason>").
			refusal = { start: refusal.start, end: s.end, cue: refusal.cue };
		}
		if (!weakRefusal && r >= 2) {
			weakRefusal = { start: s.start, end: s.end, cue: cues.refusal ?? 'refusal' };
			weakBody = bodyIndex;
		}
		const yes = reading.accept;
		if (yes > 0) {
			// The strongest "yes", plus one for each further sentence that says yes.
			if (yes > acceptMax) {
				if (acceptMax >= 2) acceptMore++;
				acceptMax = yes;
			} else if (yes >= 2) acceptMore++;
		}
		if (openerIndex < 0 && reading.acknowledge >= THRESHOLD.acknowledge) openerIndex = bodyIndex;
		if (reading.alternatives >= THRESHOLD.alternatives + 1) strongAlternative = true;
		if (reading.signal) turnDown = true;
		if (bodyIndex <= 3 && yes > acceptEarly) acceptEarly = yes;
		if (refusalBody >= 0 && bodyIndex > refusalBody) {
			if (bodyIndex === refusalBody + 1) {
				afterRefusal = s;
				afterRefusalReading = reading;
			}
			// Only needed while no sentence has made the move itself: then an offer would not count.
			if (offer === null && !steps.alternatives && isOffer(reading)) offer = s;
		}
		if (weakBody >= 0 && bodyIndex === weakBody + 1) {
			afterWeak = s;
			afterWeakReading = reading;
		}
		// The sentence itself when it is the whole of it: no new object per sentence on every re-lint.
		const lead = leadingSpace(text);
		body[bodyIndex] = offset === s.start && lead === 0 ? s : { start: offset + lead, end: s.end };
		bodyIndex++;
		const { made } = reading;
		// Indexed: a `for…of` makes an iterator per sentence until V8 optimises this loop, on the first keystrokes.
		for (let m = 0; m < made.length; m++) if (!steps[made[m]]) steps[made[m]] = { start: s.start, end: s.end, cue: cues[made[m]] ?? made[m] };
		if (made.length > 0) {
			// The sentence itself and the reading's own list: nothing new per sentence that moves.
			moves[moveCount] = s;
			moveSteps[moveCount++] = made;
		}
	}
	body.length = bodyIndex;
	moves.length = moveCount;
	moveSteps.length = moveCount;
	// What the writer says they can do, after saying no, is something instead ("We can add a vegetarian main at £4.50").
	if (!steps.alternatives && offer) steps.alternatives = { start: offer.start, end: offer.end, cue: 'an offer after the refusal' };
	// The sentence right after a refusal that makes no other move is, in a letter, almost always its reason, however
	// particular its wording ("The boat has teak decks that are slippery for a large dog under way").
	const next = refusalBody >= 0 ? afterRefusal : afterWeak;
	const nextReading = refusalBody >= 0 ? afterRefusalReading : afterWeakReading;
	if (!steps.explain && next && nextReading && isPlain(nextReading)) steps.explain = { start: next.start, end: next.end, cue: 'a plain statement after the refusal' };

	let shapeScore = (shape.vocative ? 1 : 0) + (shape.greeting ? 2 : 0) + (shape.signOff ? 2 : 0) + (shape.signature && !shape.signOff ? 1 : 0) + (you >= 1 ? 1 : 0) + (first >= 1 ? 1 : 0);
	// Without a greeting, a first sentence that thanks the reader opens a letter ("Thanks for your message about …").
	if (!shape.greeting && openerIndex >= 0 && openerIndex <= 1) shapeScore += 1;
	const reasons: string[] = [];
	for (const p of shape.penalties) {
		shapeScore -= p.weight;
		reasons.push(p.reason);
	}
	// Many good declines never say "no": the refusal shows in a reason, an offer of something else, regret.
	// It takes a sign of turning down (a softener, regret, "instead", what the request would cost) and a yes that does
	// not open the letter.
	const accept = acceptMax + acceptMore;
	// Restating what the client asked for, then answering with something else and no yes, is a counter-offer.
	const restated = steps.understand !== null && acceptMax === 0 ? 1 : 0;
	const implicit = (refusalScore >= 2 ? 1 : 0) + (steps.explain ? 1 : 0) + (steps.alternatives ? 1 : 0) + (strongAlternative ? 1 : 0) + (steps.empathy ? 1 : 0) + restated;
	const turnsDown = turnDown || refusalScore >= 2 || steps.empathy !== null;
	// An early yes usually means an acceptance with extras; a yes to one thing followed by regret, a reason and something
	// else for the rest is a partial decline.
	const decline = Math.max(refusalScore, implicit >= 3 && turnsDown && (acceptEarly < 2 || (steps.empathy !== null && implicit >= 4)) ? implicit + 1 : 0);
	// A short message without greeting or sign-off is a letter when it names its reader or is signed, and clearly refuses.
	const short = reasons.length === 0 && ((shape.vocative && refusalScore >= THRESHOLD.refusal) || ((shape.greeting || shape.signOff || shape.signature) !== null && refusalScore >= 5));
	// A chat reply to a client: no greeting or sign-off, but it talks to "you" about what "we" can do, says no clearly,
	// offers something and asks back ("want me to set one aside?").
	const chat =
		reasons.length === 0 && !shape.greeting && !shape.signOff && !shape.signature && words <= 250 && first >= 1 && refusalScore >= THRESHOLD.refusal + 1 &&
		((you >= 1 && (steps.positive !== null || steps.alternatives !== null) && steps.open !== null) || (you >= 2 && (steps.explain !== null || steps.understand !== null)));
	const shaped = shapeScore >= 3 || (shapeScore >= 2 && (short || chat));
	// A clear refusal next to a clear yes is a partial decline ("Yes to the new date; the discount we can't do"): a letter.
	// A no said only through a softener ("Unfortunately we've had a busy month") loses to an equal yes ("But yes, we can").
	const softOnly = refusalScore >= THRESHOLD.refusal && hardRefusal < THRESHOLD.refusal && decline === refusalScore;
	const outweighs = softOnly ? acceptMax < THRESHOLD.accept && decline > accept : decline > accept - 1;
	const isDeclineLetter = shaped && decline >= THRESHOLD.refusal && (outweighs || (refusalScore >= THRESHOLD.refusal && hardRefusal >= THRESHOLD.refusal));
	return {
		isDeclineLetter,
		steps,
		refusal: refusal ?? weakRefusal,
		greeting: shape.greeting,
		signOff: shape.signOff,
		signature: shape.signature,
		moves,
		moveSteps,
		body,
		scores: { shape: shapeScore, refusal: refusalScore, implicit, accept, reasons },
		replyEnd: end?.offset ?? null,
	};
}

/** How many white-space characters open `text`; without making a trimmed copy when it opens with a visible ASCII character. */
function leadingSpace(text: string): number {
	const c = text.charCodeAt(0);
	if (c > 32 && c < 127) return 0;
	return text.length - text.trimStart().length;
}

/** A sentence that says what the writer can do, and neither refuses nor asks: an offer. */
function isOffer(reading: Reading): boolean {
	return reading.made.includes('positive') && reading.refusal < 2 && !reading.please && !reading.question && (reading.scores.open ?? 0) < THRESHOLD.open;
}

/** A plain statement that makes no move, neither refuses nor asks, and is not vague: it could be a reason. */
function isPlain(reading: Reading): boolean {
	return reading.made.length === 0 && reading.refusal < THRESHOLD.refusal && !reading.question && !reading.vague && reading.words >= 8 && reading.words <= 60 && !(reading.you > 0 && reading.first === 0);
}

function bestCue(hits: readonly Hit<Target>[], target: Target): string {
	let best: Hit<Target> | null = null;
	for (const h of hits) if (h.cue.target === target && h.cue.w > 0 && !h.cue.boost && (!best || h.cue.w > best.cue.w)) best = h;
	return best ? best.cue.id : target;
}

export type { Step };
