/**
 * The shared shape of the seven missing-step rules: one rule per step, reported where the step belongs, with a fix
 * that inserts a sentence making the move (plain text, and the same as a snippet with tab stops).
 *
 * Where a missing move goes, following the model's order:
 * - understand, acknowledge: a new paragraph right after the greeting (or at the top of the body);
 * - explain, alternatives, positive, empathy: right after the refusal, in its paragraph (after any of the earlier
 *   moves that already follow it there), or as a paragraph after a list that holds the refusal;
 * - open: a paragraph just before the sign-off (or the closing name), or after the last paragraph.
 * The file's own line ending is used; nothing is inserted inside a list item, a quote or code.
 */
import { STEPS, type Edit, type Step } from '../types';
import type { Rule, RuleContext, RuleExample } from './rule';
import { STEP_INFO } from '../steps/info';
import { snippetToPlain } from '../text/snippet';
import type { ProseText } from '../text/markup';
import { findMove } from '../steps/analysis';

export function missingStepRule(step: Step, description: string, message: string, rationale: string, examples: RuleExample[]): Rule {
	return {
		meta: { id: `missing-${step}`, step, severity: 'warning', description, rationale, examples, fixable: false, letterOnly: true },
		check(ctx) {
			if (ctx.analysis.steps[step]) return;
			const place = placeStep(ctx, step);
			if (!place) return;
			const snippet = STEP_INFO[step].snippet;
			ctx.report({
				start: place.range.start,
				end: place.range.end,
				message,
				fixes: [{ title: `Add a sentence that makes the "${step}" move`, edits: [insertion(place.at, place.before, place.after, snippet)] }],
			});
		},
	};
}

export interface Placement {
	/** Where the diagnostic sits. */
	range: { start: number; end: number };
	/** Where the sentence is inserted, and the white space around it. */
	at: number;
	before: string;
	after: string;
}

function insertion(at: number, before: string, after: string, snippet: string): Edit {
	return { start: at, end: at, newText: before + snippetToPlain(snippet) + after, snippet: before + snippet + after };
}

/** The file's line ending: the first one in the text, or \n. */
export function lineEnding(text: string): string {
	const m = /\r\n|\n|\r/.exec(text);
	return m ? m[0] : '\n';
}

export function lineStartAt(text: string, offset: number): number {
	let i = offset;
	while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
	return i;
}

export function lineEndAt(text: string, offset: number): number {
	let i = offset;
	while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
	return i;
}

/** The start of the next line after the line ending at `lineEnd`, or -1 at the end of the text. */
function nextLineStart(text: string, lineEnd: number): number {
	if (lineEnd >= text.length) return -1;
	return text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
}

/** The start of the line before the line starting at `lineStart`, or -1 on the first line. */
function previousLineStart(text: string, lineStart: number): number {
	if (lineStart === 0) return -1;
	let end = lineStart - 1;
	if (text[end] === '\n' && text[end - 1] === '\r') end--;
	return lineStartAt(text, end);
}

function isBlank(text: string, lineStart: number): boolean {
	return text.slice(lineStart, lineEndAt(text, lineStart)).trim() === '';
}

const LIST_ITEM = /^[ \t]*(?:[-*+•][ \t]|\d{1,3}[.)][ \t])/;
const CONTAINER = /^[ \t]*(?:[-*+•][ \t]|\d{1,3}[.)][ \t]|>|#{1,6}[ \t]|```|~~~|\|)/;

function lineText(text: string, lineStart: number): string {
	return text.slice(lineStart, lineEndAt(text, lineStart));
}

/** A paragraph inserted so that it starts the line at `lineStart` (a blank line after it, one before it if needed). */
function paragraphBefore(text: string, lineStart: number, nl: string, keepTight: boolean): { at: number; before: string; after: string } {
	const prev = previousLineStart(text, lineStart);
	const needBlankBefore = prev >= 0 && !isBlank(text, prev) && !keepTight;
	return { at: lineStart, before: needBlankBefore ? nl : '', after: keepTight ? nl : nl + nl };
}

/** A paragraph inserted after the line that ends at `lineEnd`. */
function paragraphAfter(text: string, lineEnd: number, nl: string): { at: number; before: string; after: string } {
	const next = nextLineStart(text, lineEnd);
	const needBlankAfter = next >= 0 && !isBlank(text, next);
	return { at: lineEnd, before: nl + nl, after: needBlankAfter ? nl : '' };
}

/** The end of the list (or quote) that holds the line at `lineStart`: the end of its last non-blank line. */
function containerEnd(text: string, lineStart: number): number {
	let last = lineEndAt(text, lineStart);
	let at = nextLineStart(text, last);
	while (at >= 0) {
		const line = lineText(text, at);
		if (line.trim() === '') {
			// A blank line ends the list unless the next non-blank line is another item or indented.
			let k = nextLineStart(text, lineEndAt(text, at));
			while (k >= 0 && isBlank(text, k)) k = nextLineStart(text, lineEndAt(text, k));
			if (k < 0) break;
			const following = lineText(text, k);
			if (!(LIST_ITEM.test(following) || /^[ \t]{2,}\S/.test(following))) break;
			at = k;
			continue;
		}
		if (!(LIST_ITEM.test(line) || /^[ \t]+\S/.test(line) || /^[ \t]*>/.test(line))) {
			// A lazy continuation line of the item (no blank line before it) still belongs to it.
			if (isBlank(text, previousLineStart(text, at))) break;
		}
		last = lineEndAt(text, at);
		at = nextLineStart(text, last);
	}
	return last;
}

/** Skips the closing emphasis markers right after a sentence (`**`, `_`, `~~`), so the insertion lands outside them. */
function afterClosingMarkup(text: string, prose: ProseText, end: number): number {
	const masked = prose.slice(end, end + 12);
	let i = end;
	while (i < text.length && masked[i - end] === ' ' && (text[i] === '*' || text[i] === '_' || text[i] === '~')) i++;
	return i;
}

export function placeStep(ctx: RuleContext, step: Step): Placement | null {
	const { analysis, doc } = ctx;
	const text = doc.text;
	const nl = lineEnding(text);
	const body = analysis.body;
	if (body.length === 0) return null;
	const first = body[0];
	const last = body[body.length - 1];

	if (step === 'understand' || step === 'acknowledge') {
		const range = analysis.greeting ?? first;
		const g = analysis.greeting;
		if (g) {
			const gEnd = lineEndAt(text, g.end);
			if (text.slice(g.end, gEnd).trim() !== '') {
				// Body text on the greeting's line ("Hi Sam, thanks for …"): a new paragraph after that line.
				return { range, ...paragraphAfter(text, gEnd, nl) };
			}
			let next = nextLineStart(text, gEnd);
			if (next < 0) return { range, ...paragraphAfter(text, gEnd, nl) };
			const tight = !isBlank(text, next);
			while (next >= 0 && isBlank(text, next)) next = nextLineStart(text, lineEndAt(text, next));
			if (next < 0) return { range, ...paragraphAfter(text, gEnd, nl) };
			const container = CONTAINER.test(lineText(text, next));
			return { range, ...paragraphBefore(text, next, nl, tight && !container) };
		}
		const at = lineStartAt(text, first.start);
		if (text.slice(at, first.start).trim() !== '' && !CONTAINER.test(lineText(text, at))) {
			// The first body sentence starts mid-line (after a salutation we did not recognise): insert before it.
			return { range, at: first.start, before: '', after: ' ' };
		}
		return { range, ...paragraphBefore(text, at, nl, false) };
	}

	if (step === 'open') {
		const closing = analysis.signOff ?? analysis.signature;
		if (closing) {
			const range = analysis.signOff ?? last;
			const at = lineStartAt(text, closing.start);
			const prev = previousLineStart(text, at);
			if (prev >= 0 && !isBlank(text, prev)) {
				// The sign-off follows the last line directly: continue that line when it ends a sentence.
				const prevLine = lineText(text, prev);
				if (/[.!?…]["'”’)]*\s*$/.test(prevLine) && !CONTAINER.test(prevLine)) {
					const end = lineEndAt(text, prev);
					return { range, at: end - (prevLine.length - prevLine.trimEnd().length), before: ' ', after: '' };
				}
			}
			return { range, ...paragraphBefore(text, at, nl, false) };
		}
		const end = lineEndAt(text, last.end);
		const lastLine = lineStartAt(text, last.end);
		const at = CONTAINER.test(lineText(text, lastLine)) ? containerEnd(text, lastLine) : end;
		return { range: last, ...paragraphAfter(text, at, nl) };
	}

	// explain, alternatives, positive, empathy: after the refusal, and after the earlier moves that follow it.
	let anchor = analysis.refusal ?? beforeFirstOffer(ctx) ?? firstParagraphEnd(ctx) ?? first;
	const range = { start: anchor.start, end: anchor.end };
	const order = STEPS.indexOf(step);
	for (;;) {
		const i = body.findIndex((s) => s.start > anchor.start);
		const next = i >= 0 ? body[i] : null;
		if (!next || !sameParagraph(text, anchor.end, next.start)) break;
		const made = findMove(analysis, (start) => start === next.start);
		if (!made || !made.steps.some((s) => STEPS.indexOf(s) < order && STEPS.indexOf(s) >= STEPS.indexOf('explain'))) break;
		anchor = next;
	}
	const end = afterClosingMarkup(text, doc.reader, anchor.end);
	const lineStart = lineStartAt(text, anchor.start);
	if (CONTAINER.test(lineText(text, lineStart))) {
		const after = containerEnd(text, lineStart);
		return { range, ...paragraphAfter(text, after, nl) };
	}
	if (!/[.!?…]["'”’)\]]*$/.test(text.slice(anchor.start, anchor.end))) {
		// The refusal has no closing punctuation (a line of its own): the sentence goes in a paragraph after it.
		return { range, ...paragraphAfter(text, lineEndAt(text, end), nl) };
	}
	return { range, at: end, before: ' ', after: '' };
}

/** Without a stated refusal: the sentence just before the first reason, offer or regret, so the move lands beside them. */
function beforeFirstOffer(ctx: RuleContext): { start: number; end: number } | null {
	const { body } = ctx.analysis;
	const offer = findMove(ctx.analysis, (_, steps) => steps.some((s) => s === 'explain' || s === 'alternatives' || s === 'positive' || s === 'empathy'));
	if (!offer) return null;
	const i = body.findIndex((s) => s.start === offer.start);
	return i > 0 ? body[i - 1] : null;
}

/** The last sentence of the paragraph that holds the first body sentence. */
function firstParagraphEnd(ctx: RuleContext): { start: number; end: number } | null {
	const { body } = ctx.analysis;
	const text = ctx.doc.text;
	let cur = body[0];
	for (let i = 1; i < body.length && sameParagraph(text, cur.end, body[i].start); i++) cur = body[i];
	return cur ?? null;
}

/** True when no blank line separates the two offsets. */
function sameParagraph(text: string, from: number, to: number): boolean {
	const between = text.slice(from, to);
	return !/(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/.test(between);
}
