import { missingStepRule } from './missing-step';

export const missingAcknowledge = missingStepRule(
	'acknowledge',
	'The letter does not thank the client for the request or their trust.',
	'Thank the client for the request or for their trust before giving the answer. Starting with appreciation sets a cooperative tone and softens what follows.',
	'Acknowledging the request and thanking the client validates them and sets a positive tone before the bad news. "Thank you for your understanding" at the end does not count: it thanks them for accepting the refusal, not for asking.',
	[
		{
			bad: 'Hi Dana,\n\nUnfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
			fixed: 'Hi Dana,\n\nThank you for asking us and for explaining the situation so clearly.\n\nUnfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
		},
		{ good: 'Hi Dana,\n\nThank you for thinking of us for the launch. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee' },
	],
);
