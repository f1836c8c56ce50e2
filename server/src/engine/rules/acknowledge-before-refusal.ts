import type { Edit, Fix } from '../types';
import type { Rule, RuleContext } from './rule';
import { lineEndAt, lineStartAt } from './missing-step';
import { findMove } from '../steps/analysis';

/** Words that tie a sentence to what came before it: moved above the refusal, it would no longer make sense. */
const CONTEXTUAL = /\b(?:again|though|anyway|anyhow|also|too|as well|either|still|once more|all the same|even so|regardless|nonetheless|nevertheless|it|this|that|these|those)\b/i;

export const acknowledgeBeforeRefusal: Rule = {
	meta: {
		id: 'acknowledge-before-refusal',
		step: 'acknowledge',
		severity: 'warning',
		description: 'The refusal comes before any thanks or acknowledgement of the request.',
		rationale:
			'Leading with the "no" makes the client brace for the rest of the letter. Thanking them and showing you understood the request first sets a cooperative tone, so the refusal reads as a considered answer.',
		examples: [
			{
				bad: 'Hi Dana,\n\nUnfortunately we cannot move the deadline. Thanks for asking, though.\n\nBest,\nLee',
				good: 'Hi Dana,\n\nThanks for asking about the deadline. Unfortunately we cannot move it, because the print slot is fixed.\n\nBest,\nLee',
				asLetter: true,
			},
			{
				bad: 'Hi Dana,\n\nUnfortunately we cannot move the deadline, because the print slot is fixed. Thank you for asking about the launch.\n\nBest,\nLee',
				fixed: 'Hi Dana,\n\nThank you for asking about the launch. Unfortunately we cannot move the deadline, because the print slot is fixed.\n\nBest,\nLee',
				asLetter: true,
			},
		],
		fixable: false,
		letterOnly: true,
	},
	check(ctx) {
		const { refusal, body } = ctx.analysis;
		if (!refusal) return;
		const before = findMove(ctx.analysis, (start, steps) => start <= refusal.start && (steps.includes('acknowledge') || steps.includes('understand')));
		if (before) return;
		const later = findMove(ctx.analysis, (start, steps) => start > refusal.start && steps.includes('acknowledge'));
		if (later) {
			const move = moveFix(ctx, later, refusal);
			ctx.report({
				start: refusal.start,
				end: refusal.end,
				message: 'The refusal comes before your thanks. Move the acknowledgement above it, so the client feels heard before they read the "no".',
				fixes: move ? [move] : [],
			});
			return;
		}
		// No thanks anywhere (missing-acknowledge says so): flag the order only when the letter opens with the "no".
		if (body[0] && body[0].start === refusal.start) {
			ctx.report({
				start: refusal.start,
				end: refusal.end,
				message: 'The letter opens with the refusal. Thank the client and show you understood the request first, then give the answer.',
			});
		}
	},
};

/** Moves the acknowledging sentence to just before the refusal, when it stands on its own. */
function moveFix(ctx: RuleContext, ack: { start: number; end: number }, refusal: { start: number; end: number }): Fix | null {
	const text = ctx.doc.text;
	const sentence = text.slice(ack.start, ack.end);
	if (!/[.!]$/.test(sentence) || CONTEXTUAL.test(sentence) || sentence.includes('\n') || sentence.includes('\r')) return null;
	if (ctx.analysis.signOff && ack.start >= ctx.analysis.signOff.start) return null;
	const lineStart = lineStartAt(text, ack.start);
	const lineEnd = lineEndAt(text, ack.end);
	if (/^[ \t]*(?:[-*+•>#|]|\d+[.)])/.test(text.slice(lineStart, lineEnd))) return null;
	let removal: Edit;
	if (text[ack.end] === ' ') removal = { start: ack.start, end: ack.end + 1, newText: '' };
	else if (text[ack.start - 1] === ' ' && (ack.end === lineEnd)) removal = { start: ack.start - 1, end: ack.end, newText: '' };
	else if (text.slice(lineStart, ack.start).trim() === '' && text.slice(ack.end, lineEnd).trim() === '') {
		// A paragraph of its own: remove it with the blank lines after it.
		let end = lineEnd;
		const step = (i: number) => (text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1);
		let next = end < text.length ? step(end) : end;
		if (next >= text.length || text.slice(next, lineEndAt(text, next)).trim() !== '') return null;
		while (next < text.length && text.slice(next, lineEndAt(text, next)).trim() === '') {
			end = lineEndAt(text, next);
			next = end < text.length ? step(end) : end;
		}
		removal = { start: lineStart, end: next, newText: '' };
	} else return null;
	if (removal.start <= refusal.start) return null;
	return { title: 'Move the thanks above the refusal', edits: [{ start: refusal.start, end: refusal.start, newText: sentence + ' ' }, removal] };
}
