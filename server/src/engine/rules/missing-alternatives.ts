import { missingStepRule } from './missing-step';

export const missingAlternatives = missingStepRule(
	'alternatives',
	'The letter offers no alternative, compromise or referral.',
	'Offer something in place of what you decline: a compromise, a partial or later delivery, or someone else who can help. It turns a dead end into a choice.',
	'A refusal that comes with an alternative shows the writer still wants to help. Partial delivery, a later date, a smaller scope or a referral keeps the client moving and the relationship intact.',
	[{ good: 'What we could do instead is deliver the homepage by Friday and the remaining pages the week after.' }],
);
