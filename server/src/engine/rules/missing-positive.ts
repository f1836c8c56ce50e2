import { missingStepRule } from './missing-step';

export const missingPositive = missingStepRule(
	'positive',
	'The letter says only what you cannot do, never what you can.',
	'Say what you can do ("we can…", "we recommend…") rather than only what you cannot. Positive framing keeps the focus on moving forward.',
	'Framing the answer around what is possible makes the letter constructive. A letter made only of "can\'t" and "won\'t" leaves the client with nothing to act on.',
	[{ good: 'We can have the first draft with you on Monday, and we recommend reviewing it together before the rest.' }],
);
