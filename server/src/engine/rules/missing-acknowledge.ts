import { missingStepRule } from './missing-step';

export const missingAcknowledge = missingStepRule(
	'acknowledge',
	'The letter does not thank the client for the request or their trust.',
	'Thank the client for the request or for their trust before giving the answer. Starting with appreciation sets a cooperative tone and softens what follows.',
	'Acknowledging the request and thanking the client validates them and sets a positive tone before the bad news. "Thank you for your understanding" at the end does not count: it thanks them for accepting the refusal, not for asking.',
	[{ good: 'Thank you for thinking of us for the expansion, and for your trust over the past year.' }],
);
