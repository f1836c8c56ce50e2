/** The shared shape of the seven missing-step rules: one rule per step, placed where the step belongs. */
import type { Edit, Step } from '../types';
import type { Rule, RuleContext, RuleExample } from './rule';
import { STEP_INFO } from '../steps/info';
import { snippetToPlain } from '../text/snippet';

export function missingStepRule(step: Step, description: string, message: string, rationale: string, examples: RuleExample[]): Rule {
	return {
		meta: { id: `missing-${step}`, step, severity: 'warning', description, rationale, examples, fixable: false, letterOnly: true },
		check(ctx) {
			if (ctx.analysis.steps[step]) return;
			const { start, end, insert } = placement(ctx, step);
			const snippet = STEP_INFO[step].snippet;
			const edit = insertion(ctx.doc.text, insert, snippet);
			ctx.report({
				start,
				end,
				message,
				fixes: [{ title: `Add a sentence that makes the "${step}" move`, edits: [edit] }],
			});
		},
	};
}

/** Where the diagnostic sits and where the sentence goes, following the model's order. */
function placement(ctx: RuleContext, step: Step): { start: number; end: number; insert: { at: number; mode: 'before-block' | 'after-sentence' | 'after-block' } } {
	const { analysis, doc, sentences } = ctx;
	const firstBody = doc.blocks.find((b) => !analysis.greeting || b.start > analysis.greeting.end) ?? doc.blocks[0];
	const lastBody = [...doc.blocks].reverse().find((b) => !analysis.signOff || b.end < analysis.signOff.start) ?? doc.blocks[doc.blocks.length - 1];
	const anchor = analysis.refusal ?? (firstBody ? { start: firstBody.start, end: firstBody.end } : { start: 0, end: 0 });
	const firstSentence = sentences.find((s) => firstBody && s.start >= firstBody.start) ?? sentences[0];
	switch (step) {
		case 'understand':
		case 'acknowledge': {
			const at = analysis.greeting ?? firstSentence ?? anchor;
			return { start: at.start, end: at.end, insert: { at: firstBody ? firstBody.start : at.start, mode: 'before-block' } };
		}
		case 'open': {
			const at = analysis.signOff ?? (lastBody ? sentences.filter((s) => s.start >= lastBody.start && s.end <= lastBody.end).pop() : undefined) ?? anchor;
			return { start: at.start, end: at.end, insert: analysis.signOff ? { at: analysis.signOff.start, mode: 'before-block' } : { at: lastBody ? lastBody.end : at.end, mode: 'after-block' } };
		}
		default: {
			// explain, empathy, alternatives, positive: right after the refusal.
			const after = ctx.analysis.steps.explain && step !== 'explain' && ctx.analysis.steps.explain.start > anchor.start ? ctx.analysis.steps.explain : anchor;
			return { start: anchor.start, end: anchor.end, insert: { at: after.end, mode: 'after-sentence' } };
		}
	}
}

function insertion(text: string, insert: { at: number; mode: string }, snippet: string): Edit {
	const nl = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
	const wrap = (before: string, after: string): Edit => ({ start: insert.at, end: insert.at, newText: before + snippetToPlain(snippet) + after, snippet: before + snippet + after });
	if (insert.mode === 'after-sentence') return wrap(' ', '');
	if (insert.mode === 'after-block') return wrap(nl + nl, '');
	// Before a block: keep the block's indentation (list items, quotes are never targets).
	return wrap('', nl + nl);
}
