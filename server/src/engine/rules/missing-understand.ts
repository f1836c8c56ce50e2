import { missingStepRule } from './missing-step';

export const missingUnderstand = missingStepRule(
	'understand',
	'The letter never shows that you understood what the client asked for.',
	'Show you understood the request: restate what the client wants and why it matters to them, or ask a clarifying question. A client who feels heard takes a "no" far better.',
	'Before declining, the writer should make clear they grasped the request and the need behind it. Restating it (or asking what drives it) shows the client their request was weighed, not dismissed, and often uncovers room for a compromise.',
	[
		{
			bad: 'Hi Dana,\n\nThank you for asking about the launch. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
			fixed: 'Hi Dana,\n\nI understand that having the site live before the launch event matters a great deal to you, and I want to make sure I have the full picture: what is driving the new date?\n\nThank you for asking about the launch. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee',
		},
		{ good: 'Hi Dana,\n\nThank you for asking. I understand you need the brochures for the trade fair on the 5th. Unfortunately we cannot bring the launch forward to the 3rd, because the printer needs ten working days for the brochures.\n\nBest,\nLee' },
	],
);
