import { missingStepRule } from './missing-step';

export const missingAlternatives = missingStepRule(
	'alternatives',
	'The letter offers no alternative, compromise or referral.',
	'Offer something in place of what you decline: a compromise, a partial or later delivery, or someone else who can help. It turns a dead end into a choice.',
	'A refusal that comes with an alternative shows the writer still wants to help. Partial delivery, a later date, a smaller scope or a referral keeps the client moving and the relationship intact.',
	[
		{
			bad: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
			fixed: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures. What we could do instead is deliver the first phase by your date — would that work for you?\n\nBest,\nLee',
		},
		{ good: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures. What we could do is print the first 500 digitally by the 3rd and the rest the week after.\n\nBest,\nLee' },
	],
);
