import { missingStepRule } from './missing-step';

export const missingExplain = missingStepRule(
	'explain',
	'The refusal comes without a reason.',
	'Give a specific, honest reason for the refusal in plain words. Without one, the "no" reads as unwillingness rather than a considered judgement.',
	'Clients accept a refusal more readily when they see the reason behind it. A transparent, specific explanation (the schedule, the quality risk, the cost) builds trust; a bare refusal or a vague excuse erodes it.',
	[{ good: 'Our crew is committed to another site until the 20th, and rushing the foundations would put the build at risk.' }],
);
