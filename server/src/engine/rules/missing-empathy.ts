import { missingStepRule } from './missing-step';

export const missingEmpathy = missingStepRule(
	'empathy',
	'The letter does not acknowledge the client\'s disappointment or inconvenience.',
	'Acknowledge how the answer affects the client: the inconvenience, the pressure they are under, or the disappointment. A line of empathy shows you are on their side.',
	'A refusal lands on a person with a deadline, a budget or a boss. Naming the inconvenience or disappointment shows the writer sees that, and keeps the "no" from sounding indifferent.',
	[
		{
			bad: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
			fixed: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures. I realise this is not the answer you were hoping for, and I am sorry for the inconvenience.\n\nBest,\nLee',
		},
		{ good: 'Hi Dana,\n\nThanks for asking about the 3rd. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures. I know this puts you in a tight spot with the trade fair.\n\nBest,\nLee' },
	],
);
