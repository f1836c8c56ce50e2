import { missingStepRule } from './missing-step';

export const missingOpen = missingStepRule(
	'open',
	'The letter closes without inviting a reply or promising a follow-up.',
	'Keep the door open before you sign off: invite the client to discuss it, or say when you will follow up. It tells them this "no" is not the end of the relationship.',
	'Ending with an invitation to talk, or a promise to follow up, keeps the conversation going and shows the writer values future work together.',
	[{ good: 'I am happy to talk this through on a call this week, and I will check in once the first phase is live.' }],
);
