import { missingStepRule } from './missing-step';

export const missingUnderstand = missingStepRule(
	'understand',
	'The letter never shows that you understood what the client asked for.',
	'Show you understood the request: restate what the client wants and why it matters to them, or ask a clarifying question. A client who feels heard takes a "no" far better.',
	'Before declining, the writer should make clear they grasped the request and the need behind it. Restating it (or asking what drives it) shows the client their request was weighed, not dismissed, and often uncovers room for a compromise.',
	[{ good: 'I understand the launch date matters because of the trade show, so I looked closely at the schedule.' }],
);
