import { missingStepRule } from './missing-step';

export const missingExplain = missingStepRule(
	'explain',
	'The refusal comes without a reason.',
	'Give a specific, honest reason for the refusal in plain words. Without one, the "no" reads as unwillingness rather than a considered judgement.',
	'Clients accept a refusal more readily when they see the reason behind it. A transparent, specific explanation (the schedule, the quality risk, the cost) builds trust; a bare refusal or a vague excuse erodes it.',
	[
		{
			bad: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward.\n\nBest,\nLee',
			fixed: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward. The reason is that our team is committed to two launches that week, and taking this on would mean cutting corners on your project.\n\nBest,\nLee',
		},
		{ good: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward: our printer needs ten working days for a run of this size.\n\nBest,\nLee' },
	],
);
