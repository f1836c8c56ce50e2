import { missingStepRule } from './missing-step';

export const missingEmpathy = missingStepRule(
	'empathy',
	'The letter does not acknowledge the client\'s disappointment or inconvenience.',
	'Acknowledge how the answer affects the client: the inconvenience, the pressure they are under, or the disappointment. A line of empathy shows you are on their side.',
	'A refusal lands on a person with a deadline, a budget or a boss. Naming the inconvenience or disappointment shows the writer sees that, and keeps the "no" from sounding indifferent.',
	[{ good: 'I know this makes your launch plans harder, and I am sorry it is not the answer you hoped for.' }],
);
