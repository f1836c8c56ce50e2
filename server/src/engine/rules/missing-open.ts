import { missingStepRule } from './missing-step';

export const missingOpen = missingStepRule(
	'open',
	'The letter closes without inviting a reply or promising a follow-up.',
	'Keep the door open before you sign off: invite the client to discuss it, or say when you will follow up. It tells them this "no" is not the end of the relationship.',
	'Ending with an invitation to talk, or a promise to follow up, keeps the conversation going and shows the writer values future work together.',
	[
		{
			bad: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
			fixed: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nI am happy to talk this through on a call this week, and we would love to help with the next stage.\n\nBest,\nLee',
		},
		{ good: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures. Happy to jump on a call if that helps.\n\nBest,\nLee' },
	],
);
