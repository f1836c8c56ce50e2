import type { Rule } from './rule';

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
		],
		fixable: false,
		letterOnly: true,
	},
	check(ctx) {
		const { refusal, steps } = ctx.analysis;
		if (!refusal) return;
		const first = [steps.acknowledge, steps.understand].filter((e) => e !== null).sort((a, b) => a!.start - b!.start)[0];
		if (first && first.start <= refusal.start) return;
		ctx.report({
			start: refusal.start,
			end: refusal.end,
			message: first
				? 'The refusal comes before your thanks. Move the acknowledgement above it, so the client feels heard before they read the "no".'
				: 'The letter opens with the refusal. Thank the client and show you understood the request first, then give the answer.',
		});
	},
};
