import { missingStepRule } from './missing-step';

export const missingPositive = missingStepRule(
	'positive',
	'The letter says only what you cannot do, never what you can.',
	'Say what you can do ("we can…", "we recommend…") rather than only what you cannot. Positive framing keeps the focus on moving forward.',
	'Framing the answer around what is possible makes the letter constructive. A letter made only of "can\'t" and "won\'t" leaves the client with nothing to act on.',
	[
		{
			bad: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
			fixed: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures. We can have the core pages ready by the 14th, and we recommend adding the rest in a second release.\n\nBest,\nLee',
		},
		{ good: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures. We can have the first 500 ready by the 3rd.\n\nBest,\nLee' },
	],
);
